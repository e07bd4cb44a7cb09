import ConvMath
import Foundation
import Testing
@testable import Tutor

/// The famous networks shipped as model code, read by the engine, and the questions asked about
/// their layers.
@Suite("famous networks and their layers")
struct FamousLayersTests {
    @Test("each network read by the engine gives its published total", arguments: [
        (FamousNetwork.alexNet, 61_100_840), (.vgg16, 138_357_544), (.resNet50, 25_557_032), (.mobileNetV2, 3_504_872),
    ])
    func publishedTotals(_ network: FamousNetwork, _ total: Int) throws {
        let analysis = try network.read()
        #expect(analysis.parameters.total == total)
        #expect(analysis.parameters.nonTrainable == 0)
        #expect(analysis.outputShape == TensorShape([1000]))
        #expect(network.analysis == analysis, "the cached reading is the same reading")
    }

    @Test("every layer's call, written back as Python and read alone on its input, counts as it does in the network",
          arguments: FamousNetwork.allCases)
    func callsReadBack(_ network: FamousNetwork) throws {
        let analysis = try #require(network.analysis)
        var checked = 0
        for row in analysis.layers where !row.sharedCall {
            let text = try #require(row.spec.call?.pythonText(row.spec.type), "\(row.path ?? "")")
            #expect(text.hasPrefix("nn."), "\(text)")
            let alone = try ModelReader.read([SourceText(name: "layer", text: text)], inputShape: row.inputShape).analyze()
            #expect(alone.parameters == row.result.parameters, "\(row.path ?? ""): \(text)")
            #expect(alone.outputShape == row.result.outputShape, "\(row.path ?? ""): \(text)")
            checked += 1
        }
        #expect(checked > 10)
    }

    @Test("the layers the lesson names, counted from the networks")
    func namedLayers() throws {
        let conv1 = try #require(FamousModule(.alexNet, path: "features.0"))
        #expect(conv1.code == ["nn.Conv2d(3, 64, kernel_size=11, stride=4, padding=2)  # features.0"])
        #expect(conv1.analysis.parameters.total == 23_296)
        #expect(conv1.rows[0].result.outputShape == TensorShape([64, 55, 55]))
        #expect(QuestionTarget.unsharedParameters.value(in: conv1.analysis, focusLayer: 0) == 70_470_400)
        #expect(FamousModule(.vgg16, path: "classifier.0")?.analysis.parameters.total == 102_764_544)
        let shortcut = try #require(FamousModule(.resNet50, path: "layer3.0.downsample.0"))
        #expect(shortcut.code == ["nn.Conv2d(512, 1024, kernel_size=1, stride=2, bias=False)  # layer3.0.downsample.0"])
        #expect(shortcut.analysis.parameters.total == 524_288)
        let context = try #require(FamousLayerContext(shortcut.analysis, focus: 0))
        #expect(context.listedBefore?.path == "layer3.0.conv3" && context.listedBefore?.channels == 1024)
        #expect(context.normalization?.path == "layer3.0.downsample.1" && context.normalization?.parameters == 2_048)
        let block = try #require(FamousModule(.mobileNetV2, path: "features.1"))
        #expect(block.analysis.parameters.total == 288 + 64 + 512 + 32)
        #expect(block.code.first == "nn.Conv2d(32, 32, kernel_size=3, stride=1, padding=1, groups=32, bias=False)  # features.1.conv.0.0")
        #expect(FamousModule(.resNet50, path: "layer3.0") == nil, "a block with a layer on its shortcut is not one chain")
        #expect(FamousModule(.resNet50, path: "layer3.1")?.analysis.parameters.total == 1_117_184)
    }

    @Test("a context is found only for the network's own row, same call and same input")
    func contextOnlyForOwnRow() throws {
        let module = try #require(FamousModule(.resNet50, path: "layer2.0.conv2"))
        #expect(FamousLayerContext(module.analysis, focus: 0) != nil)
        var moved = module.analysis
        moved.layers[0].inputShape = TensorShape([128, 30, 30])
        #expect(FamousLayerContext(moved, focus: 0) == nil)
        var renamed = module.analysis
        renamed.modelName = "resnet50()"
        #expect(FamousLayerContext(renamed, focus: 0) == nil)
    }

    @Test("every question's answer is the engine's count of its module in the network", arguments: Difficulty.allCases)
    func answersFromNetworks(_ difficulty: Difficulty) throws {
        for seed in UInt64(1)...40 {
            let question = QuestionGenerator.generate(.famousLayers, difficulty: difficulty, seed: seed)
            let network = try #require(FamousNetwork.named(question.analysis.modelName), "seed \(seed)")
            let whole = try #require(network.analysis)
            let first = try #require(question.analysis.layers.first?.path)
            let asked = question.target == .modelParameters ? String(first.split(separator: ".").prefix(2).joined(separator: "."))
                : first
            let module = try #require(whole.module(asked), "\(asked)")
            let expected = question.target == .unsharedParameters
                ? WeightSharing.unsharedParameters(module.layers[0], layout: .channelsFirst) : module.parameters.total
            #expect(question.answer == expected, "seed \(seed): \(asked)")
            #expect(question.derivation.steps.last?.result == question.answer)
            #expect(question.pytorchCode.count == module.layers.count + 1)
            switch difficulty {
            case .mental: #expect([FamousNetwork.alexNet, .vgg16].contains(network) && question.target == .layerParameters)
            case .typical: #expect(question.target == .layerParameters)
            case .interview: #expect([.unsharedParameters, .modelParameters].contains(question.target))
            }
        }
    }

