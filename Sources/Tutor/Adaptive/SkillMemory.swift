/// What the tutor believes about one skill of one learner.
///
/// Two clocks: counts of questions (`LearnerModel.questionsAnswered`) space practice within a
/// session, and days (`stability` and `reviewedAt`, by `ForgettingCurve`) say when a mastered skill
/// is due again, so a learner back after a week is asked what they are likely to have forgotten.
public struct SkillMemory: Sendable, Equatable {
    /// P(known), updated by knowledge tracing after each first try.
    public var mastery: Double
    /// First tries at this skill, and how many of them were right.
    public var answered: Int
    public var correct: Int
    /// Leitner box: 0 while the skill is being learned (not mastered); 1 once mastered; one box up for
    /// each further right first try, one down (not below 1) for a wrong one that leaves it mastered.
    /// The box sets the review interval (`LearnerModel.reviewInterval(box:)`).
    public var box: Int
    /// The value of `questionsAnswered` from which a mastered skill is due for review. Skills still
    /// being learned are asked whatever their due time.
    public var dueAt: Int
    /// The value of `questionsAnswered` just after this skill was last answered (0 for never).
    public var lastSeen: Int
    /// Days until recall of a mastered skill falls to the target retention; 0 while not mastered.
    public var stability: Double
    /// When it was last answered (Unix seconds), if known.
    public var reviewedAt: Int64?

    public init(mastery: Double = KnowledgeParameters.standard.prior, answered: Int = 0, correct: Int = 0,
                box: Int = 0, dueAt: Int = 0, lastSeen: Int = 0, stability: Double = 0, reviewedAt: Int64? = nil) {
        self.mastery = mastery
        self.answered = answered
        self.correct = correct
        self.box = box
        self.dueAt = dueAt
        self.lastSeen = lastSeen
        self.stability = stability
        self.reviewedAt = reviewedAt
    }

    /// When a mastered skill is due for review (Unix seconds), or nil if it is not mastered or was
    /// never answered at a known time.
    public var reviewDue: Int64? {
        guard stability > 0, let reviewedAt else { return nil }
        let (due, overflow) = reviewedAt.addingReportingOverflow(Int64(stability * ForgettingCurve.secondsPerDay))
        return overflow ? Int64.max : due
    }
}
