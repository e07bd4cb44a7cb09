import Tutor

/// A timed interview round: when it started, how long it lasts, and every question answered.
public struct InterviewRound: Sendable, Equatable {
    public var duration: Double
    public var startedAt: Double?
    public var results: [InterviewResult] = []
    /// `q` was pressed once: the next `q` ends the round, any other key carries on.
    public var endAsked = false

    public init(duration: Double) {
        self.duration = duration
    }

    /// Seconds left at a time on the clock (the whole duration before the first tick).
    public func remaining(at now: Double) -> Double {
        guard let startedAt else { return duration }
        return max(0, duration - (now - startedAt))
    }

    /// "4:05": the time left, rounded up to the second, as the countdown shows it.
    public func remainingText(at now: Double) -> String {
        let remaining = self.remaining(at: now)
        let left = Int(remaining) + (Double(Int(remaining)) < remaining ? 1 : 0)
        let seconds = String(left % 60)
        return "\(left / 60):\(seconds.count == 1 ? "0" + seconds : seconds)"
    }

    /// Keeps the result of a settled question: what was asked and answered, the mistake if one was
    /// named, and how long it took.
    public mutating func record(_ session: QuizSession, outcome: QuizSession.Outcome, answer: String, seconds: Double) {
        var correct = false
        var diagnosis: Diagnosis?
        switch outcome {
        case .correct: correct = true
        case .wrong(let found, _): diagnosis = found
        default: break
        }
        results.append(InterviewResult(question: session.question, derivation: session.derivation, answerText: answer,
                                       correct: correct, seconds: seconds, diagnosis: diagnosis))
    }

    public var missed: [InterviewResult] { results.filter { !$0.correct } }
    /// What a round asking what `settings` draw leaves to retry (`convtutor interview --retry-missed`):
    /// the questions missed and, when the round was itself a retry, those it did not reach.
    public func toRetry(_ settings: QuizSettings) -> [QuestionReference] {
        missed.map(\.question.reference) + unreached(settings)
    }

    /// The questions of a retry round that it ended before asking.
    public func unreached(_ settings: QuizSettings) -> [QuestionReference] {
        guard case .these(let planned) = settings.draw else { return [] }
        return Array(planned.dropFirst(results.count))
    }

    /// Right answers out of questions asked, by kind, in the order the kinds first came up.
    public var byKind: [KindScore] {
        var scores: [KindScore] = []
        for result in results {
            let index = scores.firstIndex { $0.skill == result.question.skill } ?? {
                scores.append(KindScore(skill: result.question.skill))
                return scores.count - 1
            }()
            scores[index].asked += 1
            if result.correct { scores[index].right += 1 }
        }
        return scores
    }
    public var rightCount: Int { results.filter(\.correct).count }
    /// The mean seconds per answered question, 0 before any.
    public var averageSeconds: Double {
        results.isEmpty ? 0 : results.map(\.seconds).reduce(0, +) / Double(results.count)
    }

    /// Each mistake named in the round and how often, most frequent first.
    public var mistakes: [(name: String, times: Int)] {
        var counts: [String: Int] = [:]
        for result in results { if let diagnosis = result.diagnosis { counts[diagnosis.misconception.name, default: 0] += 1 } }
        return counts.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }.map { ($0.key, $0.value) }
    }
}

/// How one kind of question went in a round.
public struct KindScore: Sendable, Equatable {
    public var skill: Skill
    public var right = 0
    public var asked = 0

    /// `output-shape 1/2`.
    public var text: String { "\(skill.rawValue) \(right)/\(asked)" }
}

/// One interview question as it went: what was asked, what was answered, and how long it took.
public struct InterviewResult: Sendable, Equatable {
    public var question: Question
    public var derivation: Derivation
    public var answerText: String
    public var correct: Bool
    public var seconds: Double
    public var diagnosis: Diagnosis?
}
