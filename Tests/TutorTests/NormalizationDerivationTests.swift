import ConvMath
import Testing
import TestSupport
@testable import Tutor

/// LayerNorm, GroupNorm, Embedding and Keras' normalizations derive step by step from the sizes the
/// engine resolved, and arrive at the count the engine gives.
@Suite("normalizations and embeddings derive their count")
struct NormalizationDerivationTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var layer: String
        var input: String?
        /// Counted by hand from the framework's source.
        var count: Int
        var testDescription: String { layer }
    }

    static let torchCases: [Case] = [
        Case(layer: "nn.LayerNorm(64)", input: "10x64", count: 2 * 64),
        Case(layer: "nn.LayerNorm([12, 6, 6])", input: "12x6x6", count: 2 * 12 * 6 * 6),
        Case(layer: "nn.LayerNorm(6, bias=False)", input: "12x6x6", count: 6),
        Case(layer: "nn.LayerNorm(6, elementwise_affine=False)", input: "12x6x6", count: 0),
        Case(layer: "nn.GroupNorm(4, 16)", input: "16x8", count: 2 * 16),
        Case(layer: "nn.GroupNorm(4, 16, affine=False)", input: "16x8", count: 0),
        Case(layer: "nn.Embedding(1000, 64)", input: "10", count: 1000 * 64),
        Case(layer: "nn.InstanceNorm2d(16, affine=True)", input: "16x8x8", count: 2 * 16),
        Case(layer: "nn.InstanceNorm1d(16, affine=True, track_running_stats=True)", input: "16x8", count: 2 * 16),
    ]

    /// On an input of 8×8×12, channels last.
    static let kerasCases: [Case] = [
        Case(layer: "layers.LayerNormalization()", input: nil, count: 2 * 12),
        Case(layer: "layers.LayerNormalization(axis=[1, 2, 3], center=False)", input: nil, count: 8 * 8 * 12),
        Case(layer: "layers.LayerNormalization(scale=False)", input: nil, count: 12),
        Case(layer: "layers.GroupNormalization(4)", input: nil, count: 2 * 12),
        Case(layer: "layers.GroupNormalization(3, center=False, scale=False)", input: nil, count: 0),
        Case(layer: "layers.Normalization()", input: nil, count: 2 * 12 + 1),
        Case(layer: "layers.Normalization(axis=None)", input: nil, count: 2 + 1),
        Case(layer: "layers.Normalization(axis=(-1, 1))", input: nil, count: 2 * 8 * 12 + 1),
        Case(layer: "layers.Normalization(mean=0.0, variance=1.0)", input: nil, count: 0),
    ]

    static func read(_ c: Case) throws -> ModelAnalysis {
        if let input = c.input {
            let text = "import torch.nn as nn\nmodel = nn.Sequential(\(c.layer))\n"
            return try SourceModelReader.read(SourceText(name: "model.py", text: text), options: .init(inputShape: try ShapeParser.parse(input)))
        }
        let text = "import keras\nfrom keras import layers\nmodel = keras.Sequential([keras.Input((8, 8, 12)), \(c.layer)])\n"
        return try SourceModelReader.read(SourceText(name: "model.py", text: text))
    }

    @Test("the count's last step, the answer and the closing line are the engine's count, and every shown sum is right",
          arguments: torchCases + kerasCases)
    func derivesTheCount(_ c: Case) throws {
        let analysis = try Self.read(c)
        let layer = try #require(analysis.layers.last)
        #expect(layer.result.held != nil)
        #expect(layer.result.parameters.total == c.count)
        #expect(DerivationRefusal.reason(analysis, rows: Array(analysis.layers.indices)) == nil)
        let derivation = Derivation(layer: layer.spec, inputShape: layer.inputShape, analysis: layer.result)
        let counted = try #require(derivation.steps.last { $0.result != nil && $0.kind != .outputShape })
        #expect([DerivationStep.Kind.total, .noWeights].contains(counted.kind))
        #expect(counted.result == c.count, "\(derivation.steps.map(\.equation))")
        #expect(derivation.answer == c.count)
        #expect(derivation.closing.result == c.count, "\(derivation.closingLine)")
        #expect(derivation.steps.last?.kind == .outputShape)
        #expect(derivation.steps.last?.resultText == layer.result.outputShape.timesDescription)
        for step in derivation.steps {
            guard let result = step.result else { continue }
            #expect(ShownArithmetic.value(step.substitution) == result, "\(step.title): \(step.equation)")
        }
        #expect(ShownArithmetic.value(derivation.closing.numbers) == c.count, "\(derivation.closingLine)")
    }

    @Test("the summary's formula is the derivation's closing arithmetic")
    func formulaMatchesClosing() throws {
        for c in Self.torchCases + Self.kerasCases where c.count > 0 {
            let layer = try #require(try Self.read(c).layers.last)
            let derivation = Derivation(layer: layer.spec, inputShape: layer.inputShape, analysis: layer.result)
            #expect(layer.result.formula.rendered(.pretty) == derivation.closing.numbers.replacingOccurrences(of: " ", with: "")
                        .replacingOccurrences(of: ",", with: ""), "\(c.layer)")
        }
    }

    @Test("GroupNorm counts per channel and names per group as the mistake")
    func groupNormNamesTheMistake() throws {
        let layer = try #require(try Self.read(Self.torchCases[4]).layers.last)
        let derivation = Derivation(layer: layer.spec, inputShape: layer.inputShape, analysis: layer.result)
        let learned = try #require(derivation.steps.first { $0.kind == .learned })
        #expect(learned.result == 32)
        #expect(learned.formula == "2·C")
        #expect(learned.explanation.contains("2·G = 2·4 = 8"))
        #expect(learned.explanation.contains("not the count"))
    }

    @Test("an Embedding is a table of N·d, and its output adds an axis of d")
    func embedding() throws {
        let layer = try #require(try Self.read(Self.torchCases[6]).layers.last)
        let derivation = Derivation(layer: layer.spec, inputShape: layer.inputShape, analysis: layer.result)
        #expect(derivation.steps.contains { $0.equation == "N·d = 1,000·64 = 64,000" })
        #expect(derivation.steps.last?.substitution == "(10, 64)")
        #expect(derivation.closingLine == "1,000·64 = 64,000")
    }

    @Test("the flags are named in the framework's words, and the tensors kept are the ones the flags leave")
    func flags() throws {
        let expectations: [(Case, String, [String])] = [
            (Self.torchCases[2], "bias=False", ["weight"]),
            (Self.torchCases[3], "elementwise_affine=False", []),
            (Self.torchCases[5], "affine=False", []),
            (Self.kerasCases[1], "center=False", ["gamma"]),
            (Self.kerasCases[2], "scale=False", ["beta"]),
        ]
        for (c, words, tensors) in expectations {
            let layer = try #require(try Self.read(c).layers.last)
            #expect(layer.result.weights.map(\.name) == tensors, "\(c.layer)")
            let derivation = Derivation(layer: layer.spec, inputShape: layer.inputShape, analysis: layer.result)
            #expect(derivation.steps.contains { $0.explanation.contains(words) }, "\(c.layer)")
        }
    }

    static let model = NormalizationModel.source

    @Test("a model with them walks a slide per layer, each arriving at its count, then the sum")
    func modelWalk() throws {
        let analysis = try SourceModelReader.read(SourceText(name: "net.py", text: Self.model),
                                                  options: .init(inputShape: try ShapeParser.parse("10")))
        #expect(analysis.parameters.total == 64_000 + 128 + (16 * 3 * 10 + 16) + 32)
        #expect(DerivationRefusal.reason(analysis, rows: Array(analysis.layers.indices)) == nil)
        let items = DemoSequence.model(analysis, code: ["net.py: Net()"], named: true)
        #expect(items.map(\.place) == ["layer 1 of 4", "layer 2 of 4", "layer 3 of 4", "layer 4 of 4", "the whole model"])
        for (item, layer) in zip(items, analysis.layers) {
            #expect(item.answer == layer.result.parameters.total)
            #expect(item.derivation.closing.result == layer.result.parameters.total)
        }
        #expect(items[0].givens.contains(DemoGiven(label: "table", value: "1000 × 64")))
        #expect(items[3].givens.contains(DemoGiven(label: "groups", value: "4")))
        let total = try #require(items.last)
        #expect(total.answer == analysis.parameters.total)
        #expect(total.derivation.steps.last?.result == analysis.parameters.total)
        #expect(total.derivation.steps.filter { $0.kind == .layerTotal }.map(\.result) == [64_000, 128, 496, 32])
        let conv = try #require(total.derivation.steps.first { $0.title == "conv (Conv1d)" })
        #expect(!conv.explanation.contains("model's input"), "the model's input is indices; its 10 are not channels")
    }

    @Test("Keras' Normalization keeps its axes in increasing order, as Keras builds mean and variance")
    func normalizationAxesInOrder() throws {
        let layer = try #require(try Self.read(Self.kerasCases[7]).layers.last)
        #expect(layer.result.weights.map(\.shape) == [[8, 12], [8, 12], []])
        #expect(layer.result.held == .adaptedStatistics(sizes: [8, 12]))
    }

    @Test("LayerNormalization over no axis is an error at its argument, not a derivation of nothing")
    func layerNormalizationWithoutAxis() {
        let text = "import keras\nfrom keras import layers\nmodel = keras.Sequential([keras.Input((8, 8, 12)), layers.LayerNormalization(axis=[])])\n"
        #expect(throws: ModelError.self) { try SourceModelReader.read(SourceText(name: "model.py", text: text)) }
    }

    @Test("a layer with weights that nothing describes is still refused, not derived as if it had none")
    func undescribedWeightsRefused() throws {
        var analysis = try SourceModelReader.read(SourceText(name: "net.py", text: Self.model),
                                                  options: .init(inputShape: try ShapeParser.parse("10")))
        let norm = try #require(analysis.layers.firstIndex { $0.path == "norm" })
        analysis.layers[norm].result.held = nil
        let reason = try #require(DerivationRefusal.reason(analysis, rows: Array(analysis.layers.indices)))
        #expect(reason.message.contains("LayerNorm") && reason.message.contains("'norm'"))
        #expect(DerivationRefusal.reason(analysis, rows: [norm + 1]) == nil, "the layers around it still derive")
    }

    @Test("Keras' Normalization is non-trainable in a model's split, and the whole-model derivation agrees")
    func kerasSplit() throws {
        let text = """
            import keras
            from keras import layers
            model = keras.Sequential([keras.Input((8, 8, 12)), layers.Normalization(), layers.LayerNormalization()])
            """
        let analysis = try SourceModelReader.read(SourceText(name: "model.py", text: text))
        #expect(analysis.parameters == ParameterCount(trainable: 24, nonTrainable: 25))
        let focus = analysis.layers.count - 1
        let trainable = Derivation(target: .modelTrainable, analysis: analysis, focus: focus, answer: -1)
        let nonTrainable = Derivation(target: .modelNonTrainable, analysis: analysis, focus: focus, answer: -1)
        let total = Derivation(target: .modelParameters, analysis: analysis, focus: focus, answer: -1)
        #expect(trainable.answer == 24)
        #expect(nonTrainable.answer == 25)
        #expect(total.answer == 49)
    }
}
