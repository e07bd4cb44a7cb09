import Testing
import ConvMath

/// Layers real files use that hold no weights but change or keep the shape, each as its framework
/// defines it; InstanceNorm with its optional weights counts them, a weight and a bias per channel.
@Suite("weightless layers real model files use")
struct WeightlessLayerTests {
    @Test("Keras: Rescaling keeps the shape, Cropping removes what it is told on each side")
    func keras() throws {
        let text = """
            import keras
            from keras import layers
            inputs = keras.Input((32, 32, 3))
            x = layers.Rescaling(1.0 / 255)(inputs)
            x = layers.Cropping2D(((1, 2), (0, 3)))(x)
            x = layers.Conv2D(8, 3, padding="same")(x)
            y = layers.Cropping2D(2)(x)
            model = keras.Model(inputs, layers.Flatten()(y))
            """
        let analysis = try readSource(text)
        #expect(analysis.layers.map(\.result.outputShape.description)
                == ["(32, 32, 3)", "(29, 29, 3)", "(29, 29, 8)", "(25, 25, 8)", "(5000,)"])
        // The one convolution: 8·(3·3·3) + 8 = 224.
        #expect(analysis.parameters.total == 224)
        let oneD = "import keras\nfrom keras import layers\nmodel = keras.Sequential([keras.Input((10, 4)), layers.Cropping1D((1, 2))])\n"
        #expect(try readSource(oneD).outputShape.description == "(7, 4)")
        let tooMuch = "import keras\nfrom keras import layers\nmodel = keras.Sequential([keras.Input((4, 4, 1)), layers.Cropping2D(2)])\n"
        #expect(readError(tooMuch)?.message.contains("empty") == true)
    }

    @Test("PyTorch: PixelShuffle moves channels into space and back, Unflatten splits an axis")
    func pytorch() throws {
        let text = """
            import torch.nn as nn
            model = nn.Sequential(
                nn.Conv2d(3, 12, 3, padding=1),
                nn.PixelShuffle(2),
                nn.PixelUnshuffle(4),
                nn.Flatten(),
                nn.Unflatten(1, (6, -1)),
            )
            """
        let analysis = try readSource(text, input: "3x8x8")
        // (12, 8, 8) → (3, 16, 16) → (48, 4, 4) → 768 → (6, 128).
        #expect(analysis.layers.map(\.result.outputShape.description)
                == ["(12, 8, 8)", "(3, 16, 16)", "(48, 4, 4)", "(768,)", "(6, 128)"])
        #expect(analysis.parameters.total == 12 * 27 + 12)
        #expect(readError("import torch.nn as nn\nmodel = nn.Sequential(nn.PixelShuffle(2))\n", input: "6x4x4")?
            .message.contains("do not divide") == true)
    }

    @Test("InstanceNorm2d has no weights by default (affine=False); with affine=True a weight and a bias per channel")
    func instanceNorm() throws {
        let plain = "import torch.nn as nn\nmodel = nn.Sequential(nn.Conv2d(3, 4, 1), nn.InstanceNorm2d(4))\n"
        #expect(try readSource(plain, input: "3x8x8").parameters.total == 16)
        let affine = "import torch.nn as nn\nmodel = nn.Sequential(nn.Conv2d(3, 4, 1), nn.InstanceNorm2d(4, affine=True))\n"
        let analysis = try readSource(affine, input: "3x8x8")
        #expect(analysis.parameters.total == 16 + 2 * 4)
        #expect(analysis.layers.last?.result.weights.map(\.name) == ["weight", "bias"])
        let mismatch = affine.replacingOccurrences(of: "InstanceNorm2d(4,", with: "InstanceNorm2d(5,")
        #expect(readError(mismatch, input: "3x8x8")?.message.contains("num_features is 5") == true)
        let unknown = "import torch.nn as nn\nimport os\nmodel = nn.Sequential(nn.InstanceNorm2d(4, affine=os.environ['A']))\n"
        #expect(readError(unknown, input: "4x8x8") != nil)
    }

    @Test("input_shape= on a first layer the catalog does not hold gives a Sequential its input, as in Keras 2 code")
    func inputShapeOnFirstLayer() throws {
        func total(_ first: String) throws -> Int {
            let text = "from tensorflow import keras\nfrom tensorflow.keras import layers\n"
                + "model = keras.Sequential([\(first), layers.Conv2D(4, 3), layers.Flatten(), layers.Dense(2)])\n"
            return try readSource(text).parameters.total
        }
        // 4·(3·3·1)+4, then 2·(26·26·4)+2 or 2·(28·28·4)+2 after padding by 1
        #expect(try total("layers.Reshape((28, 28, 1), input_shape=(784,))") == 40 + 2 * 2_704 + 2)
        #expect(try total("layers.ZeroPadding2D(1, input_shape=(28, 28, 1))") == 40 + 2 * 3_136 + 2)
        #expect(try total("layers.LayerNormalization(input_shape=(28, 28, 1))") == 2 + 40 + 2 * 2_704 + 2)
        let open = "from tensorflow import keras\nfrom tensorflow.keras import layers\n"
            + "model = keras.Sequential([layers.Reshape((28, 28, 1), input_shape=(None,)), layers.Flatten(), layers.Dense(2)])\n"
        #expect(readError(open)?.message.contains("input shape is missing") == true)
    }
}
