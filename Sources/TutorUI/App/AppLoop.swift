/// The program's loop, as bubbletea and ratatui run it: read an event, update the state, render a
/// fresh frame, and let the terminal redraw only the cells that changed.
public enum AppLoop {
    /// Runs until the app asks to quit or the input ends; `perform` carries out the other effects.
    public static func run(_ state: inout AppState, on terminal: Terminal, perform: (AppEffect) -> Void) {
        state.size = terminal.size
        var previous: ScreenBuffer?
        func redraw() {
            let frame = AppRenderer.frame(state)
            terminal.draw(frame.changes(from: previous), cursor: frame.cursor)
            previous = frame
        }
        redraw()
        while true {
            guard let event = terminal.nextEvent(timeout: nil) else { continue }
            let effects: [AppEffect]
            switch event {
            case .end:
                return
            case .key(let key):
                effects = state.update(.key(key))
            case .resize(let size):
                effects = state.update(.resize(size))
                previous = nil
            }
            for effect in effects {
                if effect == .quit { return }
                perform(effect)
            }
            redraw()
        }
    }
}
