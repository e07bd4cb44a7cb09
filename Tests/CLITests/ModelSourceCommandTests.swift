import Foundation
import Testing
import TestSupport

/// `summary` and `explain` on model files that must be run to be read, with `--model` and `--set`.
@Suite("model files run through the real program")
struct ModelSourceCommandTests {
    static let program = """
        import argparse
        import torch
        import torch.nn as nn
        import torch.nn.functional as F

        parser = argparse.ArgumentParser()
        parser.add_argument("--width", type=int, default=8)
        args = parser.parse_args()


        class Net(nn.Module):
            def __init__(self, width=args.width, classes=10):
                super().__init__()
                self.conv = nn.Conv2d(1, width, 3)
                self.pool = nn.MaxPool2d(2)
                self.head = nn.Linear(width * 3 * 3, classes)

            def forward(self, x):
                x = self.pool(F.relu(self.conv(x)))
                x = self.pool(x)
                return self.head(torch.flatten(x, 1))


        def small():
            return Net(width=4, classes=2)


        model = Net()
        """

    static func withFile<T>(_ text: String, _ body: (String) throws -> T) throws -> T {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("convtutor-source-\(UUID().uuidString).py")
        try text.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        return try body(file.path)
    }

    @Test("a class with a forward that reuses its pool: module paths, a shared row, the total")
    func summaryOfModule() throws {
        try Self.withFile(Self.program) { path in
            let result = try ConvTutorProcess.run(["summary", "--width", "100", "--input", "1x14x14", "--file", path])
            #expect(result.status == 0, "\(result.standardError)")
            let rows = result.standardOutput.split(separator: "\n")
            #expect(rows.contains { $0.hasPrefix("conv (Conv2d)") && $0.contains(" 80 ") })
            #expect(rows.contains { $0.hasPrefix("pool (MaxPool2d)") && $0.contains("(shared)") })
            #expect(rows.contains { $0.hasPrefix("Total params: \(80 + 8 * 9 * 10 + 10) (") })
        }
    }

    @Test("--model picks another model and --set changes a value the file reads from its arguments")
    func modelAndSet() throws {
        try Self.withFile(Self.program) { path in
            let small = try ConvTutorProcess.run(["summary", "--input", "1x14x14", "--file", path, "--model", "small()"])
            #expect(small.status == 0, "\(small.standardError)")
            #expect(small.standardOutput.contains("Total params: \(40 + 4 * 9 * 2 + 2)"))
            let wide = try ConvTutorProcess.run(["summary", "--json", "--input", "1x14x14", "--file", path,
                                                 "--set", "args.width=16", "--model", "Net()"])
            #expect(wide.status == 0, "\(wide.standardError)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(wide.standardOutput.utf8)) as? [String: Any])
            #expect(object["total_params"] as? Int == 160 + 16 * 9 * 10 + 10)
            let layers = try #require(object["layers"] as? [[String: Any]])
            #expect(layers.first?["path"] as? String == "conv")
            #expect(layers.filter { $0["shared"] as? Bool == true }.count == 1)
        }
    }

    @Test("explain derives each layer of a model file once, skipping repeated calls")
    func explainModule() throws {
        try Self.withFile(Self.program) { path in
            let result = try ConvTutorProcess.run(["explain", "--width", "100", "--input", "1x14x14", "--file", path])
            #expect(result.status == 0, "\(result.standardError)")
            #expect(result.standardOutput.contains("80"))
        }
    }

    @Test("--model and --set need a file, and a bad --set is explained")
    func misuse() throws {
        let noFile = try ConvTutorProcess.run(["summary", "--input", "24x24x3", "--model", "Net()", "Conv2D(1, 3)"])
        #expect(noFile.status != 0)
        #expect(noFile.standardError.contains("--model and --set read a model file"))
        try Self.withFile(Self.program) { path in
            let bad = try ConvTutorProcess.run(["summary", "--input", "1x14x14", "--file", path, "--set", "width"])
            #expect(bad.status == 1)
            #expect(bad.standardError.contains("is not NAME=VALUE"))
        }
    }

    @Test("a value the file cannot know is refused, naming the --set that supplies it")
    func unknownValue() throws {
        let text = "import torch.nn as nn\nimport os\nclasses = int(os.environ['CLASSES'])\nmodel = nn.Sequential(nn.Linear(4, classes))\n"
        try Self.withFile(text) { path in
            let result = try ConvTutorProcess.run(["summary", "--input", "4", "--file", path])
            #expect(result.status == 1)
            #expect(result.standardError.contains("--set classes=VALUE"))
            #expect(!result.standardOutput.contains("Total"))
            let given = try ConvTutorProcess.run(["summary", "--input", "4", "--file", path, "--set", "classes=3"])
            #expect(given.standardOutput.contains("Total params: 15"), "\(given.standardError)")
        }
    }

    @Test("a file of layer calls with a misspelt layer keeps the layer reader's message, with its suggestion")
    func snippetKeepsItsMessage() throws {
        try Self.withFile("Conv2D(10, 3)\nConv2(3, 3)\nFlatten()\n") { path in
            let result = try ConvTutorProcess.run(["summary", "--input", "8x8x3", "--file", path])
            #expect(result.status == 1)
            #expect(result.standardError.contains("unknown layer 'Conv2'"))
            #expect(result.standardError.contains("did you mean Conv2D?"))
        }
        try Self.withFile("model = Sequential([Conv2D(10, 3), Dens(10)])\n") { path in
            let result = try ConvTutorProcess.run(["summary", "--input", "8x8x3", "--file", path])
            #expect(result.standardError.contains("did you mean Dense?"))
        }
    }

    @Test("a file that defines a class is run, never read line by line: a module forward() does not call is not given a shape")
    func classFileIsRun() throws {
        let text = """
            import torch.nn as nn
            class Net(nn.Module):
                def __init__(self):
                    super().__init__()
                    self.conv = nn.Conv2d(3, 8, 3)
                    self.aux = nn.Conv2d(8, 4, 1)
                def forward(self, x):
                    return self.conv(x)
            """
        try Self.withFile(text) { path in
            let result = try ConvTutorProcess.run(["summary", "--input", "3x8x8", "--file", path])
            #expect(result.status == 1)
            #expect(result.standardError.contains("'aux' (Conv2d) is never applied"), "\(result.standardError)")
            #expect(!result.standardOutput.contains("Total params"))
        }
        try Self.withFile(text.replacingOccurrences(of: "return self.conv(x)", with: "return self.aux(self.conv(x))")) { path in
            let result = try ConvTutorProcess.run(["summary", "--input", "3x8x8", "--file", path])
            #expect(result.status == 0, "\(result.standardError)")
            #expect(result.standardOutput.contains("Multiply-accumulates per sample: 8,928"))  // 8·36·27 + 4·36·8
        }
    }
}
