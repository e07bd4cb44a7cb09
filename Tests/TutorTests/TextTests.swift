import ConvMath
import Testing
import Tutor

@Suite("text helpers")
struct TextTests {
    @Test("numbers are grouped by thousands", arguments: [
        (0, "0"), (280, "280"), (48_690, "48,690"), (138_357_544, "138,357,544"), (-1_000, "-1,000"),
        (Int.max, "9,223,372,036,854,775,807"),
    ])
    func grouped(_ value: Int, _ text: String) {
        #expect(NumberFormat.grouped(value) == text)
    }

    @Test("a table wraps shapes at commas and never cuts a number")
    func tableWraps() {
        let table = TextTable(columns: [.init("Layer"), .init("Output Shape", breakAfter: [","]),
                                        .init("Param #", alignRight: true)],
                              rows: [["conv2d (Conv2D)", "(222, 222, 128)", "17,664"]])
        #expect(table.render(width: 30) == [
            "Layer         Output   Param #",
            "              Shape",
            "──────────────────────────────",
            "conv2d        (222,     17,664",
            "(Conv2D)      222,",
            "              128)",
        ])
        #expect(table.render(width: nil) == [
            "Layer             Output Shape      Param #",
            "───────────────────────────────────────────",
            "conv2d (Conv2D)   (222, 222, 128)    17,664",
        ])
    }

    @Test("JSON keeps key order and escapes strings")
    func json() {
        let value = JSONValue.object([("b", .integer(1)), ("a", .array([.string("x\"y\n"), .bool(true), .null]))])
        #expect(value.serialized() == #"{"b": 1, "a": ["x\"y\n", true, null]}"#)
    }

    @Test("Keras names layers the way it does: snake case and a counter")
    func kerasNames() {
        #expect(LayerNaming.snakeCase("Conv2D") == "conv2d")
        #expect(LayerNaming.snakeCase("MaxPooling2D") == "max_pooling2d")
        #expect(LayerNaming.snakeCase("BatchNormalization") == "batch_normalization")
        #expect(LayerNaming.snakeCase("Conv2DTranspose") == "conv2d_transpose")
        #expect(LayerNaming.snakeCase("ReLU") == "re_lu")
        #expect(LayerNaming.snakeCase("GlobalAveragePooling2D") == "global_average_pooling2d")
    }

    @Test("a Keras alias is named and typed by the class it stands for, as Keras shows it")
    func kerasAliases() throws {
        let layers = ["Convolution2D(4, 3)", "MaxPool2D()", "Convolution2DTranspose(2, 1)", "AvgPool2D()",
                      "SeparableConvolution2D(2, 1)", "GlobalMaxPool2D()"]
        let sources = layers.enumerated().map { SourceText(name: "layer \($0.offset + 1)", text: $0.element) }
        let analysis = try ModelReader.read(sources, inputShape: TensorShape([12, 12, 3])).analyze()
        #expect(LayerNaming.names(for: analysis.layers, framework: .keras)
                == ["conv2d", "max_pooling2d", "conv2d_transpose", "average_pooling2d", "separable_conv2d", "global_max_pooling2d"])
        #expect(analysis.layers.map(\.spec.type.className)
                == ["Conv2D", "MaxPooling2D", "Conv2DTranspose", "AveragePooling2D", "SeparableConv2D", "GlobalMaxPooling2D"])
        #expect(LayerCatalog.all.filter { $0.framework == .keras }.allSatisfy { type in
            LayerCatalog.types(named: type.className).contains { $0.framework == .keras }
        }, "every alias stands for a class the catalog holds")
    }
}
