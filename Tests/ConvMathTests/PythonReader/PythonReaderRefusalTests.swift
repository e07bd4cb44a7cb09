import Testing
import ConvMath

/// What the reader cannot know is refused with what to supply, never counted; syntax problems are
/// all reported, in source order.
@Suite("source the reader cannot count is refused, with what to supply")
struct PythonReaderRefusalTests {
    static let configuredModel = """
        import json
        import torch.nn as nn
        with open("config.json") as f:
            config = json.load(f)
        num_classes = config["classes"]
        model = nn.Sequential(nn.Flatten(), nn.Linear(784, num_classes))
        """

    @Test("a size read from a file the reader cannot see is an error that says to use --set, and --set supplies it")
    func unknownSize() throws {
        let error = try #require(readError(Self.configuredModel, input: "1x28x28"))
        #expect(error.span?.line == 6)
        #expect(error.message.contains("num_classes") && error.message.contains("json.load(f)"))
        #expect(error.hint == "give it with --set num_classes=VALUE")
        #expect(try readSource(Self.configuredModel, input: "1x28x28", settings: ["num_classes=10"]).parameters.total == 7_850)
    }

    @Test("argparse options take their defaults, as the script runs with no arguments; --set changes them")
    func argparseDefaults() throws {
        let text = """
            import argparse
            import torch.nn as nn
            parser = argparse.ArgumentParser(description="trains a classifier")
            parser.add_argument("--num-classes", type=int, default=10)
            parser.add_argument("--hidden", default="32", type=int)
            parser.add_argument("--wide", action="store_true")
            args = parser.parse_args()
            hidden = args.hidden * 2 if args.wide else args.hidden
            model = nn.Sequential(nn.Flatten(), nn.Linear(784, hidden), nn.Linear(hidden, args.num_classes))
            """
        #expect(try readSource(text, input: "1x28x28").parameters.total == 784 * 32 + 32 + 32 * 10 + 10)
        #expect(try readSource(text, input: "1x28x28", settings: ["args.wide=True", "args.num_classes=5"]).parameters.total
                == 784 * 64 + 64 + 64 * 5 + 5)
    }

    @Test("a layer made in a loop over an unknown range is an error")
    func unknownLoop() throws {
        let text = """
            import sys
            import torch.nn as nn
            depth = int(sys.argv[1])
            layers = []
            for _ in range(depth):
                layers.append(nn.Linear(4, 4))
            model = nn.Sequential(*layers)
            """
        let error = try #require(readError(text, input: "4"))
        #expect(error.span?.line == 6)
        #expect(error.message.contains("sys.argv"))
        #expect(try readSource(text, input: "4", settings: ["depth=3"]).parameters.total == 60)
    }

    @Test("a list changed in a branch the reader cannot decide becomes unknown, so a count read from it is an error")
    func poisonedList() throws {
        let text = """
            import os
            import torch.nn as nn
            widths = [8]
            if os.environ.get("WIDE"):
                widths.append(16)
            model = nn.Sequential(nn.Flatten(), nn.Linear(4, widths[-1]))
            """
        let error = try #require(readError(text, input: "4"))
        #expect(error.span?.line == 6)
    }

    @Test("a training loop over a data loader is harmless")
    func trainingLoop() throws {
        let text = """
            import torch
            import torch.nn as nn
            from torch.utils.data import DataLoader
            model = nn.Sequential(nn.Flatten(), nn.Linear(784, 10))
            loader = DataLoader(dataset, batch_size=64)
            optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
            for epoch in range(2):
                for images, labels in loader:
                    loss = nn.functional.cross_entropy(model(images), labels)
                    if loss.item() < 0.1:
                        break
                    optimizer.zero_grad()
                    loss.backward()
            """
        #expect(try readSource(text, input: "1x28x28").parameters.total == 7_850)
    }

    @Test("every syntax problem is reported at once, in source order, each with its place")
    func everySyntaxProblem() throws {
        let text = """
            import torch.nn as nn
            x = = 2
            y = 3
            def f(1):
                return 1
            z = "unterminated
              w = 1
            model = nn.Sequential(nn.Linear(2, 2))
            """
        let error = try #require(readError(text, input: "2"))
        let lines = ([error] + error.more).compactMap { $0.span?.line }
        #expect(lines == [2, 4, 6, 7])
        #expect(error.rendered().contains("-->"))
    }

    @Test("deep nesting is an error, never a stack overflow")
    func deepNesting() throws {
        let deep = String(repeating: "(", count: 5_000) + "1" + String(repeating: ")", count: 5_000)
        let error = try #require(readError("x = \(deep)\n"))
        #expect(error.message.contains("nests"))
        for count in [150, 20_000] {
            let chain = "x = 1" + String(repeating: " + 1", count: count) + "\n"
            #expect(try #require(readError(chain)).message.contains("nests"))
        }
        let long = "import torch.nn as nn\nwidth = 1" + String(repeating: " + 1", count: 60) + "\nmodel = nn.Sequential(nn.Linear(1, width))\n"
        #expect(try readSource(long, input: "1").parameters.total == 2 * 61)
        let recursive = "def f(n):\n    return f(n + 1)\nmodel = f(0)\n"
        #expect(try #require(readError(recursive)).message.contains("nest"))
        let endless = "while True:\n    pass\n"
        #expect(try #require(readError(endless)).message.contains("steps"))
    }

    @Test("a file with no model lists the candidates and how to pick one")
    func noModel() throws {
        let text = """
            import torch.nn as nn
            class Encoder(nn.Module):
                def __init__(self, channels):
                    super().__init__()
                    self.conv = nn.Conv2d(channels, 8, 3)
                def forward(self, x):
                    return self.conv(x)
            """
        let error = try #require(readError(text, input: "3x8x8"))
        #expect(error.hint?.contains("--model") == true)
        #expect(error.hint?.contains("Encoder") == true)
        #expect(try readSource(text, input: "3x8x8", model: "Encoder(3)").parameters.total == 224)
    }

    @Test("a PyTorch module needs --input, and a module forward never calls is refused")
    func moduleInput() throws {
        let text = """
            import torch.nn as nn
            class Net(nn.Module):
                def __init__(self):
                    super().__init__()
                    self.used = nn.Linear(4, 4)
                    self.unused = nn.Linear(4, 2)
                def forward(self, x):
                    return self.used(x)
            net = Net()
            """
        #expect(try #require(readError(text)).hint?.contains("--input") == true)
        let error = try #require(readError(text, input: "4"))
        #expect(error.message.contains("unused"))
    }

    @Test("an unknown layer of a framework is named, with the closest known one")
    func unknownLayer() throws {
        let text = """
            import torch.nn as nn
            model = nn.Sequential(nn.Conv2d(3, 8, 3), nn.MultiheadAttention(8, 2))
            """
        let error = try #require(readError(text, input: "3x8x8"))
        #expect(error.message.contains("nn.MultiheadAttention"))
        #expect(error.span?.line == 2)
    }

    @Test("Python's integer semantics: floor division and modulo round toward negative infinity; overflow is an error")
    func integerSemantics() throws {
        let text = """
            import torch.nn as nn
            a = -7 // 2
            b = -7 % 3
            width = 10 + a * 2 + b * 3
            model = nn.Sequential(nn.Linear(2, width))
            """
        #expect(try readSource(text, input: "2").parameters.total == 3 * 8)
        let overflow = "import torch.nn as nn\nn = 2 ** 62 * 4\nmodel = nn.Sequential(nn.Linear(2, n))\n"
        #expect(try #require(readError(overflow, input: "2")).message.contains("64 bits"))
    }

    @Test("values that contain themselves and lists grown by doubling end in errors, never a crash")
    func selfReference() throws {
        let programs = [
            "a = []\na.append(a)\nb = str(a)\nc = a == [a]\nimport torch.nn as nn\nmodel = nn.Sequential(nn.Linear(2, a))\n",
            "a = [0]\nb = [a]\na[0] = b\nc = a == b\nd = a < b\n",
            "import keras\nmodel = keras.Sequential()\nmodel.add(model)\n",
            "s = 'ab'\nwhile True:\n    s = s + s\n",
            "l = [1]\nfor _ in range(64):\n    l = l * 2\n",
            "a = []\nfor _ in range(100000):\n    a = [a]\n",
            "t = ()\nfor _ in range(100000):\n    t = (t,)\n",
            "d = {}\nfor _ in range(100000):\n    d = {'k': d}\n",
            "class N:\n    pass\nn = None\nfor _ in range(100000):\n    m = N()\n    m.next = n\n    n = m\n",
            "import torch.nn as nn\ns = nn.ReLU()\nfor _ in range(100000):\n    s = nn.Sequential(s)\n",
            "import keras\nm = keras.Sequential()\nfor _ in range(100000):\n    n = keras.Sequential()\n    n.add(m)\n    m = n\n",
            "a = []\nfor _ in range(100000):\n    b = []\n    b.append(a)\n    a = b\n",
        ]
        for program in programs {
            #expect(readError(program, input: "2") != nil, "\(program)")
        }
    }

    @Test("weights a custom layer adds itself (add_weight in build, nn.Parameter) are refused, not left out")
    func ownWeights() throws {
        let keras = """
            import keras
            from keras import layers
            class Scale(layers.Layer):
                def build(self, input_shape):
                    self.w = self.add_weight(shape=(input_shape[-1],), initializer="ones")
                def call(self, x):
                    return x * self.w
            inputs = keras.Input(shape=(4,))
            model = keras.Model(inputs, Scale()(layers.Dense(3)(inputs)))
            """
        #expect(try #require(readError(keras)).span?.line == 5)
        let torch = """
            import torch
            import torch.nn as nn
            class Token(nn.Module):
                def __init__(self):
                    super().__init__()
                    self.token = nn.Parameter(torch.zeros(1, 8))
                    self.fc = nn.Linear(8, 8)
                def forward(self, x):
                    return self.fc(x) + self.token
            model = Token()
            """
        #expect(try #require(readError(torch, input: "8")).message.contains("nn.Parameter"))
    }

    @Test("a required argparse option has no value until --set gives it: a count that depends on it is an error")
    func requiredOption() throws {
        let text = """
            import argparse
            import torch.nn as nn
            parser = argparse.ArgumentParser()
            parser.add_argument("--dataset", required=True)
            parser.add_argument("classes", type=int)
            parser.add_argument("--note", nargs="?", default="none")
            opt = parser.parse_args()
            channels = 1 if opt.dataset == "mnist" else 3
            model = nn.Sequential(nn.Conv2d(channels, 8, 3), nn.Flatten(), nn.Linear(8 * 6 * 6, opt.classes))
            """
        let error = try #require(readError(text, input: "3x8x8"))
        #expect(error.message.contains("add_argument(\"--dataset\""), "\(error.message)")
        let classes = try #require(readError(text, input: "3x8x8", settings: ["opt.dataset='cifar'"]))
        #expect(classes.message.contains("add_argument(\"classes\""), "\(classes.message)")
        let analysis = try readSource(text, input: "1x8x8", settings: ["opt.dataset='mnist'", "opt.classes=10"])
        #expect(analysis.parameters.total == 8 * 9 + 8 + 288 * 10 + 10)
    }

    @Test("modules kept in a plain list are refused, as PyTorch leaves them out of model.parameters(); nn.ModuleList counts them")
    func plainListOfModules() throws {
        let text = """
            import torch.nn as nn
            class Net(nn.Module):
                def __init__(self, wrap=False):
                    super().__init__()
                    blocks = [nn.Linear(10, 20), nn.Linear(20, 5)]
                    self.blocks = nn.ModuleList(blocks) if wrap else blocks
                    self.head = nn.Linear(5, 2)
                def forward(self, x):
                    for block in self.blocks:
                        x = block(x)
                    return self.head(x)
            """
        let error = try #require(readError(text, input: "10", model: "Net()"))
        #expect(error.span?.line == 6)
        #expect(error.message.contains("'blocks' of Net holds modules in a plain list"))
        #expect(error.hint?.contains("nn.ModuleList") == true)
        #expect(try readSource(text, input: "10", model: "Net(wrap=True)").parameters.total == 220 + 105 + 12)
        let inDict = text.replacingOccurrences(of: "blocks = [nn.Linear(10, 20), nn.Linear(20, 5)]",
                                               with: "blocks = {'a': nn.Linear(10, 20)}")
            .replacingOccurrences(of: "for block in self.blocks:", with: "for block in [self.blocks['a'], nn.Identity()]:")
            .replacingOccurrences(of: "nn.Linear(5, 2)", with: "nn.Linear(20, 2)")
        #expect(readError(inDict, input: "10", model: "Net()")?.hint?.contains("nn.ModuleDict") == true)
    }

    @Test("a class derived from a layer class is refused, naming the layer it extends")
    func layerSubclass() throws {
        let text = """
            import torch.nn as nn
            class Scaled(nn.Linear):
                def forward(self, x):
                    return super().forward(x) * 2
            class Net(nn.Module):
                def __init__(self):
                    super().__init__()
                    self.fc = Scaled(4, 2)
                def forward(self, x):
                    return self.fc(x)
            """
        let error = try #require(readError(text, input: "4"))
        #expect(error.span?.line == 8)
        #expect(error.message.contains("Scaled extends torch.nn.Linear, a layer class"), "\(error.message)")
    }

    @Test("a function's __doc__ is its docstring, and setting attributes on a function builds nothing")
    func functionDocstrings() throws {
        let text = """
            import torch.nn as nn
            def small(classes=10):
                \"\"\"A small classifier.\"\"\"
                return nn.Sequential(nn.Flatten(), nn.Linear(16, classes))
            def tiny(classes=2):
                return small(classes)
            setattr(tiny, '__doc__', small.__doc__)
            tiny.__doc__ = small.__doc__ + " (two classes)"
            assert small.__doc__ == "A small classifier."
            model = tiny()
            """
        #expect(try readSource(text, input: "1x4x4").parameters.total == 16 * 2 + 2)
    }

    @Test("a subcommand's options are unknown, since which subcommand runs is known only when the script runs")
    func subcommandOptions() throws {
        let text = """
            import argparse
            import torch.nn as nn
            parser = argparse.ArgumentParser()
            commands = parser.add_subparsers(title="commands", dest="command")
            train = commands.add_parser("train")
            train.add_argument("--width", type=int, default=8)
            args = parser.parse_args()
            model = nn.Sequential(nn.Linear(4, args.width))
            """
        let error = try #require(readError(text, input: "4"))
        #expect(error.message.contains("train.add_argument(\"--width\""), "\(error.message)")
        #expect(try readSource(text, input: "4", settings: ["args.width=8"]).parameters.total == 40)
    }

    @Test("a file that makes no layer at all says so, rather than that its model was not found")
    func noLayers() throws {
        #expect(readError("import torch\nx = torch.zeros(3)\nprint(x)\n")?.message == SourceModelReader.noLayersMessage)
        #expect(readError("import torch.nn as nn\nconv = nn.Conv2d(3, 8, 3)\n")?.message == SourceModelReader.noModelMessage)
    }

    @Test("a float formatted with a precision is not guessed: a count that depends on the text is an error")
    func roundedFloatText() throws {
        let text = """
            import torch.nn as nn
            width = int(f"{2.675 * 10:.0f}")
            model = nn.Sequential(nn.Linear(4, width))
            """
        #expect(readError(text, input: "4") != nil)
    }

    @Test("the builder that would be picked fails on an unknown value: its error is given, never another builder's count")
    func noFallbackToAnotherBuilder() throws {
        let text = """
            import os
            import torch.nn as nn
            def small():
                return nn.Sequential(nn.Linear(4, 2))
            def large():
                hidden = int(os.environ["HIDDEN"])
                return nn.Sequential(nn.Linear(4, 8), nn.Linear(8, hidden))
            def report(path="out.txt"):
                return open(path).read()
            """
        let error = try #require(readError(text, input: "4"))
        #expect(error.message.contains("os.environ"), "\(error.message)")
        #expect(try readSource(text, input: "4", settings: ["hidden=3"]).parameters.total == 40 + 27)
        #expect(try readSource(text, input: "4", model: "small()").parameters.total == 10)
    }
}
