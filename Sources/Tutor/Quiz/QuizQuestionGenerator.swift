import ConvMath

/// Makes questions from seeds: the same skill, difficulty and seed give the same question.
public enum QuestionGenerator {
    /// Draws a seed from `generator` and makes the question it names.
    public static func generate(_ skill: Skill, difficulty: Difficulty, using generator: inout SeededGenerator) -> Question {
        generate(skill, difficulty: difficulty, seed: generator.next())
    }

    /// The question a seed names; `question.seed` gives it back.
    ///
    /// Sizes are drawn again until every applicable mistake gives its own wrong number, so that a
    /// wrong answer points at one mistake.
    public static func generate(_ skill: Skill, difficulty: Difficulty, seed: UInt64) -> Question {
        var random = SeededGenerator(seed: seed)
        var partial: Question?
        var attempts = 0
        while true {
            attempts += 1
            let draft = QuizDrafts.draft(skill, difficulty: difficulty, random: &random)
            if let built = draft.build(skill: skill, difficulty: difficulty, seed: seed) {
                if built.complete { return built.question }
                partial = partial ?? built.question
            }
            if attempts >= 1_000, let partial { return partial }
        }
    }

    /// The textbook question: `filters` kernels of `kernelSize`×`kernelSize` over `input` (height,
    /// width, channels). Nil when the kernel does not fit. Its seed is 0: it is not drawn.
    public static func convolution2D(filters: Int, kernelSize: Int, input: TensorShape, useBias: Bool = true) -> Question? {
        guard input.rank == 3 else { return nil }
        let skill: Skill = useBias ? .conv2d : .conv2dNoBias
        let draft = QuizDrafts.convolution(
            ConvolutionCode(filters: filters, kernel: [kernelSize, kernelSize], useBias: useBias),
            input: input.dimensions)
        return draft.build(skill: skill, difficulty: .interview, seed: 0)?.question
    }
}
