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
    /// How each question's skill is chosen among `skills`.
    public var draw: QuestionDraw

    public init(seed: UInt64, skills: [Skill] = [], count: Int? = nil, difficulty: Difficulty? = nil, guided: Bool = false,
                retries: Int = 1, allowsHints: Bool = true, questionSet: QuestionSetRun? = nil, draw: QuestionDraw = .even) {
        self.seed = seed
        self.draw = draw
        self.skills = skills
        self.count = count
        self.difficulty = difficulty
        self.guided = guided
        self.retries = retries
        self.allowsHints = allowsHints
        self.questionSet = questionSet
        if let questionSet { self.count = questionSet.questions.count }
    }

    /// An interview round: a mix of kinds (all of them, or those given) weighted as interviews ask
    /// them, never one kind twice in a row, at interview difficulty, one try each, no hints.
    public static func interview(seed: UInt64, kinds: [Skill] = []) -> QuizSettings {
        QuizSettings(seed: seed, skills: kinds, difficulty: .interview, retries: 0, allowsHints: false, draw: .interviewMix)
    }

    /// A round of exactly these questions, in order, as an interview asks them: the questions an
    /// earlier round missed. Nil when there are none.
    public static func retry(_ questions: [QuestionReference], seed: UInt64) -> QuizSettings? {
        guard !questions.isEmpty else { return nil }
        return QuizSettings(seed: seed, skills: [], count: questions.count, retries: 0, allowsHints: false,
                            draw: .these(questions))
    }
}

/// How a session chooses the skill of each question.
public enum QuestionDraw: Sendable, Equatable {
    /// Every skill as likely (or the learner's progress chooses, when it is known and no skill is set).
    case even
    /// An interview's mix: weighted towards what interviews ask, never one kind twice in a row.
    case interviewMix
    /// These questions, in this order.
    case these([QuestionReference])
}
