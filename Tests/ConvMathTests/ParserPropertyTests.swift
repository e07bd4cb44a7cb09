import Testing
import ConvMath
import Tutor

/// Property-based tests: random text and random valid layers never crash the reader, never trap on
/// overflow, and every valid layer's count equals the textbook formula.
@Suite("the reader under random input")
struct ParserPropertyTests {
    static let fragments = [
        "Conv2D", "nn.Conv2d", "Dense", "nn.Linear", "Flatten", "SeparableConv2D", "DepthwiseConv2D",
        "Conv2DTranspose", "nn.ConvTranspose2d", "BatchNormalization", "nn.BatchNorm2d", "MaxPooling2D",
        "nn.MaxPool2d", "Conv1D", "Conv3D", "Input", "model.add", "nn.Sequential", "keras.layers.",
        "(", ")", "[", "]", ",", "=", "'same'", "'valid'", "\"same\"", "True", "False", "None", "0", "1", "3",
        "-1", "24", "99999999999999999999", "9223372036854775807", "4294967296", "*", "//", "/", "+", "-",
        " ", "\n", "#", "kernel_size", "filters", "strides", "padding", "groups", "use_bias", "bias",
        "dilation_rate", "output_padding", "shape", "(3, 3)", "(1, 2, 3)", "x", ".", ":", "é", "😀", "\t",
        "lambda", "{", "}", "\\", "'", "\"",
    ]

    @Test("random token soup never crashes and every error points inside its line")
    func tokenSoup() {
        var random = SeededGenerator(seed: 20_261_125)
        for _ in 0..<4_000 {
            let count = Int.random(in: 1...14, using: &random)
            let text = (0..<count).map { _ in Self.fragments.randomElement(using: &random) ?? "" }.joined()
            let input = ["24x24x3", "3x24x24", "10", "8x8", "3037000500x3037000500x2"].randomElement(using: &random)
            checkNeverCrashes(text, input: input)
        }
    }

    @Test("random characters never crash")
    func characterSoup() {
        var random = SeededGenerator(seed: 7)
        let alphabet = Array("Conv2Dd(),=' \"0123456789xX*/+-_.#[]{}\\\n\tnNeé")
        for _ in 0..<4_000 {
            let text = String((0..<Int.random(in: 0...40, using: &random)).map { _ in alphabet.randomElement(using: &random) ?? " " })
            checkNeverCrashes(text, input: "24x24x3")
        }
    }

    @Test("random valid Conv2D layers count M·(K·K·D/g)+M in both frameworks")
    func validConvolutions() throws {
        var random = SeededGenerator(seed: 42)
        for _ in 0..<2_000 {
            let groups = [1, 1, 1, 2, 4].randomElement(using: &random) ?? 1
            let depth = groups * Int.random(in: 1...64, using: &random)
            let filters = groups * Int.random(in: 1...64, using: &random)
            let kh = Int.random(in: 1...7, using: &random)
            let kw = Bool.random(using: &random) ? kh : Int.random(in: 1...7, using: &random)
            let size = Int.random(in: max(kh, kw)...300, using: &random)
            let bias = Bool.random(using: &random)
            let expected = filters * (kh * kw * (depth / groups)) + (bias ? filters : 0)

            let keras = "Conv2D(\(filters), kernel_size=(\(kh), \(kw)), groups=\(groups), use_bias=\(bias ? "True" : "False"))"
            let kerasModel = try analyze([keras], input: "\(size)x\(size)x\(depth)")
            #expect(kerasModel.parameters.total == expected, "\(keras)")
            #expect(kerasModel.outputShape == TensorShape([size - kh + 1, size - kw + 1, filters]))

            let torch = "nn.Conv2d(\(depth), \(filters), (\(kh), \(kw)), groups=\(groups), bias=\(bias ? "True" : "False"))"
            let torchModel = try analyze([torch], input: "\(depth)x\(size)x\(size)")
            #expect(torchModel.parameters.total == expected, "\(torch)")
            #expect(try torchModel.layers[0].result.formula.value() == expected)
        }
    }

