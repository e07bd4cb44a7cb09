/// The stats screen's keys: back to the menu, read the progress again, or quit.
enum StatsKeys: ScreenKeys {
    enum Action: Sendable, Equatable {
        case back
        case refresh
        case quit
        case help
    }

    static func bindings(_ state: AppState) -> [KeyBinding<Action>] {
        [
            KeyBinding([.escape, .enter, .character(" "), .left, .backspace], .back, label: "Esc menu", help: "back to the menu"),
            KeyBinding([.character("r")], .refresh, label: "r refresh", help: "read your progress again"),
            KeyBinding([.character("q")], .quit, label: "q quit", help: "leave convtutor"),
            .help(.help, inStatusLine: false),
        ]
    }

    static func perform(_ action: Action, key: Key, on state: inout AppState) -> [AppEffect] {
        switch action {
        case .back: state.screen = .menu
        case .refresh: return [.loadStats]
        case .quit: return [.quit]
        case .help: state.helpVisible = true
        }
        return []
    }
}
