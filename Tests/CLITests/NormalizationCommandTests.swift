import Foundation
import Testing
import TestSupport

/// `explain --layer` and `demo --file` derive LayerNorm, GroupNorm and Embedding like any other layer.
@Suite("explain and demo derive normalizations and embeddings")
struct NormalizationCommandTests {
    static let model = NormalizationModel.source

    @Test("explain --layer derives each, ending at the summary's count", arguments: [
        ("emb", "Embedding", "N·d = 1,000·64 = 64,000"),
        ("norm", "LayerNorm", "2·N = 2·64 = 128"),
        ("gn", "GroupNorm", "2·C = 2·16 = 32"),
    ])
    func explainLayer(_ name: String, _ type: String, _ equation: String) throws {
        try ModelSourceCommandTests.withFile(Self.model) { path in
            let result = try ConvTutorProcess.run(["explain", "--width", "80", "--input", "10", "--file", path, "--layer", name])
            #expect(result.status == 0, "\(result.standardError)")
            #expect(result.standardOutput.hasPrefix("\(name) (\(type))"))
            #expect(result.standardOutput.contains(equation), "\(result.standardOutput)")
            #expect(!result.standardOutput.contains("does not derive"))
        }
    }

    @Test("typed as a layer call, the error says to give a model file")
    func typedCall() throws {
        let result = try ConvTutorProcess.run(["explain", "--input", "10x64", "nn.LayerNorm(64)"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("give it with --file"), "\(result.standardError)")
    }

    @Test("demo --file walks every layer, then the sum the summary gives")
    func demoFile() throws {
        try ModelSourceCommandTests.withFile(Self.model) { path in
            let summary = try ConvTutorProcess.run(["summary", "--width", "100", "--input", "10", "--file", path])
            #expect(summary.standardOutput.contains("Total params: 64,656"), "\(summary.standardError)")
            #expect(summary.standardOutput.split(separator: "\n").contains { $0.hasPrefix("gn (GroupNorm)") && $0.hasSuffix("2·16") })
            let result = try ConvTutorProcess.run(["demo", "--input", "10", "--file", path])
            #expect(result.status == 0, "\(result.standardError)")
            let text = result.standardOutput
            #expect(text.contains("Layer 1 of 4, emb") && text.contains("Layer 4 of 4, gn"))
            #expect(text.contains("not per group"))
            #expect(text.contains("64,000 + 128 + 496 + 32 = 64,656 parameters"))
        }
    }
}
