import ConvMath
import Testing
import Tutor

@Suite("guided steps are diagnosed by the same wrong rules")
struct GuidedStepDiagnosisTests {
    private func step(_ kind: DerivationStep.Kind, of question: Question) throws -> DerivationStep {
        try #require(question.derivation.steps.first { $0.kind == kind })
    }

    private func id(_ answer: Int, _ kind: DerivationStep.Kind, _ question: Question) throws -> MisconceptionID? {
        Diagnoser.diagnoseStep(answer, step: try step(kind, of: question), question: question)?.misconception.id
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
        #expect(try id(90, .allWeights, question) == .forgotInputDepth)
        #expect(try id(270 * 576, .allWeights, question) == .noWeightSharing)
        #expect(try id(270 * 484, .allWeights, question) == .multipliedByOutputSize)
        #expect(try id(10, .biases, question) == nil)
        #expect(try id(0, .biases, question) == .forgotBiases)
        #expect(try id(1, .biases, question) == .oneBiasForLayer)
        #expect(try id(270, .biases, question) == .biasPerWeight)
        #expect(try id(3, .biases, question) == .biasPerInputChannel)
        #expect(try id(280, .total, question) == nil)
        #expect(try id(270, .total, question) == .forgotBiases)
        #expect(try id(100, .total, question) == .forgotInputDepth)
        let diagnosis = Diagnoser.diagnoseStep(10, step: try step(.kernelDepth, of: question), question: question)
        #expect(diagnosis?.retryMessage == "10 makes each kernel 10 deep, the number of filters: a kernel is as deep as its input: 3 channels.")
    }

    @Test("steps of other targets: an output height's reach, a MAC count's positions, a network's layer")
    func otherTargets() throws {
        for seed: UInt64 in 1...20 {
            let macs = QuestionGenerator.generate(.macs, difficulty: .typical, seed: seed)
            let positions = try step(.outputPositions, of: macs)
            let inputPositions = macs.focus.inputShape.dimensions.dropLast().reduce(1, *)
            if inputPositions != positions.result {
                #expect(try id(inputPositions, .outputPositions, macs) == .macsOverInputSize)
            }
            let network = QuestionGenerator.generate(.network, difficulty: .typical, seed: seed)
            let layers = network.derivation.steps.filter { $0.kind == .layerTotal }
            if let second = layers.dropFirst().first, let total = second.result {
                let filters = network.analysis.layers[second.layer ?? 0].result.outputShape.dimensions.last ?? 0
                let diagnosis = Diagnoser.diagnoseStep(total - filters, step: second, question: network)
                #expect(diagnosis?.misconception.id == .forgotBiases, "seed \(seed)")
            }
        }
    }

    @Test("right step answers are never diagnosed, and diagnoses start from the number given", arguments: Skill.allCases)
    func rightStepsPass(_ skill: Skill) {
        for difficulty in Difficulty.allCases {
            for seed: UInt64 in 1...10 {
                let question = QuestionGenerator.generate(skill, difficulty: difficulty, seed: seed)
                for step in question.derivation.steps {
                    guard let result = step.result else { continue }
                    #expect(Diagnoser.diagnoseStep(result, step: step, question: question) == nil)
                    for wrong in [0, 1, result - 1, result + 1, 2 * result] where wrong != result {
                        if let diagnosis = Diagnoser.diagnoseStep(wrong, step: step, question: question) {
                            #expect(diagnosis.message.hasPrefix(NumberFormat.grouped(wrong) + " "), "\(diagnosis.message)")
                            #expect(!diagnosis.message.contains(" 1 channels"), "\(diagnosis.message)")
                        }
                    }
                }
            }
        }
    }
}
