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
    /// How many more tries a wrong answer gets (1 in practice, 0 in an interview).
    public var retries: Int
    /// Whether the hint key may reveal derivation steps.
    public var allowsHints: Bool
    /// A teacher's set, asked in its order instead of generated questions.
    public var questionSet: QuestionSetRun?

    public init(seed: UInt64, skills: [Skill] = [], count: Int? = nil, difficulty: Difficulty? = nil, guided: Bool = false,
                retries: Int = 1, allowsHints: Bool = true, questionSet: QuestionSetRun? = nil) {
        self.seed = seed
        self.skills = skills
        self.count = count
        self.difficulty = difficulty
        self.guided = guided
        self.retries = retries
        self.allowsHints = allowsHints
        self.questionSet = questionSet
        if let questionSet { self.count = questionSet.questions.count }
    }

    /// An interview round: mixed questions on parameters, output shapes and multiply-accumulates at
    /// interview difficulty, one try each, no hints.
    public static func interview(seed: UInt64) -> QuizSettings {
        QuizSettings(seed: seed, skills: [.conv2d, .conv2dNoBias, .conv2dRect, .conv2dHidden, .depthwise, .separable, .grouped,
                                          .transposed, .batchnorm, .denseAfterFlatten, .network, .outputShape, .macs],
                     difficulty: .interview, retries: 0, allowsHints: false)
    }
}
