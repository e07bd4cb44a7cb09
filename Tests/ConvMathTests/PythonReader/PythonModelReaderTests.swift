import Testing
import ConvMath

func readSource(_ text: String, input: String? = nil, model: String? = nil, settings: [String] = []) throws -> ModelAnalysis {
    let options = SourceModelReader.Options(model: model, settings: settings, inputShape: try input.map(ShapeParser.parse))
    return try SourceModelReader.read(SourceText(name: "model.py", text: text), options: options)
}

func readError(_ text: String, input: String? = nil, model: String? = nil, settings: [String] = []) -> ModelError? {
    do {
        _ = try readSource(text, input: input, model: model, settings: settings)
        return nil
    } catch {
        return error as? ModelError
    }
}

/// Model files are run as programs: classes, forward passes, builders and functional graphs give the
/// totals their frameworks report.
@Suite("model source is read by running it")
struct PythonModelReaderTests {
    @Test("a pooling module called twice in forward is counted once and its second call is marked shared")
    func reusedPool() throws {
        let analysis = try readSource(PythonModelFixtures.reusedPool, input: "3x32x32")
        #expect(analysis.parameters.total == 62_006)
        #expect(analysis.layers.map { $0.path ?? "" } == ["conv1", "pool", "conv2", "pool", "fc1", "fc2", "fc3"])
        #expect(analysis.layers.map(\.sharedCall) == [false, false, false, true, false, false, false])
        #expect(analysis.outputShape == TensorShape([10]))
        #expect(analysis.modelName == nil, "one model at top level needs no name")
        let two = PythonModelFixtures.reusedPool + "\nsmaller = SmallNet(classes=2)\nnet_again = net\n"
        #expect(try readSource(two, input: "3x32x32").modelName == "net_again")
    }

    @Test("a VGG built from a configuration list by a helper gives VGG16's published total")
    func vgg16() throws {
        let analysis = try readSource(PythonModelFixtures.vggBuilder, input: "3x224x224")
        #expect(analysis.parameters.total == 138_357_544)
        #expect(analysis.modelName == "vgg16()", "the summary says which of the file's builders it called")
        #expect(analysis.layers.first?.path == "features.0")
        #expect(analysis.layers.last?.path == "classifier.6")
        #expect(analysis.layers.contains { $0.path == "avgpool" && $0.result.outputShape == TensorShape([512, 7, 7]) })
    }

    @Test("another configuration and batch norm are picked with --model")
    func vggChoice() throws {
        let plain = try readSource(PythonModelFixtures.vggBuilder, input: "3x224x224", model: "vgg('vgg11', num_classes=10)")
        #expect(plain.parameters.total == 128_807_306)
        let normed = try readSource(PythonModelFixtures.vggBuilder, input: "3x224x224", model: "vgg('vgg16', with_norm=True)")
        #expect(normed.parameters.total == 138_365_992)
    }

    @Test("a ResNet-18 with residual blocks, shortcuts and a stage loop gives 11,689,512")
    func resnet18() throws {
        let analysis = try readSource(PythonModelFixtures.residualNet, input: "3x224x224")
        #expect(analysis.parameters.total == 11_689_512)
        #expect(analysis.layers.contains { $0.path == "layer2.0.downsample.0" })
        #expect(analysis.layers.contains { $0.path == "layer4.1.conv2" })
        #expect(analysis.outputShape == TensorShape([1000]))
        let tenClasses = try readSource(PythonModelFixtures.residualNet, input: "3x224x224", model: "resnet18(num_classes=10)")
        #expect(tenClasses.parameters.total == 11_689_512 - 513_000 + 5_130)
    }

    @Test("Keras functional code follows named tensors through Add and Concatenate")
    func kerasBranches() throws {
        let analysis = try readSource(PythonModelFixtures.kerasBranches)
        #expect(analysis.parameters.total == 73_994)
        #expect(analysis.parameters.nonTrainable == 192)
        #expect(analysis.inputShape == TensorShape([32, 32, 3]))
        let concatenate = try #require(analysis.layers.first { $0.spec.type.name == "Concatenate" })
        #expect(concatenate.result.outputShape == TensorShape([32, 32, 32]))
        let names = analysis.layers.compactMap { layer -> String? in
            guard let argument = layer.spec.call?.arguments.first(where: { $0.label == "name" }),
                  case .string(let name) = argument.value.kind else { return nil }
            return name
        }
        #expect(names.contains("proj_1") && names.contains("unit2_conv_a") && names.contains("unit1_conv_b"))
    }

    @Test("a whole training script around a Sequential model: loading, compiling and fitting are harmless")
    func kerasScript() throws {
        let analysis = try readSource(PythonModelFixtures.kerasScript)
        #expect(analysis.parameters.total == 34_826)
        #expect(analysis.layers.count == 7)
    }

