import Testing
import ConvMath

private func field(_ lines: [String], input: TensorShape? = nil) throws -> [Int] {
    let source = SourceText(name: "stack", text: lines.joined(separator: "\n"))
    let model = try ModelReader.read([source], inputShape: input).analyze()
    return try model.layers.indices.map { try ReceptiveField.of(model, throughLayer: $0).size[0] }
}

@Suite("receptive fields, checked by hand")
struct ReceptiveFieldTests {
    @Test("three 3×3 layers see 7×7, in both frameworks")
    func threeByThree() throws {
        #expect(try field(["Input(shape=(32, 32, 3))", "Conv2D(8, 3)", "Conv2D(8, 3)", "Conv2D(8, 3)"]) == [3, 5, 7])
        #expect(try field(["nn.Conv2d(3, 8, 3, padding=1)", "nn.ReLU()", "nn.Conv2d(8, 8, 3, padding=1)",
                           "nn.BatchNorm2d(8)", "nn.Conv2d(8, 8, 3, padding=1)"], input: TensorShape([3, 32, 32]))
            == [3, 3, 5, 5, 7])
    }

    @Test("known networks: AlexNet's first layers, ResNet's stem, VGG's first blocks")
    func knownNetworks() throws {
        #expect(try field(["Input(shape=(227, 227, 3))", "Conv2D(96, 11, strides=4)", "MaxPooling2D(3, strides=2)",
                           "Conv2D(256, 5, padding='same')"]) == [11, 19, 51])
        #expect(try field(["nn.Conv2d(3, 64, 7, stride=2, padding=3)", "nn.MaxPool2d(3, stride=2, padding=1)",
                           "nn.Conv2d(64, 64, 3, padding=1)"], input: TensorShape([3, 224, 224])) == [7, 11, 19])
        #expect(try field(["Input(shape=(224, 224, 3))", "Conv2D(64, 3, padding='same')", "Conv2D(64, 3, padding='same')",
                           "MaxPooling2D(2)", "Conv2D(128, 3, padding='same')", "Conv2D(128, 3, padding='same')",
                           "MaxPooling2D(2)"]) == [3, 5, 6, 10, 14, 16])
    }

    @Test("dilation spreads the taps: 3×3 with dilations 1, 2, 4 sees 3, 7, 15; the jump is the product of the strides")
    func dilationAndJump() throws {
        #expect(try field(["Input(shape=(64, 64, 3))", "Conv2D(8, 3, dilation_rate=1)", "Conv2D(8, 3, dilation_rate=2)",
                           "Conv2D(8, 3, dilation_rate=4)"]) == [3, 7, 15])
        let strided = ReceptiveField.input(rank: 2)
        let after = try strided.after(SlidingWindow(kernel: [3, 5], strides: [2, 3], dilation: [1, 2]))
        #expect(after == ReceptiveField(size: [3, 9], jump: [2, 3]))
        #expect(try SlidingWindow.effectiveKernel(3, dilation: 2) == 5)
        #expect(try SlidingWindow.effectiveKernel(3, dilation: 1) == 3)
    }

    @Test("a layer that is not a window has no receptive field through it, and a huge one is refused, not trapped")
    func refusals() throws {
        let source = SourceText(name: "stack", text: "Input(shape=(8, 8, 3))\nConv2D(4, 3)\nFlatten()\nDense(10)")
        let model = try ModelReader.read([source], inputShape: nil).analyze()
        #expect(try ReceptiveField.of(model, throughLayer: 0).size == [3, 3])
        #expect(throws: ReceptiveFieldProblem.self) { try ReceptiveField.of(model, throughLayer: 2) }
        let transposed = SourceText(name: "stack", text: "Input(shape=(8, 8, 3))\nConv2DTranspose(4, 3, strides=2)")
        let up = try ModelReader.read([transposed], inputShape: nil).analyze()
        #expect(throws: ReceptiveFieldProblem.self) { try ReceptiveField.of(up, throughLayer: 0) }
        #expect(throws: ArithmeticOverflow.self) {
            try ReceptiveField(size: [1], jump: [Int.max / 2]).after(SlidingWindow(kernel: [5], strides: [1], dilation: [1]))
        }
    }
}
