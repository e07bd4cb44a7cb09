/// The interview report's keys: choose a missed question and walk through it, or quit.
enum InterviewReportKeys: ScreenKeys {
    enum Action: Sendable, Equatable {
        case up
        case down
        case walkthrough
        case quit
        case help
    }

    static func bindings(_ state: AppState) -> [KeyBinding<Action>] {
        var bindings: [KeyBinding<Action>] = []
        if state.interview?.missed.isEmpty == false {
            let choose = "\(Key.up.name(ascii: state.asciiOnly))/\(Key.down.name(ascii: state.asciiOnly)) choose"
            bindings += [
                KeyBinding([.up, .character("k")], .up, label: choose, help: "the missed question above"),
                KeyBinding([.down, .character("j")], .down, label: choose, help: "the missed question below"),
                KeyBinding([.enter, .character("w")], .walkthrough, label: "Enter walkthrough",
                           help: "walk through the missed question chosen"),
            ]
        }
        bindings.append(KeyBinding([.character("q"), .escape], .quit, label: "q quit", help: "leave convtutor"))
        bindings.append(.help(.help, inStatusLine: false))
        return bindings
    }

    static func perform(_ action: Action, key: Key, on state: inout AppState) -> [AppEffect] {
        guard case .interviewReport(let selected) = state.screen else { return [] }
        let missed = state.interview?.missed ?? []
        switch action {
        case .up: state.screen = .interviewReport(selected: max(0, selected - 1))
        case .down: state.screen = .interviewReport(selected: min(max(0, missed.count - 1), selected + 1))
        case .walkthrough:
            guard selected < missed.count else { return [] }
            state.walkthroughOverride = ReportWalkthrough(question: missed[selected].question, row: selected)
            state.screen = .walkthrough(step: 0)
        case .quit: return [.quit]
        case .help: state.helpVisible = true
        }
        return []
    }
}
