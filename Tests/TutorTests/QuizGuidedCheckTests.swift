import ConvMath
import Testing
import Tutor

@Suite("guided check")
struct QuizGuidedCheckTests {
    private func step(_ kind: DerivationStep.Kind, of question: Question) throws -> DerivationStep {
        try #require(question.derivation.steps.first { $0.kind == kind })
    }

    private func id(_ answer: Int, _ kind: DerivationStep.Kind, _ question: Question) throws -> MisconceptionID? {
        GuidedCheck.check(answer, step: try step(kind, of: question), question: question)?.misconception.id
    }

    @Test("each step of 10 filters of 3×3 over 24×24×3 names the mistake behind a wrong answer")
    func classicSteps() throws {
        let question = try #require(QuestionGenerator.convolution2D(filters: 10, kernelSize: 3, input: TensorShape([24, 24, 3])))
        #expect(try id(3, .kernelDepth, question) == nil)
        #expect(try id(10, .kernelDepth, question) == .filtersAsDepth)
        #expect(try id(1, .kernelDepth, question) == .forgotInputDepth)
        #expect(try id(7, .kernelDepth, question) == nil)
        #expect(try id(27, .weightsPerKernel, question) == nil)
        #expect(try id(9, .weightsPerKernel, question) == .forgotInputDepth)
        #expect(try id(90, .weightsPerKernel, question) == .filtersAsDepth)
        #expect(try id(270, .allWeights, question) == nil)
        #expect(try id(27, .allWeights, question) == .oneFilterOnly)
        #expect(try id(90, .allWeights, question) == .forgotInputDepth)
        #expect(try id(270 * 576, .allWeights, question) == .noWeightSharing)
        #expect(try id(270 * 484, .allWeights, question) == .multipliedByOutputSize)
        #expect(try id(10, .biases, question) == nil)
        #expect(try id(0, .biases, question) == .forgotBiases)
        #expect(try id(1, .biases, question) == .oneBiasForLayer)
        #expect(try id(270, .biases, question) == .biasPerWeight)
        #expect(try id(280, .total, question) == nil)
        #expect(try id(270, .total, question) == .forgotBiases)
        #expect(try id(100, .total, question) == .forgotInputDepth)
        let message = GuidedCheck.check(10, step: try step(.kernelDepth, of: question), question: question)?.message
        #expect(message == "10 is the number of filters: a kernel is as deep as its input, 3 channels.")
    }

    @Test("steps of other layers: groups, depth from the previous layer, transposed biases, depthwise, separable")
    func otherLayers() throws {
        let grouped = QuestionGenerator.generate(.grouped, difficulty: .typical, seed: 3)
        let channels = grouped.focus.inputShape.dimensions.last ?? 0
        #expect(try id(channels, .kernelDepth, grouped) == .ignoredGroups)

        let hidden = QuestionGenerator.generate(.conv2dHidden, difficulty: .typical, seed: 1)
        let modelDepth = hidden.analysis.inputShape.dimensions.last ?? 0
        if modelDepth != hidden.focus.inputShape.dimensions.last {
            #expect(try id(modelDepth, .kernelDepth, hidden) == .usedModelInputDepth)
        }

        for seed: UInt64 in 1...10 {
            let transposed = QuestionGenerator.generate(.transposed, difficulty: .typical, seed: seed)
            let input = transposed.focus.inputShape.dimensions.last ?? 0
            guard input != transposed.focus.result.outputShape.dimensions.last else { continue }
            #expect(try id(input, .biases, transposed) == .swappedTransposedChannels)
        }

        let depthwise = QuestionGenerator.generate(.depthwise, difficulty: .typical, seed: 2)
        #expect(try id(depthwise.focus.inputShape.dimensions.last ?? 0, .kernelDepth, depthwise) == .depthwiseAsStandard)

        let separable = QuestionGenerator.generate(.separable, difficulty: .typical, seed: 2)
        let stage = try step(.depthwiseStage, of: separable)
        let middle = separable.focus.inputShape.dimensions.last ?? 0
        #expect(GuidedCheck.check((stage.result ?? 0) + middle, step: stage, question: separable)?.misconception.id
                == .separableBiasOnBoth)

        let norm = QuestionGenerator.generate(.batchnorm, difficulty: .typical, seed: 4)
        let learned = try step(.allWeights, of: norm)
        #expect(GuidedCheck.check(2 * (learned.result ?? 0), step: learned, question: norm)?.misconception.id
                == .countedBatchNormStatistics)

        let dense = QuestionGenerator.generate(.denseAfterFlatten, difficulty: .typical, seed: 1)
        let flattened = dense.analysis.inputShape.elementCount ?? 0
        #expect(try id(flattened, .weightsPerKernel, dense) == .flattenedModelInput)
    }

    @Test("a layer's total is checked even when the question asks for something else")
    func totalOfOtherQuestions() throws {
        let question = QuestionGenerator.generate(.outputShape, difficulty: .typical, seed: 1)
        let total = try step(.total, of: question)
        let result = try #require(total.result)
        let filters = question.focus.result.outputShape.dimensions.last ?? 0
        #expect(GuidedCheck.check(result, step: total, question: question) == nil)
        #expect(GuidedCheck.check(result - filters, step: total, question: question)?.misconception.id == .forgotBiases)
    }

    @Test("right step answers are never diagnosed, and diagnoses quote the answer", arguments: Skill.allCases)
    func rightStepsPass(_ skill: Skill) {
        for difficulty in Difficulty.allCases {
            for seed: UInt64 in 1...20 {
                let question = QuestionGenerator.generate(skill, difficulty: difficulty, seed: seed)
                for step in question.derivation.steps {
                    guard let result = step.result else {
                        #expect(GuidedCheck.check(0, step: step, question: question) == nil)
                        continue
                    }
                    #expect(GuidedCheck.check(result, step: step, question: question) == nil)
                    for wrong in [0, 1, result - 1, result + 1, 2 * result, question.answer] where wrong != result {
                        if let diagnosis = GuidedCheck.check(wrong, step: step, question: question) {
                            #expect(diagnosis.message.hasPrefix(NumberFormat.grouped(wrong) + " "), "\(diagnosis.message)")
                            #expect(!diagnosis.message.contains(" 1 channels"), "\(diagnosis.message)")
                        }
                    }
                }
            }
        }
    }
}
