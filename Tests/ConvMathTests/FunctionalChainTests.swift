import Testing
import ConvMath

/// Keras functional code is read as one chain of layers; any code where a layer is applied to
/// something other than the previous layer's output must be refused, never counted over the wrong input.
@Suite("functional code that branches is refused, never counted wrong")
struct FunctionalChainTests {
    static func error(_ text: String) -> ModelError? {
        do {
            _ = try analyzeFile(text)
            return nil
        } catch {
            return error as? ModelError
        }
    }

    @Test("a straight chain from a named Input, with a Dropout called with training=, reads as written")
    func straightChain() throws {
        let text = """
            inputs = keras.Input(shape=(24, 24, 3))
            x = layers.Conv2D(10, 3)(inputs)
            x = layers.Dropout(0.2)(x, training=True)
            features = layers.Flatten()(x)
            outputs = layers.Dense(10)(features)
            model = keras.Model(inputs=inputs, outputs=outputs)
            """
        #expect(try analyzeFile(text).parameters.total == 48_690)
    }

    @Test("a chain pasted without its Input starts at whatever the first layer is applied to")
    func withoutInput() throws {
        let text = """
            x = layers.Conv2D(10, 3)(image)
            x = layers.Flatten()(x)
            x = layers.Dense(10)(x)
            """
        #expect(try analyzeFile(text, input: "24x24x3").parameters.total == 48_690)
    }

    @Test("two branches from the input, a shortcut, an unassigned output and a layer called on a call are refused",
          arguments: [
            ("""
             inputs = keras.Input(shape=(32, 32, 3))
             x = layers.Conv2D(32, 3, padding="same")(inputs)
             y = layers.Conv2D(16, 3, padding="same")(inputs)
             x = layers.Flatten()(x)
             outputs = layers.Dense(10)(x)
             """, "applied to 'inputs', but the line before made 'x'"),
            ("""
             inputs = keras.Input(shape=(32, 32, 3))
             x = layers.Conv2D(32, 3, padding="same")(inputs)
             shortcut = layers.Conv2D(32, 1)(x)
             x = layers.Conv2D(32, 3, padding="same")(x)
             """, "applied to 'x', but the line before made 'shortcut'"),
            ("""
             inputs = keras.Input(shape=(32, 32, 3))
             layers.Conv2D(32, 3)(inputs)
             x = layers.Flatten()(inputs)
             """, "the line before made no named tensor"),
            ("""
             inputs = keras.Input(shape=(32, 32, 3))
             outputs = layers.Dense(10)(layers.Flatten()(inputs))
             """, "applied to the result of another expression"),
            ("""
             inputs = keras.Input(shape=(32, 32, 3))
             x = layers.Conv2D(32, 3, padding="same")(inputs)
             y = layers.Conv2D(32, 3, padding="same")(x)
             x = layers.Add()([x, y])
             """, "joins several tensors"),
          ])
    func refused(_ text: String, _ says: String) throws {
        let error = try #require(Self.error(text), "expected an error, not a total")
        #expect(error.message.contains(says), "\(error.message)")
        #expect(error.span != nil, "the error points into the line")
    }

    @Test("a layer inside a loop or a branch is refused at the layer, whatever the layout",
          arguments: [
            ("model = keras.Sequential()\nfor filters in [32, 64]:\n    model.add(layers.Conv2D(filters, 3))\n", "'for' loop"),
            ("model = keras.Sequential()\nfor i in range(3): model.add(layers.Dense(10))\n", "'for' loop"),
            ("while more:\n    model.add(layers.Dense(10))\n", "'while' loop"),
            ("model.add(layers.Dense(10))\nif use_bn:\n    model.add(layers.BatchNormalization())\n", "'if' branch"),
            ("if a:\n    pass\nelse:\n    model.add(layers.Dropout(0.5))\n", "'else' branch"),
            ("self.body = nn.Sequential(\n    nn.Linear(10, 10),\n)\nif deep:\n    self.extra = nn.Sequential(\n        nn.Linear(10, 10),\n    )\n", "'if' branch"),
          ])
    func loopsAndBranches(_ text: String, _ says: String) throws {
        let error = try #require(Self.error(text), "expected an error, not a total")
        #expect(error.message.contains(says), "\(error.message)")
        #expect(error.span != nil)
    }

    @Test("blocks without layers, and layers after a block ends, read as before")
    func blocksWithoutLayers() throws {
        let text = """
            import numpy as np
            inputs = keras.Input(shape=(24, 24, 3))
            if verbose:
                print("building")
            x = layers.Conv2D(10, 3)(inputs)
            for epoch in range(3):
                pass
            try:
                x = layers.Flatten()(x)
            except ValueError:
                raise
            outputs = layers.Dense(10)(x)
            if __name__ == "__main__":
                model.summary()
            """
        #expect(try analyzeFile(text).parameters.total == 48_690)
    }

    @Test("a file that builds two models, or one model twice, is refused at the second")
    func twoModels() throws {
        for text in ["encoder = keras.Sequential([\n    layers.Dense(32),\n])\ndecoder = keras.Sequential([\n    layers.Dense(784),\n])\n",
                     "model = keras.Sequential()\nmodel.add(layers.Dense(3))\nmodel = keras.Sequential()\nmodel.add(layers.Dense(5))\n"] {
            let error = try #require(Self.error(text), "expected an error, not a total")
            #expect(error.message.contains("builds a second model"), "\(error.message)")
        }
    }

    @Test("a module's parts built as self.features and self.classifier are one model")
    func moduleParts() throws {
        let text = """
            class Net(nn.Module):
                def __init__(self):
                    super().__init__()
                    self.features = nn.Sequential(
                        nn.Conv2d(3, 8, 3),
                        nn.ReLU(),
                    )
                    self.classifier = nn.Sequential(
                        nn.Flatten(),
                        nn.Linear(8 * 30 * 30, 10),
                    )
            """
        #expect(try analyzeFile(text, input: "3x32x32").parameters.total == 8 * 27 + 8 + 8 * 30 * 30 * 10 + 10)
    }
}
