/// The stats screen's keys: back to the menu, read the progress again, or quit; and, when the
/// statistics are taller than the terminal, scroll them.
enum StatsKeys: ScreenKeys {
    enum Action: Sendable, Equatable {
        case up
        case down
        case back
        case refresh
        case quit
        case help
    }

    static func bindings(_ state: AppState) -> [KeyBinding<Action>] {
        var bindings: [KeyBinding<Action>] = []
        let scroll = "\(Key.up.name(ascii: state.asciiOnly))/\(Key.down.name(ascii: state.asciiOnly)) scroll"
        if state.statsScroll > 0 {
            bindings.append(KeyBinding([.up, .character("k")], .up, label: scroll, help: "scroll up"))
        }
        if state.statsScroll < StatsScreen.maxScroll(state) {
            bindings.append(KeyBinding([.down, .character("j")], .down, label: scroll, help: "scroll down to the rest"))
        }
        return bindings + [
            KeyBinding([.escape, .enter, .character(" "), .left, .backspace], .back, label: "Esc menu", help: "back to the menu"),
            KeyBinding([.character("r")], .refresh, label: "r refresh", help: "read your progress again"),
            KeyBinding([.character("q")], .quit, label: "q quit", help: "leave convtutor"),
            .help(.help, inStatusLine: false),
        ]
    }

    static func perform(_ action: Action, key: Key, on state: inout AppState) -> [AppEffect] {
        switch action {
        case .up: state.statsScroll = max(0, min(state.statsScroll, StatsScreen.maxScroll(state)) - 1)
        case .down: state.statsScroll = min(state.statsScroll + 1, StatsScreen.maxScroll(state))
        case .back: state.screen = .menu
        case .refresh: return [.loadStats]
        case .quit: return [.quit]
        case .help: state.helpVisible = true
        }
        return []
    }
}