    @Test("mutated valid layers never crash")
    func mutations() {
        var random = SeededGenerator(seed: 99)
        let seeds = Published.vgg16Keras + [
            "nn.Conv2d(3, 64, kernel_size=11, stride=4, padding=2)", "SeparableConv2D(64, 3, depth_multiplier=2)",
            "Conv2DTranspose(16, 3, strides=2, padding='same', output_padding=1)", "nn.BatchNorm2d(64, affine=False)",
        ]
        let alphabet = Array("()[],='\"0123456789-_xX. ")
        for _ in 0..<4_000 {
            var characters = Array(seeds.randomElement(using: &random) ?? "")
            for _ in 0..<Int.random(in: 1...4, using: &random) where !characters.isEmpty {
                let index = Int.random(in: 0..<characters.count, using: &random)
                switch Int.random(in: 0...2, using: &random) {
                case 0: characters.remove(at: index)
                case 1: characters.insert(alphabet.randomElement(using: &random) ?? " ", at: index)
                default: characters[index] = alphabet.randomElement(using: &random) ?? " "
                }
            }
            checkNeverCrashes(String(characters), input: "224x224x3")
        }
    }

    @Test("random deep nesting of every kind never crashes, and its error quotes a short window")
    func deepSoup() {
        var random = SeededGenerator(seed: 314)
        let openers = ["(", "[", "f(", "-", "+", "1+", "2*", "x.y(", "{", "(1, ", "[Conv2D(", "lambda: ("]
        let closers = [")", "]", "}", ")(", ""]
        for _ in 0..<60 {
            var text = ["Conv2D(10, kernel_size=", "Dense(", "nn.Sequential(", "", "x = "].randomElement(using: &random) ?? ""
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                let opener = openers.randomElement(using: &random) ?? "("
                text += String(repeating: opener, count: Int.random(in: 1...20_000, using: &random))
            }
            text += ["3", "", "'same'", "None"].randomElement(using: &random) ?? ""
            let closer = closers.randomElement(using: &random) ?? ")"
            text += String(repeating: closer, count: Int.random(in: 0...20_000, using: &random))
            checkNeverCrashes(text, input: "24x24x3")
            if let error = modelError([text], input: "24x24x3") {
                #expect(error.rendered().count < 1_000, "\(error.message)")
            }
        }
    }

    @Test("random long lines never crash, and their errors quote at most a window of the line")
    func longSoup() {
        var random = SeededGenerator(seed: 2_718)
        for _ in 0..<40 {
            let pieces = (0..<Int.random(in: 1...6, using: &random)).map { _ in Self.fragments.randomElement(using: &random) ?? "" }
                .joined()
            let long = String(repeating: pieces, count: Int.random(in: 1_000...20_000, using: &random) / max(1, pieces.count) + 1)
            let text = ["Conv2D(10, 3, name='\(long)')", "Conv2D(10, \(long))", long, "Dense(\(long)"].randomElement(using: &random) ?? long
            checkNeverCrashes(text, input: "24x24x3")
            if let error = modelError([text], input: "24x24x3") {
                #expect(error.rendered().count < 1_500, "\(error.message.prefix(300))")
            }
        }
    }

    private func checkNeverCrashes(_ text: String, input: String?) {
        do {
            let model = try analyze([text], input: input)
            for layer in model.layers {
                #expect(layer.result.parameters.total >= 0)
                #expect((try? layer.result.formula.value()) == layer.result.parameters.total, "\(text)")
            }
        } catch let error as ModelError {
            #expect(!error.message.isEmpty)
            if let span = error.span, let line = error.sourceLine {
                #expect(span.column >= 1 && span.column <= line.count + 1, "caret outside the line for \(text.debugDescription)")
            }
            #expect(!error.rendered().isEmpty)
        } catch {
            Issue.record("unexpected error type \(error) for \(text.debugDescription)")
        }
    }
}
