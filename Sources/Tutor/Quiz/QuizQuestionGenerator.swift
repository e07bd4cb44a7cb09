import ConvMath

/// Makes questions from seeds: the same skill, difficulty and seed give the same question.
public enum QuestionGenerator {
    /// Draws a seed from `generator` and makes the question it names.
    public static func generate(_ skill: Skill, difficulty: Difficulty, using generator: inout SeededGenerator) -> Question {
        generate(skill, difficulty: difficulty, seed: generator.next())
    }

    /// The question a seed names; `question.seed` gives it back.
    ///
    /// Sizes are drawn again, a few times, until every applicable mistake gives its own wrong
    /// number, so that a wrong answer points at one mistake; otherwise the draw where fewest share a
    /// number is kept, and a shared number is diagnosed as either mistake. A draft that keeps its
    /// target is drawn again only with the target of the first draw.
    public static func generate(_ skill: Skill, difficulty: Difficulty, seed: UInt64) -> Question {
        var random = SeededGenerator(seed: seed)
        var best: (question: Question, collisions: Int)?
        var attempts = 0, draws = 0
        var target: QuestionTarget?
        while true {
            draws += 1
            let draft = QuizDrafts.draft(skill, difficulty: difficulty, random: &random)
            if draft.keepsTarget, let target, draft.target != target, draws < 200 { continue }
            target = target ?? draft.target
            attempts += 1
            if let built = draft.build(skill: skill, difficulty: difficulty, seed: seed) {
                if built.collisions == 0 || draft.keepsDraw { return built.question }
                if best == nil || built.collisions < best?.collisions ?? 0 { best = built }
            }
            if attempts >= 12, let best { return best.question }
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
