import ConvMath
import Testing
import Tutor

@Suite("misconception library")
struct MisconceptionLibraryTests {
    private func classic(_ filters: Int, _ kernel: Int, _ input: [Int], useBias: Bool = true) throws -> Question {
        try #require(QuestionGenerator.convolution2D(filters: filters, kernelSize: kernel, input: TensorShape(input),
                                                     useBias: useBias))
    }

    @Test("every wrong answer a question lists is diagnosed as its own mistake; the right answer never is",
          arguments: Skill.allCases)
    func everyDistractorIsDiagnosed(_ skill: Skill) {
        for difficulty in Difficulty.allCases {
            for seed: UInt64 in 1...60 {
                let question = QuestionGenerator.generate(skill, difficulty: difficulty, seed: seed)
                #expect(MisconceptionLibrary.diagnose(question.answer, for: question) == nil)
                for (id, value) in question.distractors {
                    let diagnosis = MisconceptionLibrary.diagnose(value, for: question)
                    #expect(diagnosis?.misconception.id == id, "\(skill.rawValue) seed \(seed): \(value) for \(id)")
                    #expect(diagnosis?.misconception.name == id.name)
                    let message = diagnosis?.message ?? ""
                    #expect(message.hasPrefix(NumberFormat.grouped(value) + " "), "\(message)")
                    #expect(message.contains(NumberFormat.grouped(question.answer)), "\(id): \(message)")
                    #expect(message.hasSuffix("."), "\(message)")
                    #expect(!message.contains(" 1 channels") && !message.contains(" 1 filters"), "\(message)")
                }
            }
        }
    }

    @Test("an answer that matches no known mistake is not diagnosed")
    func unknownAnswers() throws {
        let question = try classic(10, 3, [24, 24, 3])
        for answer in [281, 279, 0, -280, 1, Int.max, Int.min] {
            #expect(MisconceptionLibrary.diagnose(answer, for: question) == nil)
        }
    }

    @Test("10 filters of 3×3 over 24×24×3: 280; 270 forgot the biases; 100 forgot the depth")
    func questionThisProductGrewFrom() throws {
        let question = try classic(10, 3, [24, 24, 3])
        #expect(question.answer == 280)
        #expect(question.skill == .conv2d)
        let biases = try #require(MisconceptionLibrary.diagnose(270, for: question))
        #expect(biases.misconception == Misconception(.forgotBiases))
        #expect(biases.misconception.name == "forgot the biases")
        #expect(biases.message == "270 is every weight but none of the 10 biases: each filter adds one bias, so the count is 270 + 10 = 280.")
        let depth = try #require(MisconceptionLibrary.diagnose(100, for: question))
        #expect(depth.misconception.id == .forgotInputDepth)
        #expect(depth.message.contains("3×3×3 = 27"))
        #expect(MisconceptionLibrary.diagnose(540, for: question)?.misconception.id == .biasPerWeight)
        #expect(MisconceptionLibrary.diagnose(910, for: question)?.misconception.id == .filtersAsDepth)
        #expect(MisconceptionLibrary.diagnose(271, for: question)?.misconception.id == .oneBiasForLayer)
        #expect(MisconceptionLibrary.diagnose(308, for: question)?.misconception.id == .offByOneFilter)
        #expect(MisconceptionLibrary.diagnose(270 * 576 + 10, for: question)?.misconception.id == .noWeightSharing)
        #expect(MisconceptionLibrary.diagnose(270 * 484 + 10, for: question)?.misconception.id == .multipliedByOutputSize)
        #expect(MisconceptionLibrary.diagnose(24 * 24 * 3 * 10 + 10, for: question)?.misconception.id == .countedAsDense)
    }

    @Test("the course question: 100 filters of 5×5 over 300×300×3 is 7,600")
    func courseQuestion() throws {
        let question = try classic(100, 5, [300, 300, 3])
        #expect(question.answer == 7_600)
        #expect(MisconceptionLibrary.diagnose(7_500, for: question)?.misconception.id == .forgotBiases)
        let depth = try #require(MisconceptionLibrary.diagnose(2_600, for: question))
        #expect(depth.misconception.id == .forgotInputDepth)
        #expect(depth.message.hasPrefix("2,600 counts each kernel as 5×5 only"))
        let dense = try #require(MisconceptionLibrary.diagnose(27_000_100, for: question))
        #expect(dense.misconception.id == .countedAsDense)
        #expect(dense.message.contains("300×300×3"))
    }

    @Test("64 kernels of 5×5 over 128×128×3, weights only: 4,800; 1,600 ignores the channels; 78,643,200 shares nothing")
    func weightsOnly() throws {
        let question = try classic(64, 5, [128, 128, 3], useBias: false)
        #expect(question.skill == .conv2dNoBias)
        #expect(question.answer == 4_800)
        #expect(MisconceptionLibrary.diagnose(1_600, for: question)?.misconception.id == .forgotInputDepth)
        #expect(MisconceptionLibrary.diagnose(78_643_200, for: question)?.misconception.id == .noWeightSharing)
        #expect(MisconceptionLibrary.diagnose(4_864, for: question)?.misconception.id == .countedMissingBiases)
    }

    @Test("2 filters of 3×3×3 hold 56 parameters")
    func twoFilters() throws {
        let question = try classic(2, 3, [32, 32, 3])
        #expect(question.answer == 56)
        #expect(MisconceptionLibrary.diagnose(54, for: question)?.misconception.id == .forgotBiases)
        #expect(MisconceptionLibrary.diagnose(20, for: question)?.misconception.id == .forgotInputDepth)
    }

    @Test("only misconceptions that fit the skill are offered")
    func applicability() {
        #expect(MisconceptionLibrary.applicable(to: .conv2dNoBias).contains(.forgotBiases) == false)
        #expect(MisconceptionLibrary.applicable(to: .conv2dNoBias).contains(.countedMissingBiases))
        #expect(MisconceptionLibrary.applicable(to: .grouped).contains(.ignoredGroups))
        #expect(MisconceptionLibrary.applicable(to: .transposed).contains(.swappedTransposedChannels))
        #expect(MisconceptionLibrary.applicable(to: .batchnorm).contains(.countedBatchNormStatistics))
        #expect(MisconceptionLibrary.applicable(to: .batchnorm).contains(.leftOutBatchNormStatistics))
        #expect(!MisconceptionLibrary.applicable(to: .conv2d).contains(.ignoredGroups))
        let used = Set(Skill.allCases.flatMap(MisconceptionLibrary.applicable))
        #expect(used == Set(MisconceptionID.allCases), "never used: \(Set(MisconceptionID.allCases).subtracting(used))")
        #expect(Set(MisconceptionID.allCases.map(\.name)).count == MisconceptionID.allCases.count)
    }

    @Test("batch normalization: Keras' total, trainable and non-trainable counts and their mistakes")
    func batchNormalization() {
        var targets: Set<String> = []
        for seed: UInt64 in 1...60 {
            let question = QuestionGenerator.generate(.batchnorm, difficulty: .typical, seed: seed)
            let parameters = question.analysis.parameters
            let channels = question.focus.result.outputShape.dimensions.last ?? 0
            #expect(parameters.nonTrainable == 2 * channels)
            switch question.target {
            case .modelParameters:
                targets.insert("total")
                #expect(question.answer == parameters.total)
                #expect(question.distractors[.leftOutBatchNormStatistics] == parameters.trainable)
            case .modelTrainable:
                targets.insert("trainable")
                #expect(question.answer == parameters.trainable)
                #expect(question.distractors[.countedBatchNormStatistics] == parameters.total)
            case .modelNonTrainable:
                targets.insert("non-trainable")
                #expect(question.answer == 2 * channels)
                #expect(question.distractors[.allBatchNormNonTrainable] == 4 * channels)
            default:
                Issue.record("unexpected target \(question.target)")
            }
        }
        #expect(targets == ["total", "trainable", "non-trainable"])
    }

    @Test("a transposed convolution's biases belong to its output channels")
    func transposedBiases() {
        for seed: UInt64 in 1...30 {
            let question = QuestionGenerator.generate(.transposed, difficulty: .typical, seed: seed)
            let input = question.focus.inputShape.dimensions.last ?? 0
            guard let swapped = question.distractors[.swappedTransposedChannels] else { continue }
            let filters = question.focus.result.outputShape.dimensions.last ?? 0
            #expect(swapped == question.answer - filters + input)
        }
    }
}
