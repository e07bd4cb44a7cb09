import Foundation
import Testing
import TestSupport

@Suite("the convtutor command line")
struct CommandLineTests {
    static let seed = ["--input", "24x24x3", "Conv2D(10, kernel_size=3)", "Flatten()", "Dense(10)"]

    @Test("summary prints the seed's table: 280 / 0 / 48,410, total 48,690")
    func summaryTable() throws {
        let result = try ConvTutorProcess.run(["summary", "--width", "100"] + Self.seed)
        #expect(result.status == 0)
        #expect(result.standardError.isEmpty)
        assertSnapshot(result.standardOutput, named: "summary-seed")
        let rows = result.standardOutput.split(separator: "\n")
        #expect(rows.contains { $0.hasPrefix("conv2d (Conv2D)") && $0.contains(" 280 ") && $0.contains("10·(3·3·3)+10") })
        #expect(rows.contains { $0.hasPrefix("flatten (Flatten)") && $0.contains("(4840,)") && $0.contains(" 0") })
        #expect(rows.contains { $0.hasPrefix("dense (Dense)") && $0.contains("48,410") })
        // As Keras writes them: 48,690 · 4 bytes = 194,760 bytes, 190.195… KB of 1,024 bytes.
        #expect(rows.contains("Total params: 48,690 (190.20 KB)"))
        #expect(rows.contains("Trainable params: 48,690 (190.20 KB)"))
        #expect(rows.contains("Non-trainable params: 0 (0.00 B)"))
        // 22·22·10 + 4,840 + 10 outputs, 4 bytes each: 38,760 bytes.
        #expect(rows.contains("Activations for one input: 9,690 values (37.85 KB in float32)"))
    }

    @Test("summary --dtype sizes the parameters and the activations in another type")
    func summaryDataType() throws {
        let result = try ConvTutorProcess.run(["summary", "--width", "100", "--dtype", "float16"] + Self.seed)
        #expect(result.status == 0)
        let rows = result.standardOutput.split(separator: "\n")
        #expect(rows.contains("Total params: 48,690 (95.10 KB)"))
        #expect(rows.contains("Activations for one input: 9,690 values (18.93 KB in float16)"))
        let json = try ConvTutorProcess.run(["summary", "--json", "--dtype", "int8"] + Self.seed)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        #expect(object["dtype"] as? String == "int8")
        #expect(object["params_bytes"] as? Int == 48_690)
        #expect(object["activation_bytes"] as? Int == 9_690)
        let wrong = try ConvTutorProcess.run(["summary", "--dtype", "float8"] + Self.seed)
        #expect(wrong.status != 0)
        #expect(wrong.standardError.contains("'float32', 'float16', 'bfloat16', 'int8' or 'float64'"))
    }

    @Test("summary --json has exactly the documented keys and values")
    func summaryJSON() throws {
        let result = try ConvTutorProcess.run(["summary", "--json"] + Self.seed)
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(object["framework"] as? String == "keras")
        #expect(object["input_shape"] as? [Int] == [24, 24, 3])
        #expect(object["total_params"] as? Int == 48_690)
        #expect(object["trainable_params"] as? Int == 48_690)
        #expect(object["non_trainable_params"] as? Int == 0)
        #expect(object["dtype"] as? String == "float32")
        #expect(object["bytes_per_value"] as? Int == 4)
        #expect(object["params_bytes"] as? Int == 194_760)
        #expect(object["trainable_params_bytes"] as? Int == 194_760)
        #expect(object["non_trainable_params_bytes"] as? Int == 0)
        #expect(object["activation_values"] as? Int == 9_690)
        #expect(object["activation_bytes"] as? Int == 38_760)
        let layers = try #require(object["layers"] as? [[String: Any]])
        #expect(layers.count == 3)
        #expect(layers[0]["type"] as? String == "Conv2D")
        #expect(layers[0]["output_shape"] as? [Int] == [22, 22, 10])
        #expect(layers[0]["params"] as? Int == 280)
        #expect(layers[0]["trainable_params"] as? Int == 280)
        #expect(layers[0]["non_trainable_params"] as? Int == 0)
        #expect(layers[0]["formula"] as? String == "10*(3*3*3)+10")
        #expect(layers[2]["params"] as? Int == 48_410)
        #expect(layers[2]["output_shape"] as? [Int] == [10])
    }

