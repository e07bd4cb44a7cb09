import Testing
import ConvMath

/// One layer on one input, with what the framework reports for it.
struct LayerCase: CustomTestStringConvertible, Sendable {
    var layer: String
    var input: String
    var output: [Int]
    var params: Int
    var nonTrainable: Int = 0

    var testDescription: String { "\(layer) on \(input)" }
}

@Suite("every layer type, as the frameworks count it")
struct LayerTableTests {
    static let keras: [LayerCase] = [
        LayerCase(layer: "Conv2D(10, kernel_size=3)", input: "24x24x3", output: [22, 22, 10], params: 280),
        LayerCase(layer: "Conv2D(10, 3, use_bias=False)", input: "24x24x3", output: [22, 22, 10], params: 270),
        LayerCase(layer: "Conv2D(64, (3, 5), strides=2, padding='same')", input: "32x32x16", output: [16, 16, 64], params: 15_424),
        LayerCase(layer: "Conv2D(8, 3, strides=2, padding='same')", input: "7x7x1", output: [4, 4, 8], params: 80),
        LayerCase(layer: "Conv2D(8, 3, strides=2)", input: "7x7x1", output: [3, 3, 8], params: 80),
        LayerCase(layer: "Conv2D(16, 3, dilation_rate=2)", input: "10x10x4", output: [6, 6, 16], params: 592),
        LayerCase(layer: "Conv2D(8, 3, groups=4)", input: "10x10x16", output: [8, 8, 8], params: 296),
        LayerCase(layer: "Conv2D(filters=4, kernel_size=(1, 1))", input: "5x5x6", output: [5, 5, 4], params: 28),
        LayerCase(layer: "Conv1D(32, 5)", input: "100x8", output: [96, 32], params: 1_312),
        LayerCase(layer: "Conv1D(4, 3, strides=2, padding='causal')", input: "9x2", output: [5, 4], params: 28),
        LayerCase(layer: "Conv3D(16, (3, 3, 3))", input: "16x32x32x4", output: [14, 30, 30, 16], params: 1_744),
        LayerCase(layer: "Conv3D(8, (2, 3, 3), padding='same')", input: "5x9x9x2", output: [5, 9, 9, 8], params: 296),
        LayerCase(layer: "DepthwiseConv2D(3)", input: "24x24x3", output: [22, 22, 3], params: 30),
        LayerCase(layer: "DepthwiseConv2D(3, depth_multiplier=2, use_bias=False)", input: "8x8x4", output: [6, 6, 8], params: 72),
        LayerCase(layer: "SeparableConv2D(10, 3)", input: "24x24x3", output: [22, 22, 10], params: 67),
        LayerCase(layer: "SeparableConv2D(64, 3, depth_multiplier=2, padding='same')", input: "16x16x32", output: [16, 16, 64], params: 4_736),
        LayerCase(layer: "Conv2DTranspose(16, 3, strides=2)", input: "8x8x32", output: [17, 17, 16], params: 4_624),
        LayerCase(layer: "Conv2DTranspose(16, 3, strides=2, padding='same')", input: "8x8x32", output: [16, 16, 16], params: 4_624),
        LayerCase(layer: "Conv2DTranspose(8, 4, strides=2, padding='same', output_padding=1)", input: "5x5x2", output: [9, 9, 8], params: 264),
        LayerCase(layer: "Conv2DTranspose(8, 3, strides=2, output_padding=1)", input: "5x5x2", output: [12, 12, 8], params: 152),
        LayerCase(layer: "Conv1DTranspose(4, 3)", input: "10x2", output: [12, 4], params: 28),
        LayerCase(layer: "Conv3DTranspose(2, 2, strides=2)", input: "4x4x4x3", output: [8, 8, 8, 2], params: 50),
        LayerCase(layer: "Dense(10)", input: "4840", output: [10], params: 48_410),
        LayerCase(layer: "Dense(5)", input: "3x4", output: [3, 5], params: 25),
        LayerCase(layer: "Dense(5, use_bias=False)", input: "4", output: [5], params: 20),
        LayerCase(layer: "Flatten()", input: "22x22x10", output: [4840], params: 0),
        LayerCase(layer: "MaxPooling2D()", input: "32x32x8", output: [16, 16, 8], params: 0),
        LayerCase(layer: "MaxPooling2D(3, strides=2)", input: "15x15x1", output: [7, 7, 1], params: 0),
        LayerCase(layer: "AveragePooling2D(2, padding='same')", input: "5x5x3", output: [3, 3, 3], params: 0),
        LayerCase(layer: "MaxPooling1D(pool_size=4)", input: "10x2", output: [2, 2], params: 0),
        LayerCase(layer: "AveragePooling1D()", input: "9x2", output: [4, 2], params: 0),
        LayerCase(layer: "AveragePooling3D()", input: "4x4x4x1", output: [2, 2, 2, 1], params: 0),
        LayerCase(layer: "MaxPooling3D(pool_size=(1, 2, 2))", input: "4x4x4x1", output: [4, 2, 2, 1], params: 0),
        LayerCase(layer: "GlobalAveragePooling2D()", input: "7x7x512", output: [512], params: 0),
        LayerCase(layer: "GlobalAveragePooling2D(keepdims=True)", input: "7x7x512", output: [1, 1, 512], params: 0),
        LayerCase(layer: "GlobalMaxPooling1D()", input: "10x4", output: [4], params: 0),
        LayerCase(layer: "GlobalMaxPooling3D()", input: "2x2x2x5", output: [5], params: 0),
        LayerCase(layer: "GlobalAveragePooling3D()", input: "2x2x2x5", output: [5], params: 0),
        LayerCase(layer: "BatchNormalization()", input: "22x22x10", output: [22, 22, 10], params: 40, nonTrainable: 20),
        LayerCase(layer: "BatchNormalization(center=False)", input: "22x22x10", output: [22, 22, 10], params: 30, nonTrainable: 20),
        LayerCase(layer: "BatchNormalization()", input: "64", output: [64], params: 256, nonTrainable: 128),
        LayerCase(layer: "Dropout(0.5)", input: "8x8x3", output: [8, 8, 3], params: 0),
        LayerCase(layer: "Conv2D(10, 3, trainable=False)", input: "24x24x3", output: [22, 22, 10], params: 280, nonTrainable: 280),
        LayerCase(layer: "BatchNormalization(trainable=False)", input: "4x4x8", output: [4, 4, 8], params: 32, nonTrainable: 32),
        LayerCase(layer: "Activation('relu')", input: "8x8x3", output: [8, 8, 3], params: 0),
        LayerCase(layer: "ReLU()", input: "8x8x3", output: [8, 8, 3], params: 0),
    ]

