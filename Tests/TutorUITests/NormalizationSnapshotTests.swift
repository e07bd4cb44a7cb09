import Testing
import ConvMath
import Tutor
import TutorUI
import TestSupport

/// `explain` of the layers the source reader counts outside the catalog, as snapshots.
@Suite("explanations of normalizations and embeddings")
struct NormalizationSnapshotTests {
    static let sources: [(name: String, input: String?, text: String)] = [
        ("pytorch", "10", """
            import torch.nn as nn
            model = nn.Sequential(nn.Embedding(1000, 64), nn.LayerNorm(64, bias=False), nn.Conv1d(10, 16, 3),
                                  nn.GroupNorm(4, 16))
            """),
        ("keras", nil, """
            import keras
            from keras import layers
            model = keras.Sequential([keras.Input((8, 8, 12)), layers.Normalization(), layers.LayerNormalization(center=False),
                                      layers.GroupNormalization(4)])
            """),
    ]

    @Test("each layer's derivation", arguments: sources.map(\.name))
    func explanation(_ name: String) throws {
        let source = try #require(Self.sources.first { $0.name == name })
        let shape = try source.input.map { try ShapeParser.parse($0) }
        let analysis = try SourceModelReader.read(SourceText(name: "model.py", text: source.text), options: .init(inputShape: shape))
        let report = ExplanationReport(analysis, rows: Array(analysis.layers.indices))
        let text = report.text(width: 80, unicode: true)
        assertSnapshot(text, named: "explain-normalizations-\(name)")
        for line in text.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
        #expect(report.text(width: 80, unicode: false).allSatisfy { $0.isASCII })
    }
}
