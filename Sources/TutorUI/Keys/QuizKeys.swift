import ConvMath
import Tutor

/// The quiz's keys, which follow the question's state: while answering, the answer field, Enter to
/// check, a hint, the walkthrough and guided mode; once the question is settled, Enter for the next
/// one. An interview offers no hint, walkthrough or guided mode until its report, and q asks before
/// ending the round.
enum QuizKeys: ScreenKeys {
    enum Action: Sendable, Equatable {
        /// A key of the answer field.
        case edit
        case check
        case next
        case hint
        /// The walkthrough before the question is settled: the answer is shown, so it counts as missed.
        case giveUp
        case walkthrough
        case togglePyTorch
        case toggleGuided
        /// End the quiz and see the summary.
        case end
        /// End an interview round (the first press asks) and see the report.
        case endRound
        /// Back to the menu, or to the lesson whose practice this is.
        case leave
        case help
    }

    static func bindings(_ state: AppState) -> [KeyBinding<Action>] {
        guard let session = state.session else {
            return [KeyBinding([.escape], .leave, label: "Esc menu", help: "back to the menu")]
        }
        let interview = state.interview != nil
        let left = Key.left.name(ascii: state.asciiOnly), right = Key.right.name(ascii: state.asciiOnly)
        var bindings: [KeyBinding<Action>] = []
        if session.isSettled {
            let last = session.settings.count.map { session.number >= $0 } == true
            let onward = last ? (interview ? "the report" : "the summary") : "the next question"
            bindings.append(KeyBinding([.enter, .character(" "), .character("n")], .next, label: "Enter next", help: onward))
            if !interview {
                bindings.append(KeyBinding([.character("w")], .walkthrough, label: "w walkthrough",
                                           help: "the walkthrough of the derivation"))
            }
        } else {
            bindings.append(KeyBinding(AnswerField.keys, .edit, label: "type an answer",
                                       help: "type the answer, a number or an expression; \(left) \(right) Home End move "
                                           + "in it, Backspace and Ctrl-U delete", inStatusLine: false,
                                       names: "0-9 +-*/()x"))
            bindings.append(KeyBinding([.enter], .check, label: "Enter check",
                                       help: session.isGuided ? "check the step" : "check the answer"))
            if !interview {
                bindings.append(KeyBinding([.character("h")], .hint, label: "h hint",
                                           help: "hint: the next step (costs points)"))
                bindings.append(KeyBinding([.character("w")], .giveUp, label: "w walkthrough",
                                           help: "the walkthrough (counts as missed)"))
            }
        }
        let other = state.showsPyTorch ? "Keras" : "PyTorch"
        bindings.append(KeyBinding([.character("t")], .togglePyTorch, label: "t \(other)", help: "show the layer in \(other)"))
        if interview {
            bindings.append(KeyBinding([.character("q"), .escape], .endRound, label: "q end the round",
                                       help: "end the round and see the report (q asks first)"))
            bindings.append(.help(.help, inStatusLine: false))
            return bindings
        }
        bindings.append(KeyBinding([.character("g")], .toggleGuided, label: "g guided",
                                   help: "guided mode: answer each step in turn", inStatusLine: !session.isSettled))
        bindings.append(KeyBinding([.character("q")], .end, label: "q end", help: "end the quiz and see the summary",
                                   inStatusLine: session.isSettled))
        bindings.append(.help(.help))
        bindings.append(KeyBinding([.escape], .leave, label: "Esc back",
                                   help: state.practiceLesson == nil ? "back to the menu; the quiz waits there" : "back to the lesson",
                                   inStatusLine: false))
        return bindings
    }

    static func perform(_ action: Action, key: Key, on state: inout AppState) -> [AppEffect] {
        if action != .endRound, state.interview?.endAsked == true {
            state.interview?.endAsked = false
            state.feedback = nil
        }
        switch action {
        case .edit:
            _ = state.field.handle(key)
            if case .invalid = state.feedback { state.feedback = nil }
        case .check:
            return check(&state)
        case .next:
            state.session?.next()
            state.field.clear()
            state.feedback = nil
            state.questionShownAt = state.now
            if state.session?.phase == .finished {
                if state.interview != nil { return state.endInterview() }
                state.screen = .summary
            }
        case .hint:
            if let step = state.session?.takeHint() {
                state.feedback = .note("Hint (costs points): \(step.title).")
            } else {
                state.feedback = .note(state.session?.isGuided == true ? "Guided mode asks every step; no hints needed." : "No more hints.")
            }
        case .giveUp:
            state.session?.reveal()
            state.feedback = .wrong(message: "The walkthrough shows the answer, so this question counts as missed.", canRetry: false)
            state.screen = .walkthrough(step: 0)
        case .walkthrough:
            state.screen = .walkthrough(step: 0)
        case .togglePyTorch:
            state.showsPyTorch.toggle()
            if state.showsPyTorch && state.session?.question.pytorchCode.isEmpty == true {
                state.feedback = .note(state.session?.question.origin == nil
                    ? "This layer is Keras-only; it has no PyTorch spelling."
                    : "This question is asked in the code its set gives, in one framework only.")
            } else if !state.showsPyTorch && state.session?.question.kerasCode.isEmpty == true {
                state.feedback = .note("This layer is PyTorch-only; Keras cannot write it.")
            }
        case .toggleGuided:
            state.quizSettings.guided.toggle()
            state.session?.setGuided(state.quizSettings.guided)
            state.field.clear()
            state.feedback = .note(state.quizSettings.guided ? "Guided mode: each step of the derivation in turn." : "Guided mode off.")
        case .end:
            state.session?.finish()
            state.screen = .summary
        case .endRound:
            guard state.interview?.endAsked == true else {
                state.interview?.endAsked = true
                state.feedback = .note("End the round now? Press q again to end it and see the report; any other key carries on.")
                return []
            }
            return state.endInterview()
        case .leave:
            if state.practiceLesson != nil {
                state.finishPractice()
                state.session = nil
            } else {
                state.screen = .menu
            }
        case .help:
            state.helpVisible = true
        }
        return []
    }

    /// Checks the answer typed: the feedback, and the attempts to record.
    private static func check(_ state: inout AppState) -> [AppEffect] {
        guard !state.field.isEmpty, var session = state.session else { return [] }
        let before = session.log.count
        let text = state.field.text
        let spelling = session.question.spelling(preferringPyTorch: state.showsPyTorch)
        let outcome = session.submit(text, spelling: spelling)
        state.session = session
        state.feedback = AppState.feedback(for: outcome, session: session)
        if case .invalid = outcome { return [] }
        state.field.clear()
        let seconds = max(0, state.now - state.questionShownAt)
        if state.interview != nil, session.isSettled {
            state.interview?.record(session, outcome: outcome, answer: text, seconds: seconds)
        }
        let mode = state.mode
        return session.log[before...].map { AppEffect.record($0, seconds: seconds, mode: mode) }
    }
}
