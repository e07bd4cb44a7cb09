/// The summary's keys: back to the menu (or to the lesson whose practice this was), or quit.
enum SummaryKeys: ScreenKeys {
    enum Action: Sendable, Equatable {
        case close
        case quit
        case help
    }

    static func bindings(_ state: AppState) -> [KeyBinding<Action>] {
        let lesson = state.practiceLesson != nil
        return [
            KeyBinding([.enter, .escape, .character(" ")], .close, label: lesson ? "Enter lesson" : "Enter menu",
                       help: lesson ? "back to the lesson" : "back to the menu"),
            KeyBinding([.character("q")], .quit, label: "q quit", help: "leave convtutor"),
            .help(.help, inStatusLine: false),
        ]
    }

    static func perform(_ action: Action, key: Key, on state: inout AppState) -> [AppEffect] {
        switch action {
        case .close:
            state.finishPractice()
            if let updated = state.session?.learner { state.learner = updated }
            state.session = nil
            if state.screen == .summary { state.screen = .menu }
        case .quit: return [.quit]
        case .help: state.helpVisible = true
        }
        return []
    }
}
