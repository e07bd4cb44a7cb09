import Testing
import ConvMath

/// Normalization layers with weights and nn.Embedding, counted as the frameworks' source builds them.
@Suite("normalization layers and embeddings count as their frameworks build them")
struct NormalizationLayerTests {
    func torch(_ layer: String, input: String) throws -> ModelAnalysis {
        try readSource("import torch.nn as nn\nmodel = nn.Sequential(\(layer))\n", input: input)
    }

    func keras(_ layer: String) throws -> ModelAnalysis {
        try readSource("import keras\nfrom keras import layers\nmodel = keras.Sequential([keras.Input((8, 8, 12)), \(layer)])\n")
    }

    @Test("nn.LayerNorm: a weight and a bias the size of normalized_shape, unless switched off")
    func layerNorm() throws {
        #expect(try torch("nn.LayerNorm([12, 8, 8])", input: "12x8x8").parameters.total == 2 * 768)
        #expect(try torch("nn.LayerNorm(8)", input: "12x8x8").parameters.total == 16)
        #expect(try torch("nn.LayerNorm(8, bias=False)", input: "12x8x8").parameters.total == 8)
        #expect(try torch("nn.LayerNorm(8, elementwise_affine=False)", input: "12x8x8").parameters.total == 0)
        #expect(readError("import torch.nn as nn\nmodel = nn.Sequential(nn.LayerNorm(7))\n", input: "12x8x8") != nil)
    }

    @Test("nn.GroupNorm: two per channel with affine, none without; the groups must divide the channels")
    func groupNorm() throws {
        #expect(try torch("nn.GroupNorm(4, 12)", input: "12x8x8").parameters.total == 24)
        #expect(try torch("nn.GroupNorm(4, 12, affine=False)", input: "12x8x8").parameters.total == 0)
        #expect(readError("import torch.nn as nn\nmodel = nn.Sequential(nn.GroupNorm(5, 12))\n", input: "12x8x8") != nil)
        #expect(readError("import torch.nn as nn\nmodel = nn.Sequential(nn.GroupNorm(4, 16))\n", input: "12x8x8") != nil)
    }

    @Test("nn.Embedding: a vector per index, applied to a sequence of indices")
    func embedding() throws {
        let analysis = try torch("nn.Embedding(1000, 64), nn.Flatten(), nn.Linear(16 * 64, 2)", input: "16")
        #expect(analysis.layers[0].result.outputShape == TensorShape([16, 64]))
        #expect(analysis.parameters.total == 64_000 + 2_050)
    }

    @Test("Keras: LayerNormalization and GroupNormalization learn gamma and beta; Normalization keeps a non-trainable mean, variance and count")
    func kerasLayers() throws {
        #expect(try keras("layers.LayerNormalization()").parameters.trainable == 24)
        #expect(try keras("layers.LayerNormalization(axis=[1, 2, 3])").parameters.trainable == 1_536)
        #expect(try keras("layers.LayerNormalization(center=False)").parameters.trainable == 12)
        #expect(try keras("layers.GroupNormalization(4)").parameters.trainable == 24)
        #expect(readError("import keras\nfrom keras import layers\nmodel = keras.Sequential([keras.Input((8, 8, 12)), layers.GroupNormalization(5)])\n") != nil)
        let normalization = try keras("layers.Normalization()")
        #expect(normalization.parameters == ParameterCount(trainable: 0, nonTrainable: 25))
        #expect(try keras("layers.Normalization(axis=None)").parameters.nonTrainable == 3)
        #expect(try keras("layers.Normalization(mean=0.0, variance=1.0)").parameters.total == 0)
    }

    @Test("an unknown flag that would change the count is an error, not a guess")
    func unknownFlag() {
        let text = "import torch.nn as nn\nimport os\nmodel = nn.Sequential(nn.LayerNorm(8, elementwise_affine=os.environ['A']))\n"
        #expect(readError(text, input: "12x8x8") != nil)
    }
}
