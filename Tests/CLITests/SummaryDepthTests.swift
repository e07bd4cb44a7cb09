import Foundation
import Testing
import TestSupport

/// A PyTorch model's rows sit under headings for their modules, indented by depth, and `--depth`
/// folds deeper modules into one row each, as torchinfo does.
@Suite("summary rows follow a model's modules")
struct SummaryDepthTests {
    func summary(_ extra: [String]) throws -> (output: String, rows: [Substring]) {
        try ModelSourceCommandTests.withFile(ExplainLayerTests.tinyResNet) { path in
            let result = try ConvTutorProcess.run(["summary", "--width", "120", "--input", "3x32x32", "--file", path] + extra)
            #expect(result.status == 0, "\(result.standardError)")
            return (result.standardOutput, result.standardOutput.split(separator: "\n"))
        }
    }

    @Test("nested modules get a heading each and their layers are indented below them")
    func headings() throws {
        let (_, rows) = try summary([])
        #expect(rows.contains { $0.hasPrefix("layer1 (Sequential)") && !$0.contains("(16") })
        #expect(rows.contains { $0.hasPrefix("  layer1.0 (BasicBlock)") })
        #expect(rows.contains { $0.hasPrefix("    layer1.0.conv1 (Conv2d)") && $0.contains("2,304") })
        #expect(rows.contains { $0.hasPrefix("      layer2.0.downsample.0 (Conv2d)") && $0.contains("512") })
        #expect(rows.contains { $0.hasPrefix("conv1 (Conv2d)") })
    }

    @Test("--depth 1 shows the model's own modules, each with its layers' sum and its last output")
    func depthOne() throws {
        let (output, rows) = try summary(["--depth", "1"])
        // Stage 1: two blocks of 2,304 + 32 + 2,304 + 32; stage 2: 14,528 + 18,560 (see the fixture).
        #expect(rows.contains { $0.hasPrefix("layer1 (Sequential)") && $0.contains("(16, 32, 32)") && $0.contains("9,344") })
        #expect(rows.contains { $0.hasPrefix("layer2 (Sequential)") && $0.contains("(32, 16, 16)") && $0.contains("33,088") })
        #expect(!output.contains("layer1.0"))
        #expect(output.contains("Total params: 43,226"))
    }

    @Test("--depth 2 folds each block, and the JSON carries each row's path and depth")
    func depthTwo() throws {
        let (_, rows) = try summary(["--depth", "2"])
        #expect(rows.contains { $0.hasPrefix("  layer2.0 (BasicBlock)") && $0.contains("14,528") })
        #expect(rows.contains { $0.hasPrefix("  layer2.1 (BasicBlock)") && $0.contains("18,560") })
        let (json, _) = try summary(["--depth", "2", "--json"])
        #expect(json.contains("\"path\" : \"layer2.0\"") || json.contains("\"path\": \"layer2.0\""))
        #expect(json.contains("\"folded_calls\""))
        let (full, _) = try summary(["--json"])
        #expect(full.contains("layer2.0.downsample.0"))
    }

    @Test("--depth below 1 is refused")
    func badDepth() throws {
        try ModelSourceCommandTests.withFile(ExplainLayerTests.tinyResNet) { path in
            let result = try ConvTutorProcess.run(["summary", "--input", "3x32x32", "--file", path, "--depth", "0"])
            #expect(result.status != 0)
            #expect(result.standardError.contains("--depth must be at least 1"))
        }
    }
}