    static let pytorch: [LayerCase] = [
        LayerCase(layer: "nn.Conv2d(3, 10, 3)", input: "3x24x24", output: [10, 22, 22], params: 280),
        LayerCase(layer: "nn.Conv2d(3, 10, kernel_size=3, bias=False)", input: "3x24x24", output: [10, 22, 22], params: 270),
        LayerCase(layer: "nn.Conv2d(16, 32, 3, stride=2, padding=1)", input: "16x32x32", output: [32, 16, 16], params: 4_640),
        LayerCase(layer: "nn.Conv2d(4, 8, 3, padding='same')", input: "4x7x7", output: [8, 7, 7], params: 296),
        LayerCase(layer: "nn.Conv2d(4, 8, 3, padding='valid')", input: "4x7x7", output: [8, 5, 5], params: 296),
        LayerCase(layer: "nn.Conv2d(4, 8, 3, dilation=2)", input: "4x10x10", output: [8, 6, 6], params: 296),
        LayerCase(layer: "nn.Conv2d(16, 8, 3, groups=4)", input: "16x10x10", output: [8, 8, 8], params: 296),
        LayerCase(layer: "nn.Conv2d(3, 6, (3, 5), padding=(1, 2))", input: "3x10x10", output: [6, 10, 10], params: 276),
        LayerCase(layer: "nn.Conv1d(8, 32, 5)", input: "8x100", output: [32, 96], params: 1_312),
        LayerCase(layer: "nn.Conv3d(4, 16, 3)", input: "4x16x32x32", output: [16, 14, 30, 30], params: 1_744),
        LayerCase(layer: "nn.ConvTranspose2d(32, 16, 3, stride=2)", input: "32x8x8", output: [16, 17, 17], params: 4_624),
        LayerCase(layer: "nn.ConvTranspose2d(32, 16, 4, stride=2, padding=1)", input: "32x8x8", output: [16, 16, 16], params: 8_208),
        LayerCase(layer: "nn.ConvTranspose2d(8, 4, 3, stride=2, padding=1, output_padding=1)", input: "8x5x5", output: [4, 10, 10], params: 292),
        LayerCase(layer: "nn.ConvTranspose2d(8, 4, 3, groups=2)", input: "8x5x5", output: [4, 7, 7], params: 148),
        LayerCase(layer: "nn.ConvTranspose1d(2, 4, 3)", input: "2x10", output: [4, 12], params: 28),
        LayerCase(layer: "nn.ConvTranspose3d(3, 2, 2, stride=2)", input: "3x4x4x4", output: [2, 8, 8, 8], params: 50),
        LayerCase(layer: "nn.Linear(4840, 10)", input: "4840", output: [10], params: 48_410),
        LayerCase(layer: "nn.Linear(4, 5)", input: "3x4", output: [3, 5], params: 25),
        LayerCase(layer: "nn.Linear(4, 5, bias=False)", input: "4", output: [5], params: 20),
        LayerCase(layer: "nn.Flatten()", input: "10x22x22", output: [4840], params: 0),
        LayerCase(layer: "nn.Flatten(start_dim=2)", input: "4x5x6", output: [4, 30], params: 0),
        LayerCase(layer: "nn.MaxPool2d(2)", input: "8x32x32", output: [8, 16, 16], params: 0),
        LayerCase(layer: "nn.MaxPool2d(3, stride=2)", input: "64x55x55", output: [64, 27, 27], params: 0),
        LayerCase(layer: "nn.MaxPool2d(3, stride=2, ceil_mode=True)", input: "1x6x6", output: [1, 3, 3], params: 0),
        LayerCase(layer: "nn.MaxPool2d(3, stride=2)", input: "1x6x6", output: [1, 2, 2], params: 0),
        LayerCase(layer: "nn.MaxPool2d(2, dilation=2)", input: "1x9x9", output: [1, 4, 4], params: 0),
        LayerCase(layer: "nn.AvgPool2d(2, padding=1)", input: "1x5x5", output: [1, 3, 3], params: 0),
        LayerCase(layer: "nn.MaxPool1d(2)", input: "4x9", output: [4, 4], params: 0),
        LayerCase(layer: "nn.AvgPool1d(3, stride=1)", input: "4x9", output: [4, 7], params: 0),
        LayerCase(layer: "nn.AvgPool3d(2)", input: "2x4x4x4", output: [2, 2, 2, 2], params: 0),
        LayerCase(layer: "nn.MaxPool3d(2)", input: "2x4x5x4", output: [2, 2, 2, 2], params: 0),
        LayerCase(layer: "nn.AdaptiveAvgPool2d((6, 6))", input: "256x13x13", output: [256, 6, 6], params: 0),
        LayerCase(layer: "nn.AdaptiveAvgPool2d(1)", input: "512x7x7", output: [512, 1, 1], params: 0),
        LayerCase(layer: "nn.AdaptiveAvgPool2d((None, 3))", input: "4x5x9", output: [4, 5, 3], params: 0),
        LayerCase(layer: "nn.BatchNorm2d(10)", input: "10x22x22", output: [10, 22, 22], params: 20),
        LayerCase(layer: "nn.BatchNorm2d(10, affine=False)", input: "10x22x22", output: [10, 22, 22], params: 0),
        LayerCase(layer: "nn.BatchNorm1d(5)", input: "5", output: [5], params: 10),
        LayerCase(layer: "nn.BatchNorm1d(5)", input: "5x7", output: [5, 7], params: 10),
        LayerCase(layer: "nn.BatchNorm3d(3)", input: "3x4x4x4", output: [3, 4, 4, 4], params: 6),
        LayerCase(layer: "nn.ReLU(inplace=True)", input: "3x8x8", output: [3, 8, 8], params: 0),
        LayerCase(layer: "nn.Dropout(p=0.5)", input: "3x8x8", output: [3, 8, 8], params: 0),
    ]

    @Test("Keras layers", arguments: keras)
    func kerasLayer(_ row: LayerCase) throws {
        try check(row, framework: .keras)
    }

    @Test("PyTorch layers", arguments: pytorch)
    func pytorchLayer(_ row: LayerCase) throws {
        try check(row, framework: .pytorch)
    }

    private func check(_ row: LayerCase, framework: Framework) throws {
        let model = try analyze([row.layer], input: row.input)
        let layer = try #require(model.layers.first)
        #expect(model.framework == framework)
        #expect(layer.result.outputShape == TensorShape(row.output))
        #expect(layer.result.parameters.total == row.params)
        #expect(layer.result.parameters.nonTrainable == row.nonTrainable)
        #expect(try layer.result.formula.value() == row.params, "the formula \(layer.result.formula.rendered()) must give the count")
        let counted = layer.result.weights.filter { !$0.isBuffer }.map { $0.shape.reduce(1, *) }.reduce(0, +)
        #expect(counted == row.params, "the weight shapes must hold exactly the parameters")
    }
}
