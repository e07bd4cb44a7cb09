/// The walkthrough's keys: step through the derivation, then back to the question, or to the
/// interview report for a missed question's walkthrough.
enum WalkthroughKeys: ScreenKeys {
    enum Action: Sendable, Equatable {
        case forward
        /// The next step; after the last one, back.
        case advance
        case back
        case first
        case last
        case leave
        case help
    }

    static func bindings(_ state: AppState) -> [KeyBinding<Action>] {
        let left = Key.left.name(ascii: state.asciiOnly), right = Key.right.name(ascii: state.asciiOnly)
        let steps = "\(left)/\(right) step"
        let origin = state.walkthroughOverride == nil ? "the question" : "the report"
        let atLast: Bool
        if case .walkthrough(let step) = state.screen { atLast = step + 1 >= stepCount(state) } else { atLast = false }
        return [
            KeyBinding([.right, .character("l")], .forward, label: steps, help: "the next step"),
            KeyBinding([.left, .character("b")], .back, label: steps, help: "the step before"),
            KeyBinding([.enter, .character(" ")], .advance, label: atLast ? "Enter back to \(origin)" : "Enter next",
                       help: "the next step; after the last, back to \(origin)"),
            KeyBinding([.home], .first, label: "Home first", help: "the first step", inStatusLine: false),
            KeyBinding([.end], .last, label: "End last", help: "the last step", inStatusLine: false),
            KeyBinding([.escape, .character("q"), .character("w")], .leave, label: "Esc back", help: "back to \(origin)"),
            .help(.help),
        ]
    }

    static func perform(_ action: Action, key: Key, on state: inout AppState) -> [AppEffect] {
        guard case .walkthrough(let step) = state.screen else { return [] }
        let count = stepCount(state)
        switch action {
        case .forward:
            if step + 1 < count { state.screen = .walkthrough(step: step + 1) }
        case .advance:
            if step + 1 < count { state.screen = .walkthrough(step: step + 1) } else { leave(&state) }
        case .back: state.screen = .walkthrough(step: max(0, step - 1))
        case .first: state.screen = .walkthrough(step: 0)
        case .last: state.screen = .walkthrough(step: max(0, count - 1))
        case .leave: leave(&state)
        case .help: state.helpVisible = true
        }
        return []
    }

    /// The steps of the derivation shown: a missed interview question's, or the current question's.
    private static func stepCount(_ state: AppState) -> Int {
        (state.walkthroughOverride?.question.derivation ?? state.session?.derivation)?.steps.count ?? 0
    }

    private static func leave(_ state: inout AppState) {
        if let override = state.walkthroughOverride {
            state.walkthroughOverride = nil
            state.screen = .interviewReport(selected: override.row)
        } else {
            state.screen = .quiz
        }
    }
}
