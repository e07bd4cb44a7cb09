import ConvMath
import Testing
import Tutor

/// Runs model code through the engine, as the quiz promises its answers come from.
private func analyze(_ lines: [String], input: TensorShape? = nil) throws -> ModelAnalysis {
    try ModelReader.read([SourceText(name: "question", text: lines.joined(separator: "\n"))], inputShape: input).analyze()
}

@Suite("question generator")
struct QuizGeneratorTests {
    static let seedsPerCase: UInt64 = 150

    static var cases: [(Skill, Difficulty)] {
        Skill.allCases.flatMap { skill in Difficulty.allCases.map { (skill, $0) } }
    }

    @Test("every question is valid: the engine gives its answer, and its wrong answers are distinct and positive",
          arguments: cases)
    func questionsAreValid(_ skill: Skill, _ difficulty: Difficulty) throws {
        for seed in 1...Self.seedsPerCase {
            let question = QuestionGenerator.generate(skill, difficulty: difficulty, seed: seed)
            #expect(question.skill == skill && question.difficulty == difficulty && question.seed == seed)
            #expect(question.answer > 0)
            #expect(!question.sentence.isEmpty && !question.ask.isEmpty)
            // The engine runs the Keras code, or the PyTorch code of a question Keras cannot write.
            let pytorchOnly = question.kerasCode.isEmpty
            #expect(pytorchOnly ? question.pytorchCode.first?.hasPrefix("# input: (") == true
                : question.kerasCode.first?.hasPrefix("Input(shape=(") == true)

            // In full: a size the question hides is shown as `?`, but the engine runs the code with it.
            let analysis = try pytorchOnly ? analyze(question.solvedPyTorchCode, input: question.pytorchInputShape)
                : analyze(question.solvedKerasCode)
            if question.skill == .famousLayers {
                // A famous network's module is counted in the network; its code shown, read alone, counts the same.
                #expect(analysis.layers.map(\.result) == question.analysis.layers.map(\.result))
                #expect(analysis.layers.map(\.inputShape) == question.analysis.layers.map(\.inputShape))
                #expect(analysis.parameters == question.analysis.parameters)
            } else {
                #expect(analysis == question.analysis)
            }
            #expect(question.analysis.layers.indices.contains(question.focusLayer))
            #expect(question.target.value(in: analysis, focusLayer: question.focusLayer) == question.answer)

            let values = Array(question.distractors.values)
            #expect(!values.isEmpty, "\(skill.rawValue) seed \(seed) has no distractors")
            #expect(values.allSatisfy { $0 > 0 }, "\(skill.rawValue) seed \(seed): \(question.distractors)")
            #expect(Set(values).count == values.count, "\(skill.rawValue) seed \(seed): \(question.distractors)")
            #expect(!values.contains(question.answer), "\(skill.rawValue) seed \(seed): \(question.distractors)")
            #expect(question.derivation.answer == question.answer)
        }
    }

    @Test("the same seed gives the same question", arguments: Skill.allCases)
    func replayable(_ skill: Skill) {
        for difficulty in Difficulty.allCases {
            for seed: UInt64 in [0, 1, 42, 0xDEAD_BEEF, .max] {
                let first = QuestionGenerator.generate(skill, difficulty: difficulty, seed: seed)
                let second = QuestionGenerator.generate(skill, difficulty: difficulty, seed: seed)
                #expect(first == second)
            }
            var generator = SeededGenerator(seed: 7)
            let drawn = QuestionGenerator.generate(skill, difficulty: difficulty, using: &generator)
            #expect(QuestionGenerator.generate(skill, difficulty: difficulty, seed: drawn.seed) == drawn)
            #expect(generator != SeededGenerator(seed: 7))
        }
    }

    @Test("different seeds give different questions", arguments: Skill.allCases)
    func varied(_ skill: Skill) {
        for difficulty in Difficulty.allCases {
            let sentences = Set((1...40 as ClosedRange<UInt64>).map {
                QuestionGenerator.generate(skill, difficulty: difficulty, seed: $0).code(preferringPyTorch: false)
            })
            #expect(sentences.count >= 4, "\(skill.rawValue) \(difficulty): only \(sentences.count) different questions")
        }
    }

    @Test("the PyTorch code gives the same answer where the frameworks agree", arguments: cases)
    func pytorchAgrees(_ skill: Skill, _ difficulty: Difficulty) throws {
        let alwaysWritten: Set<Skill> = [.conv2d, .conv2dNoBias, .conv2dRect, .conv2dHidden, .conv1d, .conv3d, .depthwise,
                                         .separable, .grouped, .transposed, .denseAfterFlatten]
        for seed in 1...Self.seedsPerCase / 2 {
            let question = QuestionGenerator.generate(skill, difficulty: difficulty, seed: seed)
            guard !question.pytorchCode.isEmpty else {
                #expect(!alwaysWritten.contains(skill), "\(skill.rawValue) seed \(seed) has no PyTorch code")
                continue
            }
            #expect(question.pytorchCode.first?.hasPrefix("# input: (") == true)
            #expect(question.pytorchCode.dropFirst().allSatisfy { $0.hasPrefix("nn.") })
            let input = try #require(question.pytorchInputShape)
            let pytorch = try analyze(question.solvedPyTorchCode, input: input)
            #expect(pytorch.framework == .pytorch)
            switch (skill, question.target) {
            case (.batchnorm, .modelTrainable):
                #expect(pytorch.parameters.total == question.answer)
            case (.batchnorm, _):
                let statistics = question.analysis.parameters.nonTrainable
                #expect(pytorch.parameters.total == question.analysis.parameters.total - statistics)
            default:
                #expect(question.target.value(in: pytorch, focusLayer: question.focusLayer) == question.answer,
                        "\(skill.rawValue) seed \(seed): \(question.pytorchCode)")
            }
        }
    }

    @Test("every known mistake shows up with a number of its own in some question")
    func everyMisconceptionIsPractised() {
        var seen: Set<MisconceptionID> = []
        for skill in Skill.allCases {
            for difficulty in Difficulty.allCases {
                for seed: UInt64 in 1...40 {
                    seen.formUnion(QuestionGenerator.generate(skill, difficulty: difficulty, seed: seed).distractors.keys)
                }
            }
        }
        // An answer of 0 is diagnosed (see the mistake tests) but never listed: listed numbers are positive.
        let listed = Set(MisconceptionID.allCases).subtracting([.answeredZero])
        #expect(seen == listed, "never seen: \(listed.subtracting(seen))")
    }

    @Test("sizes fit the difficulty: small at mental, realistic later")
    func sizesFitDifficulty() {
        for skill in [Skill.conv2d, .conv2dNoBias, .conv1d, .depthwise, .grouped] {
            for seed: UInt64 in 1...40 {
                let mental = QuestionGenerator.generate(skill, difficulty: .mental, seed: seed)
                #expect(mental.answer < 2_000, "\(skill.rawValue) mental seed \(seed): \(mental.answer)")
                let typical = QuestionGenerator.generate(skill, difficulty: .typical, seed: seed)
                let layer = typical.focus.result.outputShape
                #expect((layer.dimensions.last ?? 0) >= 16, "\(skill.rawValue) typical seed \(seed): \(layer)")
            }
        }
    }

    @Test("skills have titles, summaries and stable names")
    func skillText() {
        #expect(Skill(rawValue: "conv2d-nobias") == .conv2dNoBias)
        #expect(Skill(rawValue: "dense-after-flatten") == .denseAfterFlatten)
        #expect(Skill.conv2d.title == "Conv2D with biases")
        for skill in Skill.allCases {
            #expect(!skill.title.isEmpty)
            #expect(skill.summary.hasSuffix("."))
            #expect(!QuestionGenerator.generate(skill, difficulty: .typical, seed: 1).distractors.isEmpty)
        }
        #expect(Set(Skill.allCases.map(\.title)).count == Skill.allCases.count)
    }

    @Test("the question writes the sizes it asks about")
    func sentenceNamesTheSizes() throws {
        let question = try #require(QuestionGenerator.convolution2D(filters: 10, kernelSize: 3, input: TensorShape([24, 24, 3])))
        #expect(question.sentence == "10 filters of 3×3 over a 24×24×3 input, with biases.")
        #expect(question.ask == "How many parameters does this layer have?")
        #expect(question.kerasCode == ["Input(shape=(24, 24, 3))", "Conv2D(filters=10, kernel_size=(3, 3), use_bias=True)"])
        #expect(question.pytorchCode == ["# input: (3, 24, 24)", "nn.Conv2d(3, 10, kernel_size=3)"])
        #expect(question.derivation.steps.first?.kind == .kernelDepth)
        let eight = try #require(QuestionGenerator.convolution2D(filters: 4, kernelSize: 3, input: TensorShape([8, 8, 3])))
        #expect(eight.sentence.contains("over an 8×8×3 input"))
        #expect(QuestionGenerator.convolution2D(filters: 4, kernelSize: 9, input: TensorShape([8, 8, 3])) == nil)
        #expect(QuestionGenerator.convolution2D(filters: 4, kernelSize: 3, input: TensorShape([8, 3])) == nil)
    }
}
