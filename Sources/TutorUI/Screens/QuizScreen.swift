import StyledText
import Tutor

/// The question, its code, the answer field, feedback and revealed hints.
enum QuizScreen {
    static func frame(_ state: AppState) -> Frame {
        guard let session = state.session else {
            return Frame(title: "convtutor · Quiz", body: [], status: "")
        }
        let width = state.size.columns - 2 * Frame.margin
        let question = session.question
        var body: [StyledLine] = [.blank]
        body += StyledLine.wrapped(question.sentence, width: width, role: .emphasis, ascii: state.asciiOnly)
        body.append(.blank)
        // A size the question hides stays `?` until the question is settled.
        let code = session.isSettled ? question.solvedCode(preferringPyTorch: state.showsPyTorch)
            : question.code(preferringPyTorch: state.showsPyTorch)
        for line in code {
            body += StyledLine.code(line, width: width - 2, role: .accent, indent: 2, ascii: state.asciiOnly)
        }
        body.append(.blank)
        body += StyledLine.wrapped(session.currentAsk, width: width, ascii: state.asciiOnly)
        let prompt = state.asciiOnly ? "Answer > " : "Answer › "
        var answerLine = StyledLine(prompt, role: .emphasis)
        var cursor: Position?
        if session.isSettled {
            answerLine.append(settledAnswerText(session), role: .muted)
        } else {
            answerLine.append(state.field.text, role: .field)
            if let preview = preview(state.field) {
                answerLine.append("   = \(preview)", role: .muted)
            }
            cursor = Position(column: prompt.count + state.field.cursor, row: body.count)
        }
        body.append(answerLine)
        body.append(.blank)
        body += feedbackLines(state.feedback, session: session, width: width, ascii: state.asciiOnly,
                              interview: state.interview != nil)
        let shown = session.shownSteps
        if !shown.isEmpty {
            body.append(.blank)
            body.append(StyledLine(session.isGuided ? "Steps so far:" : "Hints:", role: .muted, strong: true))
            for (index, step) in shown.enumerated() {
                body += StyledLine.wrapped("\(index + 1). \(step.title): \(step.equation)", width: width - 2, role: .muted, indent: 2, ascii: state.asciiOnly)
            }
        }
        let total = session.settings.count.map { " of \($0)" } ?? ""
        var title = "convtutor · Quiz · question \(session.number)\(total)"
        var titleRight = question.skill.rawValue
        var status = "\(question.skill.rawValue) · Score: \(session.score.points) · Streak: \(session.score.streak)"
        if let round = state.interview {
            title = "convtutor · Interview · question \(session.number)"
            titleRight = "\(round.remainingText(at: state.now)) left"
            // A round's keys matter more than a streak that one try per question makes rare.
            status = "\(question.skill.rawValue) · Score: \(session.score.points)"
        }
        return Frame(title: title, titleRight: titleRight, body: body, status: status, cursor: cursor)
    }

    private static func preview(_ field: AnswerField) -> String? {
        guard !field.isEmpty, case .success(let value) = AnswerParser.parse(field.text) else { return nil }
        let grouped = NumberFormat.grouped(value)
        return grouped == field.text ? nil : grouped
    }

    private static func settledAnswerText(_ session: QuizSession) -> String {
        switch session.phase {
        case .correct: return NumberFormat.grouped(session.question.answer)
        default: return "the answer is \(NumberFormat.grouped(session.question.answer))"
        }
    }

    /// The feedback's lines; in an interview they offer only what the round allows (no walkthrough until the report).
    private static func feedbackLines(_ feedback: Feedback?, session: QuizSession, width: Int, ascii: Bool,
                                      interview: Bool) -> [StyledLine] {
        guard let feedback else { return [] }
        let onward = interview ? "Enter: next question" : "Enter: next question   w: walkthrough"
        switch feedback {
        case .correct(let points, let formula):
            var line = StyledLine("Correct! ", role: .correct, strong: true)
            line.append("+\(NumberFormat.counted(points, "point")) · streak \(session.score.streak)")
            return [line] + StyledLine.wrapped(formula, width: width, role: .correct, indent: 2, ascii: ascii)
                + (session.workingNote.map { StyledLine.wrapped($0, width: width, role: .muted, indent: 2, ascii: ascii) } ?? [])
                + [StyledLine("  " + onward, role: .muted)]
        case .wrong(let message, let canRetry):
            var lines = [StyledLine(canRetry ? "Not quite." : "Not this time.", role: .wrong, strong: true)]
            lines += StyledLine.wrapped(message, width: width, role: .wrong, indent: 2, ascii: ascii)
            let next = canRetry ? "Try once more, or press w for the walkthrough (then it counts as missed)."
                : session.isSettled ? onward : "On to the next step."
            lines += StyledLine.wrapped(next, width: width, role: .muted, indent: 2, ascii: ascii)
            return lines
        case .stepCorrect(let text):
            return StyledLine.wrapped(text, width: width, role: .correct, ascii: ascii)
        case .invalid(let message):
            return StyledLine.wrapped(message, width: width, role: .wrong, ascii: ascii)
        case .note(let text):
            return StyledLine.wrapped(text, width: width, role: .muted, ascii: ascii)
        }
    }
}