    @Test("explain of a PyTorch layer draws the shapes it concludes, channels first")
    func explainPyTorchShapes() throws {
        let result = try ConvTutorProcess.run(["explain", "--width", "80", "--input", "3x64x64", "nn.Conv2d(3, 8, 3, padding=2)"])
        #expect(result.status == 0)
        let text = result.standardOutput
        #expect(text.contains("→ 8×66×66"))
        #expect(text.contains("input 3 × 64 × 64"))
        #expect(text.contains("output 8 × 66 × 66"))
        #expect(!text.contains("66 × 66 × 8"))
        #expect(!text.contains("64 × 64 × 3"))
    }

    @Test("explain derives the seed step by step")
    func explainSeed() throws {
        let result = try ConvTutorProcess.run(["explain", "--width", "80", "--input", "24x24x3", "Conv2D(10, kernel_size=3)"])
        #expect(result.status == 0)
        assertSnapshot(result.standardOutput, named: "explain-seed")
        #expect(result.standardOutput.contains("K·K·D = 3·3·3 = 27"))
        #expect(result.standardOutput.contains("M·(K·K·D) = 10·(3·3·3) = 270"))
        #expect(result.standardOutput.contains("270 + 10 = 280 parameters"))
        #expect(result.standardOutput.contains("22×22×10"))
    }

