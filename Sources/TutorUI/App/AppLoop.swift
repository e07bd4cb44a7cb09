/// The program's loop, as bubbletea and ratatui run it: read an event, update the state, render a
/// fresh frame, and let the terminal redraw only the cells that changed.
public enum AppLoop {
    /// Runs until the app asks to quit or the input ends; `perform` carries out the other effects and
    /// returns the events they produce (such as loaded statistics).
    /// `clock` gives the time in seconds; with `tickInterval` (milliseconds) the state is also told the
    /// time when no key comes, for countdowns.
    public static func run(_ state: inout AppState, on terminal: Terminal, clock: () -> Double = { 0 },
                           tickInterval: Int? = nil, perform: (AppEffect) -> [AppEvent]) {
        state.size = terminal.size
        _ = state.update(.tick(clock()))
        var previous: ScreenBuffer?
        func redraw() {
            let frame = AppRenderer.frame(state)
            terminal.draw(frame.changes(from: previous), cursor: frame.cursor)
            previous = frame
        }
        redraw()
        while true {
            guard let event = terminal.nextEvent(timeout: tickInterval) else {
                if tickInterval != nil {
                    _ = state.update(.tick(clock()))
                    redraw()
                }
                continue
            }
            _ = state.update(.tick(clock()))
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
            var pending = effects
            while !pending.isEmpty {
                let effect = pending.removeFirst()
                if effect == .quit { return }
                for event in perform(effect) { pending += state.update(event) }
            }
            redraw()
        }
    }
}
