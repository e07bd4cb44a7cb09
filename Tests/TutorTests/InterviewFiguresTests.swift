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

    // MARK: - A 1×1 bottleneck

    static func inception(reduced: Int = 16) -> [String] {
        ["Input(shape=(28, 28, 192))", "Conv2D(\(reduced), 1)", "Conv2D(32, 5, padding='same')"]
    }

    /// A question about the bottleneck path, focused on the wide convolution.
    static func bottleneck(_ lines: [String], target: QuestionTarget) throws -> Question {
        let source = SourceText(name: "question", text: lines.joined(separator: "\n"))
        let analysis = try ModelReader.read([source], inputShape: nil).analyze()
        let answer = try #require(target.value(in: analysis, focusLayer: 1))
        let derivation = Derivation(target: target, analysis: analysis, focus: 1, answer: answer)
        return Question(skill: .bottleneck, difficulty: .interview, seed: 0, sentence: "", ask: "", target: target, kerasCode: lines,
                        pytorchCode: [], pytorchInputShape: nil, answer: answer, analysis: analysis, focusLayer: 1,
                        distractors: [:], derivation: derivation)
    }

    @Test("Inception's 5×5 over 28×28×192: 120,422,400 MACs directly, 12,443,648 with a 16-channel 1×1 first", arguments: [
        // channels, reduced, filters, kernel, direct MACs, path MACs, path parameters
        (192, 16, 32, 5, 120_422_400, 12_443_648, 15_920),
        (192, 96, 128, 3, 173_408_256, 101_154_816, 129_248),
        (256, 64, 64, 3, 115_605_504, 41_746_432, 53_376),
    ])
    func bottleneckTable(_ channels: Int, _ reduced: Int, _ filters: Int, _ kernel: Int, _ direct: Int, _ path: Int,
                         _ parameters: Int) throws {
        let lines = ["Input(shape=(28, 28, \(channels)))", "Conv2D(\(reduced), 1)", "Conv2D(\(filters), \(kernel), padding='same')"]
        #expect(try Self.bottleneck(lines, target: .directMultiplyAccumulates).answer == direct)
        #expect(try Self.bottleneck(lines, target: .modelMultiplyAccumulates).answer == path)
        #expect(try Self.bottleneck(lines, target: .modelParameters).answer == parameters)
        let saved = try Self.bottleneck(lines, target: .bottleneckSavings)
        #expect(saved.answer == direct - path)
        #expect(saved.derivation.steps.first?.result == direct)
        #expect(saved.derivation.steps.first { $0.kind == .pathCost }?.result == path)
    }

    @Test("the Inception figures by hand, and the numbers learners give instead")
    func bottleneckMistakes() throws {
        // 28·28 positions; 16 filters of 1×1×192, then 32 filters of 5×5×16.
        let reduction = 28 * 28 * 16 * 192, wide = 28 * 28 * 32 * (5 * 5 * 16), direct = 28 * 28 * 32 * (5 * 5 * 192)
        #expect(reduction == 2_408_448 && wide == 10_035_200 && direct == 120_422_400)
        #expect(reduction + wide == 12_443_648)
        func id(_ value: Int, _ question: Question) -> MisconceptionID? { Diagnoser.diagnose(value, question: question)?.misconception.id }
        let path = try Self.bottleneck(Self.inception(), target: .modelMultiplyAccumulates)
        #expect(id(wide, path) == .forgotReductionCost)
        #expect(id(direct, path) == .answeredDirectCost)
        #expect(id(reduction + direct, path) == .usedModelInputDepth)
        #expect(id(2 * (reduction + wide), path) == .flopsNotMACs)
        #expect(id(3_088 + 12_832, path) == .answeredParameters)
        let saved = try Self.bottleneck(Self.inception(), target: .bottleneckSavings)
        #expect(saved.answer == 107_978_752)
        #expect(id(12_443_648, saved) == .answeredPathCost)
        #expect(id(120_422_400, saved) == .answeredDirectCost)
        #expect(id(120_422_400 - 10_035_200, saved) == .forgotReductionCost)
        #expect(saved.derivation.closingLine
            == "28·28·32·(5·5·192) − (28·28·16·(1·1·192) + 28·28·32·(5·5·16)) = 107,978,752")
        let message = try #require(Diagnoser.diagnose(12_443_648, question: saved)).message
        #expect(message.hasSuffix("So the reduction saves 107,978,752 MACs."), "\(message)")
    }

    // MARK: - FLOPs

    @Test("FLOPs are two per MAC, with the bias additions when the question counts them", arguments: [
        // layer, input, MACs, FLOPs without the bias additions, with them
        ("Conv2D(10, 3)", "(24, 24, 3)", 130_680, 261_360, 266_200),
        ("Conv2D(96, 11, strides=4)", "(227, 227, 3)", 105_415_200, 210_830_400, 211_120_800),
        ("Conv2D(64, 3, padding='same', use_bias=False)", "(56, 56, 64)", 115_605_504, 231_211_008, 231_211_008),
    ])
    func flopsTable(_ layer: String, _ input: String, _ macs: Int, _ without: Int, _ with: Int) throws {
        let lines = ["Input(shape=\(input))", layer]
        #expect(try Self.question(.flops, lines, target: .layerMultiplyAccumulates).answer == macs)
        let plain = try Self.question(.flops, lines, target: .layerFLOPs(biasAdditions: false))
        let biased = try Self.question(.flops, lines, target: .layerFLOPs(biasAdditions: true))
        #expect(plain.answer == without && biased.answer == with)
        #expect(plain.derivation.steps.last?.result == without && biased.derivation.steps.last?.result == with)
        #expect(plain.derivation.steps.first { $0.kind == .multiplyAccumulates }?.result == macs)
        #expect(Diagnoser.diagnose(macs, question: plain)?.misconception.id == .answeredMACsForFLOPs)
        if with != without {
            #expect(Diagnoser.diagnose(with, question: plain)?.misconception.id == .otherBiasConvention)
            #expect(Diagnoser.diagnose(without, question: biased)?.misconception.id == .otherBiasConvention)
            #expect(biased.derivation.closingLine.hasSuffix(" + \(NumberFormat.grouped(with - without)) = \(NumberFormat.grouped(with))"),
                    "\(biased.derivation.closingLine)")
        }
    }
}