    /// The question the generator makes for one module, found among the seeds.
    static func question(_ difficulty: Difficulty, where matches: (Question) -> Bool) throws -> Question {
        let found = (UInt64(1)...400).lazy.map { QuestionGenerator.generate(.famousLayers, difficulty: difficulty, seed: $0) }
            .first(where: matches)
        return try #require(found)
    }

    @Test("the mistakes of reading a network: the depth of the layer listed before, the batch norm after, bias=False")
    func networkMistakes() throws {
        let shortcut = try Self.question(.typical) { $0.analysis.layers[0].path?.hasSuffix("downsample.0") == true }
        // The layer listed before a shortcut puts out as many channels as the shortcut has filters, so
        // the number is read as either mistake.
        let output = shortcut.analysis.layers[0].result.outputShape.dimensions[0]
        let diagnosis = try #require(Diagnoser.diagnose(output * output, question: shortcut, spelling: .pytorch))
        #expect(diagnosis.misconceptions.map(\.id).contains(.depthFromListedLayer))
        #expect(diagnosis.explanation.contains(".conv3"))
        #expect(shortcut.distractors[.countedFollowingBatchNorm] == shortcut.answer + 2 * shortcut.analysis.layers[0].result.outputShape.dimensions[0])
        #expect(shortcut.distractors[.countedMissingBiases] == shortcut.answer + shortcut.analysis.layers[0].result.outputShape.dimensions[0])
        let hidden = try Self.question(.mental) { $0.analysis.layers[0].inputShape.dimensions[0] != 3 }
        #expect(hidden.distractors[.imageDepthInNetwork] != nil)
    }

    @Test("the sharing argument: AlexNet's conv1 without sharing, step by step from the engine's output size")
    func sharingArgument() throws {
        let question = try Self.question(.interview) {
            $0.target == .unsharedParameters && $0.analysis.modelName == "AlexNet"
        }
        #expect(question.answer == 70_470_400)
        let steps = question.derivation.steps
        #expect(steps.map(\.kind) == [.outputPositions, .outputValues, .perOutputValue, .unshared])
        #expect(steps.map(\.result) == [3_025, 193_600, 364, 70_470_400])
        #expect(question.derivation.closingLine == "55·55·64·(11·11·3 + 1) = 70,470,400")
        #expect(question.distractors[.answeredSharedCount] == 23_296)
        #expect(question.distractors[.unsharedWithoutBiases] == 193_600 * 363)
        let diagnosis = try #require(Diagnoser.diagnose(23_296, question: question, spelling: .pytorch))
        #expect(diagnosis.misconception.id == .answeredSharedCount)
    }

    @Test("the lesson's worked examples are the networks' own modules: layers that count and shape the same, on the same inputs")
    func lessonExamplesAreTheNetworks() throws {
        let file = ModuleBoundaryTests.root.appendingPathComponent("Lessons/26-famous-layers.md")
        let lesson = try #require(LessonParser.parse(try String(contentsOf: file, encoding: .utf8), file: "26").lesson)
        let checks = lesson.blocks.compactMap { block -> LessonCheck? in if case .check(let check) = block { check } else { nil } }
        let modules: [String: (FamousNetwork, String)] = [
            "alex": (.alexNet, "features.0"), "vgg": (.vgg16, "classifier.0"),
            "shortcut": (.resNet50, "layer3.0.downsample"), "block": (.mobileNetV2, "features.1"),
        ]
        var compared = 0
        for check in checks {
            guard let name = check.name, let (network, path) = modules[name] else { continue }
            let module = try #require(FamousModule(network, path: path), "\(name)")
            // The lesson may spell a call shorter (defaults left out) to fit its page; read alone, its
            // layers must be the module's, layer for layer.
            let sources = check.layers.enumerated().map { SourceText(name: "layer \($0.offset + 1)", text: $0.element) }
            let lessonLayers = try ModelReader.read(sources, inputShape: try ShapeParser.parse(check.input)).analyze().layers
            #expect(lessonLayers.map(\.result) == module.analysis.layers.map(\.result), "\(name)")
            #expect(lessonLayers.map(\.inputShape) == module.analysis.layers.map(\.inputShape), "\(name)")
            #expect(try ShapeParser.parse(check.input) == module.inputShape, "\(name)")
            #expect(check.stated(.params) == module.analysis.parameters.total, "\(name)")
            compared += 1
        }
        #expect(compared == modules.count)
    }
}
