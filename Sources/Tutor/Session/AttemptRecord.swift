/// One answer as it was given: what was asked, what was typed, and what the tutor made of it.
public struct AttemptRecord: Sendable, Equatable {
    public var questionNumber: Int
    public var skill: Skill
    public var question: String
    public var answerText: String
    public var value: Int?
    public var expected: Int
    public var correct: Bool
    public var misconception: MisconceptionID?
    public var hintsUsed: Int
    /// 1 for the first try, 2 for the retry; guided steps count from 1 per step.
    public var attempt: Int
    /// The derivation step asked in guided mode, if any.
    public var step: DerivationStep.Kind?
    /// The teacher's set and question answered, when the question came from a set.
    public var origin: SetQuestionReference? = nil
}