    @Test("a misspelt argument exits 1 with the line and a caret under it")
    func badArgument() throws {
        let result = try ConvTutorProcess.run(["summary", "--input", "24x24x3", "Conv2D(filter=10, kernel_size=3)"])
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.contains("error: Conv2D has no argument 'filter'"))
        #expect(result.standardError.contains("1 | Conv2D(filter=10, kernel_size=3)\n  |        ^~~~~~"))
    }

    @Test("layers come from standard input with '-' and from --file")
    func stdinAndFile() throws {
        let code = "model.add(layers.Conv2D(10, kernel_size=3))  # the classic\nmodel.add(layers.Flatten())\nmodel.add(layers.Dense(10))\n"
        let piped = try ConvTutorProcess.run(["summary", "--json", "--input", "(24, 24, 3)", "-"], input: code)
        #expect(piped.status == 0)
        #expect(piped.standardOutput.contains("\"total_params\": 48690"))

        let file = FileManager.default.temporaryDirectory.appendingPathComponent("convtutor-model-\(UUID().uuidString).py")
        try code.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let fromFile = try ConvTutorProcess.run(["summary", "--json", "--input", "24x24x3", "--file", file.path])
        #expect(fromFile.standardOutput == piped.standardOutput)

        let missing = try ConvTutorProcess.run(["summary", "--input", "24x24x3", "--file", "/nonexistent/model.py"])
        #expect(missing.status == 1)
        #expect(missing.standardError.contains("cannot read '/nonexistent/model.py'"))
    }

    @Test("a narrow table wraps shapes instead of cutting them")
    func narrowTable() throws {
        let result = try ConvTutorProcess.run(["summary", "--width", "40", "--input", "224x224x3",
                                               "Conv2D(64, 3, padding='same', name='block1_conv1')",
                                               "SeparableConv2D(128, 3, depth_multiplier=2)"])
        #expect(result.status == 0)
        assertSnapshot(result.standardOutput, named: "summary-narrow")
        for line in result.standardOutput.split(separator: "\n") {
            #expect(line.count <= 40, "\(line)")
        }
        for piece in ["(224,", "224,", "64)", "(222,", "222,", "128)", "1,792", "17,664"] {
            #expect(result.standardOutput.contains(piece), "\(piece) must appear whole")
        }
    }

    @Test("--version, --help and no layers")
    func helpAndVersion() throws {
        let version = try ConvTutorProcess.run(["--version"])
        #expect(version.status == 0)
        #expect(version.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
        let help = try ConvTutorProcess.run(["summary", "--help"])
        #expect(help.status == 0)
        #expect(help.standardOutput.contains("convtutor summary --input 24x24x3 'Conv2D(10, 3)' 'Flatten()' 'Dense(10)'"))
        let empty = try ConvTutorProcess.run(["summary", "--input", "24x24x3"])
        #expect(empty.status != 0)
        #expect(empty.standardError.contains("give at least one layer"))
    }

    @Test("a non-UTF-8 locale gets plain ASCII")
    func asciiLocale() throws {
        let result = try ConvTutorProcess.run(["explain", "--input", "24x24x3", "Conv2D(10, kernel_size=3)"], environment: ["LANG": "C"])
        #expect(result.status == 0)
        #expect(result.standardOutput.allSatisfy { $0.isASCII })
        #expect(result.standardOutput.contains("M*(K*K*D) = 10*(3*3*3) = 270"))
    }

    @Test("a number option out of range says the range, negative values included", arguments: [
        (["quiz", "--plain", "--seed", "-5"], "a seed is a whole number from 0"),
        (["demo", "--seed", "-1"], "a seed is a whole number from 0"),
        (["interview", "--seed", "x"], "a seed is a whole number from 0"),
        (["quiz", "--plain", "--count", "-1"], "--count must be at least 1"),
        (["interview", "--minutes", "-1"], "--minutes must be more than 0 and at most 600"),
        (["interview", "--kinds", "macs,memroy"], "unknown kind 'memroy'; the kinds are conv2d, conv2d-nobias"),
        (["interview", "--kinds", ""], "--kinds takes kind names separated by commas"),
        (["interview", "--retry-missed", "--seed", "3"], "--retry-missed asks the last round's missed questions again"),
        (["summary", "--width", "-3", "--input", "3x3x3", "Conv2D(1, 1)"], "--width must be at least 20"),
    ])
    func numberOptionRanges(_ arguments: [String], _ says: String) throws {
        let result = try ConvTutorProcess.run(arguments)
        #expect(result.status == 64)
        #expect(result.standardError.contains(says), "\(result.standardError)")
        #expect(!result.standardError.contains("Missing value"))
    }

    @Test("demo --theme takes dark or light, and says so when given another")
    func demoTheme() throws {
        let light = try ConvTutorProcess.run(["demo", "--theme", "light", "--input", "24x24x3", "Conv2D(10, 3)"])
        #expect(light.status == 0, "\(light.standardError)")
        #expect(light.standardOutput.contains("280"))
        let other = try ConvTutorProcess.run(["demo", "--theme", "sepia"])
        #expect(other.status == 64)
        #expect(other.standardError.contains("sepia") && other.standardError.contains("dark") && other.standardError.contains("light"),
                "\(other.standardError)")
    }

    @Test("demo with several layers walks the model, layer by layer, then the total, also without a terminal")
    func demoWholeModel() throws {
        let result = try ConvTutorProcess.run(["demo", "--input", "224x224x3", "Conv2D(64,3,padding=\"same\")", "MaxPooling2D(2)",
                                               "Conv2D(128,3)"])
        #expect(result.status == 0, "\(result.standardError)")
        let text = result.standardOutput
        #expect(text.contains("Layer 1 of 3") && text.contains("Layer 3 of 3"))
        #expect(text.contains("The whole model"))
        #expect(text.contains("1,792 + 73,856 = 75,648 parameters"))
        #expect(!text.contains("224 = 224"), "no step restates a value")
    }

    @Test("demo --file walks a PyTorch class through its forward: a slide per layer object, a reused pool once, then the total")
    func demoFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("convtutor-demo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("net.py")
        try """
            import torch.nn as nn
            import torch.nn.functional as F

            class Net(nn.Module):
                \"\"\"A small classifier for 32×32 colour images.\"\"\"
                def __init__(self, num_classes=10):
                    super().__init__()
                    self.conv1 = nn.Conv2d(3, 6, 5)
                    self.pool = nn.MaxPool2d(2, 2)
                    self.conv2 = nn.Conv2d(6, 16, 5)
                    self.fc = nn.Linear(16 * 5 * 5, num_classes)

                def forward(self, x):
                    x = self.pool(F.relu(self.conv1(x)))
                    x = self.pool(F.relu(self.conv2(x)))
                    return self.fc(x.flatten(1))
            """.write(to: file, atomically: true, encoding: .utf8)
        let result = try ConvTutorProcess.run(["demo", "--file", file.path, "--input", "3x32x32", "--model", "Net(num_classes=7)"])
        #expect(result.status == 0, "\(result.standardError)")
        let text = result.standardOutput
        #expect(text.contains("Layer 1 of 4, conv1") && text.contains("Layer 4 of 4, fc") && !text.contains("Layer 5 of"),
                "the pool is one layer object however often forward calls it")
        #expect(text.contains("conv1 (Conv2d)") && text.contains("fc (Linear)"), "the total names the layers as the model does")
        #expect(text.contains("456 + 2,416 + 2,807 = 5,679 parameters"))

        let wrong = try ConvTutorProcess.run(["demo", "--file", file.path, "Conv2D(10, 3)"])
        #expect(wrong.status == 64)
        #expect(wrong.standardError.contains("leave out the layers"), "\(wrong.standardError)")
        let missing = try ConvTutorProcess.run(["demo", "--file", folder.appendingPathComponent("none.py").path])
        #expect(missing.status == 1)
        #expect(missing.standardError.contains("none.py"), "\(missing.standardError)")
    }
}
