import Testing
import ConvMath

@Suite("pasted model code reads as people write it")
struct SourceToleranceTests {
    @Test("Keras Sequential code with model.add, comments, Input and blank lines")
    func kerasSequential() throws {
        let text = """
            import tensorflow as tf
            from tensorflow import keras
            model = tf.keras.Sequential()
            model.add(tf.keras.layers.Input(shape=(24, 24, 3)))   # one RGB image
            model.add(tf.keras.layers.Conv2D(10, kernel_size=3, use_bias=True))

            model.add(tf.keras.layers.Flatten())
            model.add(tf.keras.layers.Dense(num_classes if False else 10))
            model.summary()
            """
        // `num_classes if False else 10` is not something we evaluate: expect a clear error instead.
        #expect(throws: ModelError.self) { try analyzeFile(text) }
        let fixed = text.replacingOccurrences("num_classes if False else 10", "10")
        let model = try analyzeFile(fixed)
        #expect(model.inputShape == TensorShape([24, 24, 3]))
        #expect(model.parameters.total == 48_690)
    }

    @Test("keras.Sequential([...]) with a list of layers over several lines and trailing commas")
    func kerasList() throws {
        let text = """
            model = keras.Sequential([
                keras.Input(shape=(28, 28, 1)),
                layers.Conv2D(32, kernel_size=(3, 3), activation="relu"),
                layers.MaxPooling2D(pool_size=(2, 2)),
                layers.Flatten(),
                layers.Dropout(0.5),
                layers.Dense(10, activation="softmax"),
            ])
            """
        let model = try analyzeFile(text)
        #expect(model.parameters.total == 320 + 13 * 13 * 32 * 10 + 10)
    }

    @Test("the functional API: x = layers.Conv2D(...)(x)")
    func functional() throws {
        let text = """
            inputs = keras.Input(shape=(24, 24, 3))
            x = layers.Conv2D(10, 3)(inputs)
            x = layers.Flatten()(x)
            outputs = layers.Dense(10)(x)
            model = keras.Model(inputs, outputs)
            """
        #expect(try analyzeFile(text).parameters.total == 48_690)
    }

    @Test("nn.Sequential( ... ) lines with trailing commas and comments")
    func pytorchSequential() throws {
        let text = """
            # a small CNN
            nn.Sequential(
                nn.Conv2d(3, 10, kernel_size=3),  # 280
                nn.ReLU(),
                nn.Flatten(),
                nn.Linear(10 * 22 * 22, 10),
            )
            """
        let model = try analyzeFile(text, input: "(3, 24, 24)")
        #expect(model.parameters.total == 48_690)
    }

    @Test("Keras 2 style input_shape on the first layer sets the input")
    func inputShapeArgument() throws {
        let model = try analyzeFile("Conv2D(10, (3, 3), input_shape=(24, 24, 3))\nFlatten()\nDense(10)")
        #expect(model.parameters.total == 48_690)
        let dense = try analyzeFile("Dense(64, input_dim=784)")
        #expect(dense.parameters.total == 784 * 64 + 64)
    }

    @Test("a stray closing bracket or a lone nn.Sequential( line is tolerated")
    func strayBrackets() throws {
        let text = """
                nn.Conv2d(3, 10, 3),
                nn.Flatten(),
            )
            """
        #expect(try analyzeFile(text, input: "3x24x24").parameters.total == 280)
    }

    @Test("input shapes in every spelling", arguments: ["24x24x3", "24×24×3", "(24, 24, 3)", "[24,24,3]", "24, 24, 3", " (24, 24, 3,) "])
    func shapes(_ text: String) throws {
        #expect(try ShapeParser.parse(text) == TensorShape([24, 24, 3]))
    }

    @Test("bad input shapes are refused", arguments: ["", "24xx3", "axb", "(None, 24, 24, 3)", "24x0x3", "-3"])
    func badShapes(_ text: String) {
        #expect(throws: ModelError.self) { try ShapeParser.parse(text) }
    }

    @Test("ambiguous names follow the model's framework")
    func ambiguous() throws {
        let keras = try analyze(["Flatten()", "Dense(2)"], input: "4x4")
        #expect(keras.framework == .keras)
        let torch = try analyze(["Flatten()", "nn.Linear(16, 2)"], input: "4x4")
        #expect(torch.framework == .pytorch)
    }
}

extension String {
    func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
