import Testing
import ConvMath

@Suite("published parameter totals")
struct PublishedTotalsTests {
    @Test("the seed: 10 filters of 3×3 over 24×24×3 is 280, and 48,690 with Flatten and Dense(10)")
    func seed() throws {
        let conv = try analyze(["Conv2D(10, kernel_size=3)"], input: "24x24x3")
        #expect(conv.parameters.total == 280)
        #expect(conv.outputShape == TensorShape([22, 22, 10]))

        let model = try analyze(["Conv2D(10, kernel_size=3)", "Flatten()", "Dense(10)"], input: "24x24x3")
        #expect(model.layers.map(\.result.parameters.total) == [280, 0, 48_410])
        #expect(model.parameters.total == 48_690)
        #expect(model.parameters.trainable == 48_690)
        #expect(model.parameters.nonTrainable == 0)
        #expect(model.layers[1].result.outputShape == TensorShape([4840]))
    }

    @Test("the seed without bias is M·K·K·D = 270")
    func seedWithoutBias() throws {
        #expect(try analyze(["Conv2D(10, kernel_size=3, use_bias=False)"], input: "24x24x3").parameters.total == 270)
    }

    @Test("VGG16 in Keras layers on 224×224×3 has 138,357,544 parameters")
    func vgg16() throws {
        let model = try analyze(Published.vgg16Keras, input: "224x224x3")
        #expect(model.parameters.total == 138_357_544)
        #expect(model.layers.count == 22)
        #expect(model.layers[17].result.outputShape == TensorShape([7, 7, 512]))
        #expect(model.outputShape == TensorShape([1000]))
    }

    @Test("AlexNet as torchvision writes it, on 3×224×224, has 61,100,840 parameters")
    func alexNet() throws {
        let model = try analyzeFile(Published.alexNetTorchvision, input: "3x224x224")
        #expect(model.framework == .pytorch)
        #expect(model.parameters.total == 61_100_840)
        let shapes = model.layers.filter { $0.spec.type.name == "MaxPool2d" }.map(\.result.outputShape)
        #expect(shapes == [TensorShape([64, 27, 27]), TensorShape([192, 13, 13]), TensorShape([256, 6, 6])])
    }

    @Test("the classic course question: 100 filters of 5×5 over 300×300×3 is 7,600")
    func courseQuestion() throws {
        #expect(try analyze(["Conv2D(100, 5)"], input: "300x300x3").parameters.total == 7_600)
        #expect(try analyze(["Flatten()", "Dense(100)"], input: "300x300x3").parameters.total == 27_000_100)
    }
}
