import Testing
import ConvMath

/// A model that must be refused, with what the message must say and where the caret must stand.
struct BadCase: CustomTestStringConvertible, Sendable {
    var layers: [String]
    var input: String?
    var message: String
    /// The text the caret must underline, when the error points into a line.
    var underlined: String?

    var testDescription: String { layers.joined(separator: " | ") }
}

@Suite("bad input gets one clear message that points at the problem")
struct BadInputTests {
    static let cases: [BadCase] = [
        BadCase(layers: ["Conv2D(filter=10, kernel_size=3)"], input: "24x24x3",
                message: "Conv2D has no argument 'filter'", underlined: "filter"),
        BadCase(layers: ["Conv2D(kernel_size=3)"], input: "24x24x3",
                message: "Conv2D needs the argument 'filters'", underlined: "Conv2D(kernel_size=3)"),
        BadCase(layers: ["Conv2D(10, kernel_size=(3, 3, 3))"], input: "24x24x3",
                message: "'kernel_size' needs 2 values", underlined: "(3, 3, 3)"),
        BadCase(layers: ["Conv2D(10, 'three')"], input: "24x24x3",
                message: "must be a whole number, got the string 'three'", underlined: "'three'"),
        BadCase(layers: ["Conv2D(10.5, 3)"], input: "24x24x3",
                message: "'filters' must be a whole number, got 10.5", underlined: "10.5"),
        BadCase(layers: ["Conv2D(0, 3)"], input: "24x24x3",
                message: "'filters' must be at least 1", underlined: "0"),
        BadCase(layers: ["Conv2D(10, 3, padding='full')"], input: "24x24x3",
                message: "'padding' must be one of 'valid', 'same'", underlined: "'full'"),
        BadCase(layers: ["Conv2D(10, 3)"], input: "24x24",
                message: "Conv2D needs an input of rank 3 (height, width, channels), but its input is (24, 24)",
                underlined: "Conv2D(10, 3)"),
        BadCase(layers: ["Conv2D(8, 3, groups=2)"], input: "24x24x3",
                message: "the input's 3 channels cannot be split into 2 equal groups", underlined: "groups=2"),
        BadCase(layers: ["nn.Conv2d(3, 8, 3, groups=2)"], input: "3x24x24",
                message: "in_channels=3 must be divisible by groups=2", underlined: "groups=2"),
        BadCase(layers: ["Conv2D(8, 30)"], input: "24x24x3",
                message: "the window spans 30 along height but the input is only 24", underlined: nil),
        BadCase(layers: ["nn.Conv2d(3, 8, 30, padding=2)"], input: "3x24x24",
                message: "the window spans 30 along height but the padded input is only 28", underlined: "30"),
        BadCase(layers: ["Conv2D(4000000000, 3000000, padding='same')"], input: "24x24x3",
                message: "does not fit in 64 bits", underlined: nil),
        BadCase(layers: ["Dense(99999999999999999999)"], input: "10",
                message: "the number 99999999999999999999 is too large", underlined: "99999999999999999999"),
        BadCase(layers: ["Flatten()", "Dense(10)"], input: "3037000500x3037000500x2",
                message: "does not fit in 64 bits", underlined: nil),
        BadCase(layers: ["Conv2D(10, 3)", "nn.Linear(10, 2)"], input: "24x24x3",
                message: "this model mixes Keras and PyTorch layers", underlined: "nn.Linear"),
        BadCase(layers: ["Conv2D(10, kernel_size=3"], input: "24x24x3",
                message: "'(' is never closed", underlined: "("),
        BadCase(layers: ["Conv2E(10, 3)"], input: "24x24x3",
                message: "unknown layer 'Conv2E'", underlined: "Conv2E"),
        BadCase(layers: ["nn.Conv2d(3, 8, 3, stride=2, padding='same')"], input: "3x24x24",
                message: "padding='same' is not supported for strided convolutions", underlined: "padding='same'"),
        BadCase(layers: ["nn.Conv2d(3, 8, 3)", "nn.Linear(100, 10)"], input: "3x24x24",
                message: "in_features is 100 but the input has 22 features", underlined: "100"),
        BadCase(layers: ["nn.Conv2d(4, 8, 3)"], input: "3x24x24",
                message: "in_channels is 4 but the input has 3 channels", underlined: "4"),
        BadCase(layers: ["nn.BatchNorm2d(16)"], input: "8x4x4",
                message: "num_features is 16 but the input has 8 channels", underlined: "16"),
        BadCase(layers: ["Conv2D(10, 3, strides=2, dilation_rate=2)"], input: "24x24x3",
                message: "strides > 1 are not supported together with dilation_rate > 1", underlined: "dilation_rate=2"),
        BadCase(layers: ["Conv2DTranspose(8, 3, strides=2, output_padding=2)"], input: "5x5x2",
                message: "output_padding must be smaller than strides", underlined: "output_padding=2"),
        BadCase(layers: ["Conv2D(10, 3, 1, 'valid', None, 1, 1, None, True, None, None, None, None, None, None, None, 7)"],
                input: "24x24x3", message: "Conv2D takes at most 16 positional arguments", underlined: "7"),
        BadCase(layers: ["Conv2D(10, 3, kernel_size=3)"], input: "24x24x3",
                message: "Conv2D is given 'kernel_size' twice", underlined: "kernel_size=3"),
        BadCase(layers: ["Dense(num_classes)"], input: "10",
                message: "'units' is the variable 'num_classes'", underlined: "num_classes"),
        BadCase(layers: ["Conv2D(10, 3)"], input: nil,
                message: "the input shape is missing", underlined: nil),
        BadCase(layers: ["Input(shape=(32, 32, 3))", "Conv2D(10, 3)"], input: "24x24x3",
                message: "disagrees with (32, 32, 3)", underlined: nil),
        BadCase(layers: ["Conv2D(10, 3) $"], input: "24x24x3",
                message: "unexpected character '$'", underlined: "$"),
        BadCase(layers: ["MaxPooling2D(3)"], input: "2x2x1",
                message: "the window spans 3 along height but the input is only 2", underlined: nil),
        BadCase(layers: ["nn.MaxPool2d(2, padding=2)"], input: "1x8x8",
                message: "pad should be at most half", underlined: "padding=2"),
        BadCase(layers: ["Conv2D(10, 3, data_format='channels_first')"], input: "3x24x24",
                message: "data_format='channels_first' is not supported", underlined: "data_format='channels_first'"),
        BadCase(layers: [""], input: "24x24x3", message: "no layers were given", underlined: nil),
        BadCase(layers: ["Conv2D(10**30, 3)"], input: "24x24x3", message: "'**' (a power) is not supported", underlined: "**"),
        BadCase(layers: ["Conv2D(2 + 4 * 2**3, 3)"], input: "24x24x3", message: "'**' (a power) is not supported", underlined: "**"),
    ]

