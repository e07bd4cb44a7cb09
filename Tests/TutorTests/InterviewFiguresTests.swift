import ConvMath
import Testing
@testable import Tutor

/// The figures interview questions are built on, checked by hand against the engine and against the
/// derivations the tutor shows.
@Suite("interview figures, checked by hand")
struct InterviewFiguresTests {
    /// A question of `skill` over these Keras lines, asking `target` about the first layer.
    static func question(_ skill: Skill, _ lines: [String], target: QuestionTarget) throws -> Question {
        let source = SourceText(name: "question", text: lines.joined(separator: "\n"))
        let analysis = try ModelReader.read([source], inputShape: nil).analyze()
        let answer = try #require(target.value(in: analysis, focusLayer: 0))
        let derivation = Derivation(target: target, analysis: analysis, focus: 0, answer: answer)
        return Question(skill: skill, difficulty: .interview, seed: 0, sentence: "", ask: "", target: target, kerasCode: lines,
                        pytorchCode: [], pytorchInputShape: nil, answer: answer, analysis: analysis, focusLayer: 0,
                        distractors: [:], derivation: derivation)
    }

    // MARK: - Separable savings

    static let classicSeparable = ["Input(shape=(56, 56, 64))", "SeparableConv2D(128, 3, use_bias=False)"]

    @Test("3×3 from 64 to 128: 73,728 standard weights, 8,768 separable, 64,960 fewer", arguments: [
        (64, 128, 3, false, 73_728, 8_768),
        (64, 128, 3, true, 73_856, 8_896),
        (32, 64, 3, false, 18_432, 2_336),
        (512, 512, 3, false, 2_359_296, 266_752),
        (728, 728, 3, false, 4_769_856, 536_536),
        (16, 32, 5, false, 12_800, 912),
    ])
    func separableTable(_ channels: Int, _ filters: Int, _ kernel: Int, _ bias: Bool, _ standard: Int, _ separable: Int) throws {
        let layer = SeparableConvolution(filters: filters, kernelSize: [kernel, kernel], useBias: bias)
        let comparison = try SeparableComparison(layer, input: TensorShape([20, 20, channels]))
        #expect(comparison.standard == standard && comparison.separable == separable)
        #expect(comparison.saved == standard - separable)
        let lines = ["Input(shape=(20, 20, \(channels)))", "SeparableConv2D(\(filters), \(kernel), use_bias=\(bias ? "True" : "False"))"]
        let saved = try Self.question(.separableSavings, lines, target: .separableSavings)
        #expect(saved.answer == standard - separable)
        #expect(saved.derivation.steps.first { $0.kind == .standardCount }?.result == standard)
        #expect(saved.derivation.steps.first { $0.kind == .total }?.result == separable)
        #expect(saved.derivation.steps.last?.result == saved.answer)
        #expect(try Self.question(.separableSavings, lines, target: .standardCounterpart).answer == standard)
    }

    @Test("the general rule: without biases the separable weights are 1/N + 1/K² of the standard ones")
    func separableRule() throws {
        for (channels, filters, kernel) in [(64, 128, 3), (10, 20, 5), (32, 32, 7), (3, 6, 3)] {
            let layer = SeparableConvolution(filters: filters, kernelSize: [kernel, kernel], useBias: false)
            let comparison = try SeparableComparison(layer, input: TensorShape([16, 16, channels]))
            // separable / standard = 1/N + 1/K², so separable · N · K² = standard · (K² + N).
            #expect(comparison.separable * filters * kernel * kernel == comparison.standard * (kernel * kernel + filters))
        }
        let question = try Self.question(.separableSavings, Self.classicSeparable, target: .separableSavings)
        let last = try #require(question.derivation.steps.last)
        #expect(last.equation == "standard − separable = 73,728 − 8,768 = 64,960 parameters fewer")
        #expect(last.explanation.contains("1/M + 1/(K·K)") && last.explanation.contains("1/128 + 1/9, about 12 in 100"))
        #expect(question.derivation.closingLine == "128·(3·3·64) − (64·(3·3) + 128·(1·1·64)) = 64,960")
    }

    @Test("the numbers learners give instead, for the savings and for the standard count")
    func separableMistakes() throws {
        let saved = try Self.question(.separableSavings, Self.classicSeparable, target: .separableSavings)
        func id(_ value: Int, _ question: Question) -> MisconceptionID? { Diagnoser.diagnose(value, question: question)?.misconception.id }
        #expect(id(8_768, saved) == .answeredSeparableCount)
        #expect(id(73_728, saved) == .answeredStandardCount)
        #expect(id(73_728 - 576, saved) == .forgotPointwise)
        #expect(id(73_728 - 8_192, saved) == .forgotDepthwise)
        #expect(id(73_728 - (576 + 8_192 * 9), saved) == .pointwiseAsFullKernel, "a saving below zero, from 1×1 kernels taken as 3×3")
        #expect(id(73_728 - 8_768 - 128, saved) == .countedMissingBiases)
        let message = try #require(Diagnoser.diagnose(8_768, question: saved)).message
        #expect(message == "8,768 is the separable version's own count: the question asks how many fewer it has: the standard "
            + "count less that. So the separable convolution has 64,960 parameters fewer.")

        let standard = try Self.question(.separableSavings, Self.classicSeparable, target: .standardCounterpart)
        #expect(standard.answer == 73_728)
        #expect(id(8_768, standard) == .answeredSeparableCount)
        #expect(id(128 * 9, standard) == .forgotInputDepth)

        let count = try Self.question(.separableSavings, Self.classicSeparable, target: .modelParameters)
        #expect(count.answer == 8_768)
        #expect(id(576 + 8_192 * 9, count) == .pointwiseAsFullKernel)
        #expect(id(73_728, count) == .separableAsStandard)
    }
}
