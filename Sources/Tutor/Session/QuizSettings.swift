/// What a quiz session asks: which skills, how many questions, from which seed, and how.
public struct QuizSettings: Sendable, Equatable {
    public var seed: UInt64
    /// The skills to draw from; empty means every skill, starting with the classic `conv2d`.
    public var skills: [Skill]
    /// How many questions before the summary; nil for an endless session.
    public var count: Int?
    /// A fixed difficulty, or nil to start with small numbers and move on to realistic sizes.
    public var difficulty: Difficulty?
    /// Ask for each step of the derivation in turn instead of the final count.
    public var guided: Bool

    public init(seed: UInt64, skills: [Skill] = [], count: Int? = nil, difficulty: Difficulty? = nil, guided: Bool = false) {
        self.seed = seed
        self.skills = skills
        self.count = count
        self.difficulty = difficulty
        self.guided = guided
    }
}