    @Test("each is refused with its message", arguments: cases)
    func refused(_ row: BadCase) throws {
        let error = try #require(modelError(row.layers, input: row.input), "expected an error")
        #expect(error.message.contains(row.message), "got: \(error.message)")
        if let underlined = row.underlined {
            let span = try #require(error.span)
            let line = try #require(error.sourceLine)
            let start = line.index(line.startIndex, offsetBy: span.column - 1)
            let marked = String(line[start...].prefix(span.length))
            #expect(marked == underlined)
        }
    }

    @Test("the rendered error shows the line, a caret under the argument and a hint")
    func rendered() throws {
        let error = try #require(modelError(["Conv2D(filter=10, kernel_size=3)"], input: "24x24x3"))
        #expect(error.rendered() == """
            error: Conv2D has no argument 'filter'
             --> layer 1:1:8
              |
            1 | Conv2D(filter=10, kernel_size=3)
              |        ^~~~~~
             = help: did you mean 'filters'? Conv2D takes filters, kernel_size, strides, padding, data_format, dilation_rate, groups, use_bias
            """)
    }

    @Test("an error in a file names the file and line")
    func fileError() throws {
        let text = "model.add(layers.Conv2D(10, 3))\nmodel.add(layers.Dense(units=-4))\n"
        do {
            _ = try analyzeFile(text, input: "24x24x3")
            Issue.record("expected an error")
        } catch let error as ModelError {
            #expect(error.sourceName == "model.py")
            #expect(error.span?.line == 2)
            #expect(error.rendered().contains("2 | model.add(layers.Dense(units=-4))"))
        }
    }
}
