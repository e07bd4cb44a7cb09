import StyledText
import Tutor

/// The interview round as plain lines of text, for scripts and screen readers: the same questions at
/// interview difficulty, one try each, no hints, against the clock; then the report, with a
/// walkthrough of each missed question.
public struct PlainInterview: Sendable, PlainSession {
    public private(set) var session: QuizSession
    public private(set) var round: InterviewRound
    public var width: Int
    public var unicode: Bool
    private var shownAt = 0.0
    /// Whether the report has been given: a round is reported once.
    private var reported = false

    public init(seed: UInt64, minutes: Double, width: Int = 80, unicode: Bool = true) {
        self.init(settings: .interview(seed: seed), minutes: minutes, width: width, unicode: unicode)
    }

    /// A round asking what `settings` draw: a mix of kinds, or the questions to retry.
    public init(settings: QuizSettings, minutes: Double, width: Int = 80, unicode: Bool = true) {
        session = QuizSession(settings: settings)
        round = InterviewRound(duration: minutes * 60)
        self.width = width
        self.unicode = unicode
    }

    public var isFinished: Bool { reported }
    public var prompt: String { "answer> " }
    public var mode: PracticeMode { .interview }

    public mutating func endOfInput() -> String { end() }

    /// Starts the clock at `now` (seconds) and returns the greeting and the first question.
    public mutating func start(at now: Double) -> String {
        round.startedAt = now
        shownAt = now
        let minutes = NumberFormat.counted(Int(round.duration / 60 + 0.5), "minute")
        let what: String
        if case .these(let questions) = session.settings.draw {
            what = "convtutor interview: the \(NumberFormat.counted(questions.count, "question")) missed in the round of seed "
                + "\(session.settings.seed) again"
        } else {
            what = "convtutor interview (seed \(session.settings.seed))"
        }
        return layOut(what + ": \(minutes), one try per question, no hints. Type q to end the round.\n\n" + questionText(at: now))
    }

    /// Takes one line typed at `now`: what to print, and the answers to record with their seconds.
    public mutating func handle(_ line: String, at now: Double) -> (output: String, records: [(AttemptRecord, Double)]) {
        let input = line.trimmingCharacters()
        if input.isEmpty { return ("", []) }
        if input == "q" { return (end(), []) }
        if round.remaining(at: now) <= 0 {
            return (layOut("Time is up: that answer came after the end of the round.\n") + end(), [])
        }
        let before = session.log.count
        let outcome = session.submit(input, spelling: session.question.spelling(preferringPyTorch: false))
        if case .invalid(let error) = outcome { return (layOut(error.message + "\n"), []) }
        let seconds = max(0, now - shownAt)
        let records = session.log[before...].map { ($0, seconds) }
        round.record(session, outcome: outcome, answer: input, seconds: seconds)
        var text = feedback(outcome) + "\n\n"
        if round.remaining(at: now) <= 0 {
            return (layOut(text + "Time is up.\n") + end(), records)
        }
        session.next()
        if session.phase == .finished { return (layOut(text) + end(), records) }
        shownAt = now
        text += questionText(at: now)
        return (layOut(text), records)
    }

    /// Ends the round (at the end of input too): the report.
    public mutating func end() -> String {
        guard !reported else { return "" }
        reported = true
        session.finish()
        var text = "\nInterview over. Score: \(session.score.points). Right: \(round.rightCount) of \(round.results.count). "
            + "Time per question: \(Int(round.averageSeconds + 0.5))s.\n"
        if !round.byKind.isEmpty {
            text += "By kind: " + round.byKind.map(\.text).joined(separator: ", ") + ".\n"
        }
        for (name, times) in round.mistakes {
            text += "Mistake: \(name)" + (times > 1 ? " ×\(times)" : "") + "\n"
        }
        let missed = round.missed
        let unreached = round.unreached(session.settings).count
        if unreached > 0 {
            text += "Not reached: \(NumberFormat.counted(unreached, "question")) of this retry round, kept to retry.\n"
        }
        if !missed.isEmpty || unreached > 0 {
            let count = NumberFormat.counted(missed.count + unreached, "question")
            text += "To retry the \(count) as a round of their own:\n  convtutor interview --retry-missed\n"
        }
        var out = layOut(text)
        for (index, result) in missed.enumerated() {
            out += layOut("\nMissed \(index + 1), \(result.question.skill.rawValue) (\(result.question.skill.title)): "
                          + "\(result.question.sentence) You said \(result.answerText); it is "
                          + "\(NumberFormat.grouped(result.question.answer)).\n")
            out += DerivationText.text(result.derivation, width: width, ascii: !unicode, diagrams: false) + "\n"
        }
        return out
    }

    /// Once the round is reported: the missed questions to keep for `--retry-missed`.
    public var effectsAtEnd: [AppEffect] {
        reported ? [.keepMissed(round.toRetry(session.settings), round: session.settings.seed)] : []
    }

    private func feedback(_ outcome: QuizSession.Outcome) -> String {
        switch outcome {
        case .correct: return "Right."
        case .wrong(let diagnosis, _):
            let answer = "It is \(NumberFormat.grouped(session.question.answer))."
            return "Not right. " + (diagnosis.map { $0.message } ?? answer)
        default: return ""
        }
    }

    private func questionText(at now: Double) -> String {
        let code = session.question.code(preferringPyTorch: false).map { "  " + $0 }.joined(separator: "\n")
        return "Question \(session.number) (\(round.remainingText(at: now)) left)\n\(session.question.sentence)\n\(code)\n"
            + "\(session.currentAsk)\n"
    }

    private func layOut(_ text: String) -> String {
        PlainLines.layOut(text, width: width, unicode: unicode)
    }
}
