import Foundation
import Testing
import TestSupport

/// `explain --layer` derives one layer of a real model, named as the summary names it.
@Suite("explain --layer picks a layer of a model file by its name")
struct ExplainLayerTests {
    /// A torchvision-style ResNet cut down: two stages of two basic blocks, the second with a
    /// strided 1×1 downsample. By hand: stem 432 + 32; stage 1, 2·(2,304 + 32 + 2,304 + 32) = 9,344;
    /// stage 2, 4,608 + 64 + 9,216 + 64 + 512 + 64 = 14,528 and 9,216 + 64 + 9,216 + 64 = 18,560;
    /// fc 32·10 + 10 = 330; 43,226 in all.
    static let tinyResNet = """
        import torch.nn as nn

        class BasicBlock(nn.Module):
            expansion = 1
            def __init__(self, inplanes, planes, stride=1, downsample=None):
                super().__init__()
                self.conv1 = nn.Conv2d(inplanes, planes, 3, stride, 1, bias=False)
                self.bn1 = nn.BatchNorm2d(planes)
                self.relu = nn.ReLU(inplace=True)
                self.conv2 = nn.Conv2d(planes, planes, 3, 1, 1, bias=False)
                self.bn2 = nn.BatchNorm2d(planes)
                self.downsample = downsample

            def forward(self, x):
                identity = x
                out = self.relu(self.bn1(self.conv1(x)))
                out = self.bn2(self.conv2(out))
                if self.downsample is not None:
                    identity = self.downsample(x)
                out += identity
                return self.relu(out)

        class TinyResNet(nn.Module):
            def __init__(self, num_classes=10):
                super().__init__()
                self.conv1 = nn.Conv2d(3, 16, 3, 1, 1, bias=False)
                self.bn1 = nn.BatchNorm2d(16)
                self.relu = nn.ReLU(inplace=True)
                self.layer1 = nn.Sequential(BasicBlock(16, 16), BasicBlock(16, 16))
                self.layer2 = nn.Sequential(
                    BasicBlock(16, 32, 2, nn.Sequential(nn.Conv2d(16, 32, 1, 2, bias=False), nn.BatchNorm2d(32))),
                    BasicBlock(32, 32))
                self.avgpool = nn.AdaptiveAvgPool2d((1, 1))
                self.fc = nn.Linear(32, num_classes)

            def forward(self, x):
                x = self.relu(self.bn1(self.conv1(x)))
                x = self.layer2(self.layer1(x))
                x = self.avgpool(x)
                x = x.flatten(1)
                return self.fc(x)

        model = TinyResNet()
        """

    @Test("a module path derives that layer, under its name; the summary's total is the hand count")
    func oneLayer() throws {
        try ModelSourceCommandTests.withFile(Self.tinyResNet) { path in
            let summary = try ConvTutorProcess.run(["summary", "--width", "120", "--input", "3x32x32", "--file", path])
            #expect(summary.standardOutput.contains("Total params: 43,226"), "\(summary.standardError)")
            let result = try ConvTutorProcess.run(["explain", "--width", "80", "--input", "3x32x32", "--file", path,
                                                   "--layer", "layer2.0.conv1"])
            #expect(result.status == 0, "\(result.standardError)")
            let lines = result.standardOutput.split(separator: "\n")
            #expect(lines.first == "layer2.0.conv1 (Conv2d)")
            #expect(result.standardOutput.contains("16×32×32") || result.standardOutput.contains("16x32x32"))
            #expect(result.standardOutput.contains("4,608"))
            #expect(!result.standardOutput.contains("layer1."))
        }
    }

    @Test("a module that holds layers derives each of them, in order")
    func moduleOfLayers() throws {
        try ModelSourceCommandTests.withFile(Self.tinyResNet) { path in
            let result = try ConvTutorProcess.run(["explain", "--width", "80", "--input", "3x32x32", "--file", path,
                                                   "--layer", "layer2.0.downsample"])
            #expect(result.status == 0, "\(result.standardError)")
            let headings = result.standardOutput.split(separator: "\n").filter { $0.hasPrefix("layer") }
            #expect(headings == ["layer2.0.downsample.0 (Conv2d)", "layer2.0.downsample.1 (BatchNorm2d)"])
        }
    }

    @Test("an unknown name is an error that lists the nearest valid ones")
    func unknownName() throws {
        try ModelSourceCommandTests.withFile(Self.tinyResNet) { path in
            let result = try ConvTutorProcess.run(["explain", "--input", "3x32x32", "--file", path, "--layer", "layer1.0.conv3"])
            #expect(result.status == 1)
            #expect(result.standardOutput.isEmpty)
            #expect(result.standardError.contains("no layer 'layer1.0.conv3'"))
            #expect(result.standardError.contains("layer1.0.conv1"))
        }
    }

    @Test("a Keras layer is picked by its name")
    func kerasName() throws {
        let text = "import keras\nfrom keras import layers\nmodel = keras.Sequential([keras.Input((8, 8, 3)), layers.Conv2D(4, 3, name='stem'), layers.Flatten(), layers.Dense(2)])\n"
        try ModelSourceCommandTests.withFile(text) { path in
            let result = try ConvTutorProcess.run(["explain", "--width", "80", "--file", path, "--layer", "dense"])
            #expect(result.status == 0, "\(result.standardError)")
            #expect(result.standardOutput.hasPrefix("dense (Dense)"))
            // 2 units over 6·6·4 = 144 inputs: 2·144 + 2 = 290.
            #expect(result.standardOutput.contains("290"))
            let stem = try ConvTutorProcess.run(["explain", "--width", "80", "--file", path, "--layer", "stem"])
            #expect(stem.standardOutput.hasPrefix("stem (Conv2D)"))
        }
    }
}
