/// A question by what makes it again: its skill, difficulty and seed. `QuestionGenerator.generate`
/// gives the same question back from these three, so a question can be kept and asked again later.
public struct QuestionReference: Sendable, Equatable, Hashable {
    public var skill: Skill
    public var difficulty: Difficulty
    public var seed: UInt64

    public init(skill: Skill, difficulty: Difficulty, seed: UInt64) {
        self.skill = skill
        self.difficulty = difficulty
        self.seed = seed
    }

    /// The question these name.
    public var question: Question {
        QuestionGenerator.generate(skill, difficulty: difficulty, seed: seed)
    }
}

extension Question {
    /// What makes this question again.
    public var reference: QuestionReference {
        QuestionReference(skill: skill, difficulty: difficulty, seed: seed)
    }
}
