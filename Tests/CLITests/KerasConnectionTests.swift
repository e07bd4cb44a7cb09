import Foundation
import Testing
import TestSupport

/// A Keras functional model that branches gets Keras' "Connected to" column, naming each row's
/// input layers; one that does not branch keeps the plain table.
@Suite("a branched Keras model says what each layer is connected to")
struct KerasConnectionTests {
    /// Two residual blocks in the keras.io style, the second with a strided 1×1 projection. By hand:
    /// stem 16·27 + 16 = 448; block 1, 2·(16·9·16) + 2·(4·16) = 4,736; block 2, 32·9·16 + 32·9·32 +
    /// 32·16 + 3·(4·32) = 14,720; dense 10·32 + 10 = 330; 20,234 in all, of which the BatchNorms'
    /// moving means and variances, 2·(16 + 16 + 32 + 32 + 32) = 256, are not trainable.
    static let residualBlocks = """
        from tensorflow import keras
        from tensorflow.keras import layers

        def residual_block(x, filters, stride=1, name=None):
            shortcut = x
            x = layers.Conv2D(filters, 3, strides=stride, padding="same", use_bias=False, name=name + "_conv1")(x)
            x = layers.BatchNormalization(name=name + "_bn1")(x)
            x = layers.Activation("relu")(x)
            x = layers.Conv2D(filters, 3, padding="same", use_bias=False, name=name + "_conv2")(x)
            x = layers.BatchNormalization(name=name + "_bn2")(x)
            if stride != 1 or shortcut.shape[-1] != filters:
                shortcut = layers.Conv2D(filters, 1, strides=stride, use_bias=False, name=name + "_proj")(shortcut)
                shortcut = layers.BatchNormalization(name=name + "_proj_bn")(shortcut)
            x = layers.Add(name=name + "_add")([x, shortcut])
            return layers.Activation("relu")(x)

        inputs = keras.Input(shape=(32, 32, 3))
        x = layers.Conv2D(16, 3, padding="same", name="stem")(inputs)
        x = residual_block(x, 16, name="block1")
        x = residual_block(x, 32, stride=2, name="block2")
        x = layers.GlobalAveragePooling2D()(x)
        outputs = layers.Dense(10, activation="softmax")(x)
        model = keras.Model(inputs, outputs, name="tiny_resnet")
        """

    @Test("the totals are the hand count, and each row names the layers it takes, a merge both")
    func connections() throws {
        try ModelSourceCommandTests.withFile(Self.residualBlocks) { path in
            let result = try ConvTutorProcess.run(["summary", "--width", "160", "--file", path])
            #expect(result.status == 0, "\(result.standardError)")
            let rows = result.standardOutput.split(separator: "\n")
            #expect(rows.contains { $0.hasPrefix("Total params: 20,234 (") })
            #expect(rows.contains { $0.hasPrefix("Non-trainable params: 256 (") })
            #expect(rows.contains { $0.hasPrefix("Layer (type)") && $0.contains("Connected to") })
            #expect(rows.contains { $0.hasPrefix("stem (Conv2D)") && $0.contains("input_layer[0][0]") })
            #expect(rows.contains { $0.hasPrefix("block1_add (Add)") && $0.contains("block1_bn2[0][0], stem[0][0]") })
            #expect(rows.contains { $0.hasPrefix("block2_proj (Conv2D)") && $0.contains("activation_1[0][0]") })
            let json = try ConvTutorProcess.run(["summary", "--json", "--file", path])
            #expect(json.standardOutput.contains("\"connected_to\""))
        }
    }

    @Test("a model without branches has no such column")
    func chain() throws {
        let text = "import keras\nfrom keras import layers\ninputs = keras.Input((8, 8, 3))\nx = layers.Conv2D(4, 3)(inputs)\noutputs = layers.Dense(2)(layers.Flatten()(x))\nmodel = keras.Model(inputs, outputs)\n"
        try ModelSourceCommandTests.withFile(text) { path in
            let result = try ConvTutorProcess.run(["summary", "--width", "160", "--file", path])
            #expect(result.status == 0, "\(result.standardError)")
            #expect(!result.standardOutput.contains("Connected to"))
            // 4·27 + 4 = 112 and 2·144 + 2 = 290.
            #expect(result.standardOutput.contains("Total params: 402"))
        }
    }
}
