/// What the tutor believes about one skill of one learner.
///
/// Times are counts of questions: `LearnerModel.questionsAnswered` is the clock, so the schedule
/// carries over from one session to the next and never depends on the wall clock.
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

    public init(mastery: Double = KnowledgeParameters.standard.prior, answered: Int = 0, correct: Int = 0,
                box: Int = 0, dueAt: Int = 0, lastSeen: Int = 0) {
        self.mastery = mastery
        self.answered = answered
        self.correct = correct
        self.box = box
        self.dueAt = dueAt
        self.lastSeen = lastSeen
    }
}