    @Test("a Keras Sequential model built with model.build((None, …)) takes its input shape from it")
    func builtSequential() throws {
        let text = """
            import keras
            model = keras.Sequential([keras.layers.Conv2D(4, 3), keras.layers.Flatten(), keras.layers.Dense(2)])
            model.build((None, 8, 8, 1))
            """
        #expect(try readSource(text).parameters.total == 40 + 6 * 6 * 4 * 2 + 2)
    }

    @Test("a builder whose layers come from a module it cannot see is refused, naming where they come from")
    func unseenLayers() throws {
        let text = """
            from .loaders import load_framework_modules

            def Small(classes=10, **kwargs):
                backend, layers, models, utils = load_framework_modules(kwargs)
                inputs = layers.Input(shape=(32, 32, 3))
                x = layers.Conv2D(8, 3)(inputs)
                return models.Model(inputs, x)
            """
        for model in [nil, "Small()"] {
            let error = try #require(readError(text, model: model))
            #expect(error.message.contains("load_framework_modules(kwargs)"), "\(error.message)")
            #expect(error.span?.line == 4)
        }
    }

    @Test("Add refuses tensors of different shapes, naming both")
    func addMismatch() throws {
        let text = """
            import keras
            from keras import layers
            inputs = keras.Input(shape=(8, 8, 3))
            a = layers.Conv2D(4, 3)(inputs)
            b = layers.Conv2D(4, 3, padding="same")(inputs)
            out = layers.Add()([a, b])
            model = keras.Model(inputs, out)
            """
        let error = try #require(readError(text))
        #expect(error.message.contains("(6, 6, 4)") && error.message.contains("(8, 8, 4)"))
        #expect(error.span?.line == 6)
    }

    @Test("a residual + whose shapes disagree is an error, not a total")
    func residualMismatch() throws {
        let text = """
            import torch.nn as nn
            class Block(nn.Module):
                def __init__(self):
                    super().__init__()
                    self.conv = nn.Conv2d(3, 8, 3)
                def forward(self, x):
                    return x + self.conv(x)
            model = Block()
            """
        let error = try #require(readError(text, input: "3x16x16"))
        #expect(error.message.contains("(3, 16, 16)") && error.message.contains("(8, 14, 14)"))
    }

    @Test("ModuleList, OrderedDict names and nn.Sequential(*layers) give PyTorch's module paths")
    func containers() throws {
        let text = """
            from collections import OrderedDict
            import torch.nn as nn
            class Stack(nn.Module):
                def __init__(self, widths=(8, 16)):
                    super().__init__()
                    self.blocks = nn.ModuleList()
                    cin = 3
                    for w in widths:
                        self.blocks.append(nn.Sequential(OrderedDict([("conv", nn.Conv2d(cin, w, 3)), ("act", nn.ReLU())])))
                        cin = w
                    self.head = nn.Linear(cin, 2)
                def forward(self, x):
                    for block in self.blocks:
                        x = block(x)
                    x = x.mean(dim=(2, 3))
                    return self.head(x)
            """
        let analysis = try readSource(text, input: "3x12x12")
        #expect(analysis.layers.map { $0.path ?? "" } == ["blocks.0.conv", "blocks.0.act", "blocks.1.conv", "blocks.1.act", "head"])
        #expect(analysis.parameters.total == (8 * 27 + 8) + (16 * 72 + 16) + (2 * 16 + 2))
    }

    @Test("a ModuleDict is walked by its items, in the order it was given")
    func moduleDict() throws {
        let text = """
            import torch.nn as nn
            class Head(nn.Module):
                def __init__(self):
                    super().__init__()
                    self.stages = nn.ModuleDict({"reduce": nn.Conv2d(8, 4, 1), "act": nn.ReLU(), "expand": nn.Conv2d(4, 8, 1)})
                def forward(self, x):
                    for name, stage in self.stages.items():
                        x = stage(x)
                    return x + self.stages["act"](x)
            model = Head()
            """
        let analysis = try readSource(text, input: "8x4x4")
        #expect(analysis.layers.map { $0.path ?? "" } == ["stages.reduce", "stages.act", "stages.expand", "stages.act"])
        #expect(analysis.parameters.total == (4 * 8 + 4) + (8 * 4 + 8))
    }

    @Test("a layer object shared by two Keras branches is counted once")
    func sharedKerasLayer() throws {
        let text = """
            from tensorflow import keras
            from tensorflow.keras import layers
            left = keras.Input(shape=(16,))
            right = keras.Input(shape=(16,))
            shared = layers.Dense(8)
            merged = layers.concatenate([shared(left), shared(right)])
            model = keras.Model(inputs=[left, right], outputs=layers.Dense(1)(merged))
            """
        let analysis = try readSource(text)
        #expect(analysis.parameters.total == 136 + 17)
        #expect(analysis.layers.filter(\.sharedCall).count == 1)
    }

