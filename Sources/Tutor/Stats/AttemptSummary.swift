/// What the statistics need of one recorded answer.
public struct AttemptSummary: Sendable, Equatable {
    /// Unix time (seconds) when it was answered.
    public var time: Int64
    public var skill: Skill?
    public var correct: Bool
    public var misconception: MisconceptionID?
    public var secondsTaken: Double
    /// 1 for a first try.
    public var attempt: Int
    /// An answer to one step of a guided question, not to a question.
    public var isStep: Bool

    /// Whether this is the first answer to a whole question: what "right" and "answered" count.
    public var isQuestion: Bool { attempt == 1 && !isStep }

    public init(time: Int64, skill: Skill?, correct: Bool, misconception: MisconceptionID?, secondsTaken: Double, attempt: Int,
                isStep: Bool = false) {
        self.time = time
        self.skill = skill
        self.correct = correct
        self.misconception = misconception
        self.secondsTaken = secondsTaken
        self.attempt = attempt
        self.isStep = isStep
    }
}
