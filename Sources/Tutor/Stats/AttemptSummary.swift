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

    public init(time: Int64, skill: Skill?, correct: Bool, misconception: MisconceptionID?, secondsTaken: Double, attempt: Int) {
        self.time = time
        self.skill = skill
        self.correct = correct
        self.misconception = misconception
        self.secondsTaken = secondsTaken
        self.attempt = attempt
    }
}