    @Test("padding, upsampling and Reshape change shapes as the frameworks do, and count nothing")
    func shapeLayers() throws {
        let keras = """
            import keras
            from keras import layers
            inputs = keras.Input(shape=(28, 28, 1))
            x = layers.ZeroPadding2D(((0, 1), (0, 1)))(inputs)
            x = layers.Conv2D(8, 3, strides=2)(x)
            x = layers.UpSampling2D()(x)
            x = layers.Reshape((-1, 8))(x)
            model = keras.Model(inputs, x)
            """
        let read = try readSource(keras)
        #expect(read.layers.map(\.result.outputShape) == [TensorShape([29, 29, 1]), TensorShape([14, 14, 8]),
                                                          TensorShape([28, 28, 8]), TensorShape([784, 8])])
        #expect(read.parameters.total == 80)
        let torch = """
            import torch.nn as nn
            model = nn.Sequential(nn.ReflectionPad2d(1), nn.Conv2d(3, 8, 3), nn.ZeroPad2d((1, 2, 0, 0)), nn.Upsample(scale_factor=2))
            """
        let run = try readSource(torch, input: "3x10x10")
        #expect(run.layers.map(\.result.outputShape) == [TensorShape([3, 12, 12]), TensorShape([8, 10, 10]),
                                                         TensorShape([8, 10, 13]), TensorShape([8, 20, 26])])
        #expect(run.parameters.total == 224)
    }

    @Test("a U-Net pads its upsampled maps to odd skip sizes with F.pad and joins them with torch.cat")
    func unet() throws {
        let analysis = try readSource(PythonModelFixtures.unet, input: "3x30x30")
        func doubleConv(_ cin: Int, _ cout: Int) -> Int { 9 * cin * cout + 2 * cout + 9 * cout * cout + 2 * cout }
        func up(_ cin: Int, _ cout: Int) -> Int { cin * (cin / 2) * 4 + cin / 2 + doubleConv(cin, cout) }
        let expected = doubleConv(3, 8) + doubleConv(8, 16) + doubleConv(16, 32) + up(32, 16) + up(16, 8) + (8 * 2 + 2)
        #expect(analysis.parameters.total == expected)
        #expect(analysis.outputShape == TensorShape([2, 30, 30]))
        let joined = try #require(analysis.layers.first { $0.path == "up1.conv.double_conv.0" })
        #expect(joined.inputShape == TensorShape([32, 15, 15]))
        #expect(analysis.layers.contains { $0.path == "up1.up" && $0.result.outputShape == TensorShape([16, 14, 14]) })
    }

    @Test("a subclass of nn.Sequential runs the modules given to its base's __init__, named 0, 1, 2 as PyTorch names them")
    func sequentialSubclass() throws {
        let text = """
            import torch.nn as nn

            class ConvBN(nn.Sequential):
                def __init__(self, cin, cout, stride=1, groups=1):
                    padding = 1
                    super().__init__(
                        nn.Conv2d(cin, cout, 3, stride, padding, groups=groups, bias=False),
                        nn.BatchNorm2d(cout),
                        nn.ReLU6(inplace=True),
                    )

            class Net(nn.Module):
                def __init__(self):
                    super().__init__()
                    self.stem = ConvBN(3, 32, stride=2)
                    self.body = nn.Sequential(ConvBN(32, 32, groups=32), ConvBN(32, 64))

                def forward(self, x):
                    return self.body(self.stem(x))
            """
        let analysis = try readSource(text, input: "3x32x32")
        #expect(analysis.parameters.total == (864 + 64) + (288 + 64) + (18_432 + 128))
        #expect(analysis.layers.map { $0.path ?? "" } == ["stem.0", "stem.1", "stem.2", "body.0.0", "body.0.1", "body.0.2",
                                                          "body.1.0", "body.1.1", "body.1.2"])
        #expect(analysis.outputShape == TensorShape([64, 16, 16]))
        let unused = text.replacing("return self.body(self.stem(x))", with: "return self.stem(x)")
        #expect(readError(unused, input: "3x32x32")?.message.contains("body.0.0") == true,
                "a subclass's modules that forward never reaches are refused like any other")
    }

    @Test("an image script: files listed and sorted at run time, an augmentation Sequential applied as a layer, a residual functional model")
    func augmentedImageScript() throws {
        let text = """
            import os
            from tensorflow import keras
            from tensorflow.keras import layers

            files = sorted(os.listdir("images"))
            print("found", len(files), any(f.endswith(".png") for f in files), max(files))
            augment = keras.Sequential([layers.RandomFlip("horizontal"), layers.RandomRotation(0.1),
                                        layers.RandomZoom(0.2), layers.GaussianNoise(0.1)])

            def make_model(input_shape, classes):
                inputs = keras.Input(shape=input_shape)
                x = augment(inputs)
                x = layers.Rescaling(1.0 / 255)(x)
                x = layers.Conv2D(8, 3, strides=2, padding="same")(x)
                shortcut = x
                x = layers.SeparableConv2D(16, 3, padding="same")(x)
                x = layers.MaxPooling2D(3, strides=2, padding="same")(x)
                shortcut = layers.Conv2D(16, 1, strides=2, padding="same")(shortcut)
                x = layers.add([x, shortcut])
                x = layers.GlobalAveragePooling2D()(x)
                return keras.Model(inputs, layers.Dense(classes)(x))

            model = make_model((32, 32, 3), classes=len(sorted(["cat", "dog"])))
            """
        let analysis = try readSource(text)
        // 8·27+8, 8·9 + 16·8+16, 16·8+16, 2·16+2
        #expect(analysis.parameters.total == 224 + 216 + 144 + 34)
        let unknownCount = text.replacingOccurrences(of: "classes=len(sorted([\"cat\", \"dog\"]))", with: "classes=len(sorted(files))")
        #expect(readError(unknownCount)?.message.contains("os.listdir") == true)
    }

    @Test("Keras' Resizing, CenterCrop and RandomCrop set the height and width and keep the channels")
    func resizingLayers() throws {
        let text = """
            from tensorflow import keras
            from tensorflow.keras import layers
            model = keras.Sequential([keras.Input((40, 30, 3)), layers.Resizing(36, 36), layers.RandomCrop(32, 32),
                                      layers.CenterCrop(height=28, width=24), layers.Flatten(), layers.Dense(2)])
            """
        let analysis = try readSource(text)
        #expect(analysis.layers.map(\.result.outputShape) == [[36, 36, 3], [32, 32, 3], [28, 24, 3], [2016], [2]].map(TensorShape.init))
        #expect(analysis.parameters.total == 2016 * 2 + 2)
    }

    @Test("modules registered by add_module or assignment in an nn.Sequential subclass run in order; children(), named_children() and modules() walk them")
    func registeredModules() throws {
        let text = """
            import torch
            import torch.nn as nn
            import torch.nn.functional as F

            class Stage(nn.Sequential):
                def __init__(self, cin, cout):
                    super().__init__()
                    self.add_module("norm", nn.BatchNorm2d(cin))
                    self.add_module("relu", nn.ReLU(inplace=True))
                    self.conv = nn.Conv2d(cin, cout, kernel_size=1, bias=False)
                    self.add_module("pool", nn.AvgPool2d(2))

            class Grow(nn.Module):
                def __init__(self, layers, cin, growth):
                    super().__init__()
                    for i in range(layers):
                        self.add_module("unit%d" % (i + 1), nn.Conv2d(cin + i * growth, growth, 3, padding=1))

                def forward(self, x):
                    for name, unit in self.named_children():
                        x = torch.cat([x, F.relu(unit(x))], 1)
                    return x

            class Net(nn.Module):
                def __init__(self, classes=10):
                    super().__init__()
                    self.grow = Grow(2, 8, 4)
                    self.stage = Stage(16, 8)
                    head = nn.Linear(8 * 4 * 4, classes)
                    self.head = head
                    for m in self.modules():
                        if isinstance(m, nn.Conv2d):
                            nn.init.kaiming_normal_(m.weight)
                        elif m is head:
                            nn.init.zeros_(m.bias)
                    assert len(list(self.children())) == 3
                    assert [n for n, _ in self.named_modules()][:4] == ["", "grow", "grow.unit1", "grow.unit2"]

                def forward(self, x):
                    return self.head(torch.flatten(self.stage(self.grow(x)), 1))
            """
        let analysis = try readSource(text, input: "8x8x8")
        // 4·72+4, 4·108+4, 2·16, 8·16, 10·128+10
        #expect(analysis.parameters.total == 292 + 436 + 32 + 128 + 1_290)
        #expect(analysis.layers.map(\.path).suffix(5) == ["stage.norm", "stage.relu", "stage.conv", "stage.pool", "head"])
    }

    @Test("children() is PyTorch's: a Keras model that asks its children gets no number from them, and says so")
    func kerasHasNoChildren() throws {
        let text = """
            from tensorflow import keras
            from tensorflow.keras import layers

            class Net(keras.Model):
                def __init__(self):
                    super().__init__()
                    self.conv = layers.Conv2D(8, 3)
                    self.head = layers.Dense(len(list(self.children())))

                def call(self, x):
                    return self.head(layers.Flatten()(self.conv(x)))
            """
        let error = try #require(readError(text, input: "8x8x3"))
        #expect(error.message.contains("children"), "\(error.message)")
    }
}
