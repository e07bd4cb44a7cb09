/// What the tutor believes about one skill of one learner, and when to ask it again.
public struct SkillMemory: Sendable, Equatable {
    /// P(known), by Bayesian knowledge tracing.
    public var mastery: Double
    public var answered = 0
    public var correct = 0
    /// Leitner box: 0 for new or weak; each right first try moves it up, a wrong one back to 0.
    public var box = 0
    /// The number of questions answered (over all skills) at which this skill is due again.
    public var dueAt = 0
    /// The number of questions answered when it was last asked.
    public var lastSeen = -1

    public init(mastery: Double) {
        self.mastery = mastery
    }
}
