import Testing
import ConvMath
import Tutor
import TutorUI
import TestSupport

/// `explain` for every layer type, as snapshots: each kind says what differs and why.
@Suite("explanations of every layer type")
struct ExplanationSnapshotTests {
    static let cases: [(name: String, input: String, layer: String)] = [
        ("conv2d", "24x24x3", "Conv2D(10, kernel_size=3)"),
        ("conv2d-nobias-strided", "32x32x16", "Conv2D(32, (3, 5), strides=2, padding='same', use_bias=False)"),
        ("conv1d", "100x8", "Conv1D(32, 5)"),
        ("conv3d", "16x32x32x4", "Conv3D(16, (3, 3, 3))"),
        ("grouped", "10x10x16", "Conv2D(8, 3, groups=4)"),
        ("depthwise", "24x24x3", "DepthwiseConv2D(3, depth_multiplier=2)"),
        ("separable", "24x24x3", "SeparableConv2D(16, 3)"),
        ("transposed-keras", "8x8x32", "Conv2DTranspose(16, 3, strides=2, padding='same')"),
        ("transposed-pytorch", "32x8x8", "nn.ConvTranspose2d(32, 16, 4, stride=2, padding=1)"),
        ("conv2d-pytorch", "3x224x224", "nn.Conv2d(3, 64, kernel_size=11, stride=4, padding=2)"),
        ("dense", "4840", "Dense(10)"),
        ("linear", "9216", "nn.Linear(9216, 4096)"),
        ("batchnorm-keras", "22x22x10", "BatchNormalization()"),
        ("batchnorm-pytorch", "10x22x22", "nn.BatchNorm2d(10)"),
        ("maxpool-keras", "32x32x8", "MaxPooling2D()"),
        ("maxpool-pytorch", "64x55x55", "nn.MaxPool2d(3, stride=2)"),
        ("flatten", "22x22x10", "Flatten()"),
        ("global-pooling", "7x7x512", "GlobalAveragePooling2D()"),
        ("adaptive-pooling", "256x13x13", "nn.AdaptiveAvgPool2d((6, 6))"),
        ("dropout", "8x8x3", "Dropout(0.5)"),
    ]

    @Test("each layer type's derivation", arguments: cases.map(\.name))
    func explanation(_ name: String) throws {
        let row = try #require(Self.cases.first { $0.name == name })
        let model = try ModelReader.read([SourceText(name: "layer 1", text: row.layer)], inputShape: ShapeParser.parse(row.input))
        let report = ExplanationReport(try model.analyze())
        let text = report.text(width: 80, unicode: true)
        assertSnapshot(text, named: "explain-\(name)")
        let total = try #require(report.derivations.first?.analysis.parameters.total)
        #expect(text.contains(NumberFormat.grouped(total)), "the derivation must arrive at the count")
        for line in text.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
        let ascii = report.text(width: 80, unicode: false)
        #expect(ascii.allSatisfy { $0.isASCII })
    }
}
