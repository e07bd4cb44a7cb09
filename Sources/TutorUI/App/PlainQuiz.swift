import ConvMath
import StyledText
import Tutor

/// The quiz as plain lines of text, for pipes, scripts and screen readers: the same questions,
/// answers, feedback and walkthrough as the full-screen tutor.
public struct PlainQuiz: Sendable, PlainSession {
    public private(set) var session: QuizSession
    public private(set) var showsPyTorch = false
    public var width: Int
    public var unicode: Bool
    /// Whether a settled question waits for Enter before the next one. A script's answers file has one
    /// answer per line and nothing else, so when the input is not a terminal the next question follows at once.
    public var pauses: Bool
    public var mode: PracticeMode { .quiz }
    /// When the question on screen was shown, for the seconds an answer took.
    private var shownAt = 0.0

    public init(settings: QuizSettings, learner: LearnerModel? = nil, width: Int = 80, unicode: Bool = true,
                pauses: Bool = true) {
        session = QuizSession(settings: settings, learner: learner)
        self.width = width
        self.unicode = unicode
        self.pauses = pauses
    }

    public var isFinished: Bool { session.phase == .finished }

    /// The greeting and the first question.
    public func start() -> String {
        let about = session.settings.questionSet.map { "'\($0.title)', \(NumberFormat.counted($0.questions.count, "question"))" }
            ?? "seed \(session.settings.seed)"
        return fold("convtutor quiz (\(about)). Type an answer, or: h hint, w walkthrough, "
             + "t PyTorch/Keras, q quit.\n\n" + questionText())
    }

    public mutating func start(at now: Double) -> String {
        shownAt = now
        return start()
    }

    public mutating func handle(_ line: String, at now: Double) -> (output: String, records: [(AttemptRecord, Double)]) {
        let number = session.number
        let result = handle(line)
        let seconds = max(0, now - shownAt)
        if session.number != number { shownAt = now }
        return (result.output, result.records.map { ($0, seconds) })
    }

    /// The prompt to show before reading a line.
    public var prompt: String { session.isSettled ? "[Enter for the next question] " : "answer> " }

    /// Ends the quiz when the input ends: the summary, as `q` would print it.
    public mutating func endOfInput() -> String {
        guard !isFinished else { return "" }
        session.finish()
        return fold(summary())
    }

    /// Handles one line typed by the learner: returns what to print and the attempts to record.
    public mutating func handle(_ line: String) -> (output: String, records: [AttemptRecord]) {
        let column = prompt.count
        let (output, records) = respond(to: line)
        return (fold(output, startingAt: column), records)
    }

    private mutating func respond(to line: String) -> (output: String, records: [AttemptRecord]) {
        let input = line.trimmingCharacters()
        if session.isSettled {
            switch input {
            case "w": return (walkthrough(), [])
            case "q":
                session.finish()
                return (summary(), [])
            default:
                session.next()
                return (isFinished ? summary() : questionText(), [])
            }
        }
        switch input {
        case "":
            return ("", [])
        case "q":
            session.finish()
            return (summary(), [])
        case "h":
            guard let step = session.takeHint() else { return ("No more hints.\n", []) }
            return ("Hint: \(step.title). \(step.equation)\n", [])
        case "t":
            showsPyTorch.toggle()
            return (codeText() + "\n", [])
        case "w":
            session.reveal()
            return (walkthrough() + "\nThe answer is \(NumberFormat.grouped(session.question.answer)).\n" + onward(), [])
        default:
            let before = session.log.count
            let outcome = session.submit(input, spelling: session.question.spelling(preferringPyTorch: showsPyTorch))
            let records = Array(session.log[before...])
            return (feedbackText(outcome) + onward(), records)
        }
    }

    /// Without pauses, a settled question is followed at once by the next one (or the summary).
    private mutating func onward() -> String {
        guard !pauses, session.isSettled else { return "" }
        session.next()
        return isFinished ? summary() : "\n" + questionText()
    }

    private func feedbackText(_ outcome: QuizSession.Outcome) -> String {
        switch outcome {
        case .correct(let points):
            return "Correct! +\(NumberFormat.counted(points, "point")) (score \(session.score.points), streak \(session.score.streak)).\n"
                + "  \(session.derivation.closingLine)\n"
        case .stepCorrect:
            return "Right. " + session.currentAsk + "\n"
        case .wrong(let diagnosis, let canRetry):
            let message = diagnosis.map { canRetry ? $0.retryMessage : $0.message }
            let fallback = session.unmatchedMessage
            var text = "Not quite. " + (message ?? fallback) + "\n"
            if canRetry {
                text += "Try once more, or type w for the walkthrough.\n"
            } else if session.isSettled {
                text += "The answer is \(NumberFormat.grouped(session.question.answer))."
                    + (pauses ? " Type w for the walkthrough.\n" : "\n")
            } else {
                text += session.currentAsk + "\n"
            }
            return text
        case .invalid(let error):
            return "\(error.message)\n"
        }
    }

    func questionText() -> String {
        let total = session.settings.count.map { " of \($0)" } ?? ""
        return "Question \(session.number)\(total) (\(session.question.skill.rawValue))\n"
            + "\(session.question.sentence)\n\(codeText())\n\(session.currentAsk)\n"
    }

    private func codeText() -> String {
        let code = session.question.code(preferringPyTorch: showsPyTorch)
        return code.map { "  " + $0 }.joined(separator: "\n")
    }

    private func walkthrough() -> String {
        DerivationText.text(session.derivation, width: width, ascii: !unicode, diagrams: false) + "\n"
    }

    private func summary() -> String {
        let score = session.score
        return "\nSession summary: score \(score.points), \(score.rightText), "
            + "best streak \(score.bestStreak).\n\(session.replay.sentence)\n  \(session.replay.command)\n"
    }

    private func fold(_ text: String, startingAt column: Int = 0) -> String {
        PlainLines.layOut(text, width: width, unicode: unicode, startingAt: column)
    }
}

extension String {
    func trimmingCharacters() -> String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text = text.dropFirst() }
        while let last = text.last, last.isWhitespace { text = text.dropLast() }
        return String(text)
    }
}
