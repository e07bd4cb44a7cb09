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

    public var missed: [InterviewResult] { results.filter { !$0.correct } }
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
