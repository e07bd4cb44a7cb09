import ConvMath
import Testing
import Tutor

@Suite("a model read from source, walked a layer a slide")
struct ModelWalkTests {
    static let shared = """
        import torch.nn as nn

        class Refine(nn.Module):
            def __init__(self):
                super().__init__()
                self.conv = nn.Conv2d(8, 8, 3, padding=1)
                self.head = nn.Conv2d(8, 4, 1)

            def forward(self, x):
                x = self.conv(x)
                x = self.conv(x)
                return self.head(x)
        """

    @Test("a convolution called twice has one slide, and the total counts it once, as the engine does")
    func sharedLayer() throws {
        let analysis = try SourceModelReader.read(SourceText(name: "refine.py", text: Self.shared),
                                                  options: .init(inputShape: try ShapeParser.parse("8x16x16")))
        #expect(analysis.parameters.total == 8 * 9 * 8 + 8 + 4 * 8 + 4)
        let items = DemoSequence.model(analysis, code: ["refine.py: Refine()"], named: true)
        #expect(items.count == 3, "conv, head, then the total")
        #expect(items.map(\.place) == ["layer 1 of 2", "layer 2 of 2", "the whole model"])
        let total = try #require(items.last)
        #expect(total.answer == analysis.parameters.total)
        #expect(total.derivation.steps.last?.result == analysis.parameters.total)
        #expect(total.derivation.steps.map(\.title).prefix(2) == ["conv (Conv2d)", "head (Conv2d)"])
    }

    @Test("after Concatenate, the next kernels are as deep as the joined channels, and no step says the shape stays")
    func joinedBranches() throws {
        let source = """
            from tensorflow import keras
            from tensorflow.keras import layers
            inputs = keras.Input(shape=(32, 32, 3))
            a = layers.Conv2D(16, 3, padding="same")(inputs)
            b = layers.Conv2D(8, 1)(inputs)
            x = layers.Concatenate()([a, b])
            outputs = layers.Conv2D(32, 3)(x)
            model = keras.Model(inputs, outputs)
            """
        let analysis = try SourceModelReader.read(SourceText(name: "branches.py", text: source))
        let items = DemoSequence.model(analysis, code: ["branches.py"], named: true)
        let join = try #require(items.first { $0.derivation.layer.type.name == "Concatenate" })
        #expect(!join.derivation.steps.contains { $0.explanation.contains("does not change") })
        #expect(join.derivation.steps.last?.resultText == "32×32×24")
        let total = try #require(items.last)
        let fuse = try #require(total.derivation.steps.first { $0.explanation.contains("32 filters") })
        #expect(fuse.explanation.contains("24 channels"))
        #expect(!fuse.explanation.contains("before it puts out"), "the Conv2D just before it gives only 8 of the 24")
        #expect(total.answer == 448 + 32 + 32 * 9 * 24 + 32)
    }
}
