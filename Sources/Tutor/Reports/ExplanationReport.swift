import ConvMath

/// The `explain` command's content: each layer's derivation, whose steps describe their diagrams
/// (the UI side lays the text out and draws them).
public struct ExplanationReport: Sendable {
    public var derivations: [Derivation]
    /// Each derivation's layer as the summary names it (`layer1.0.conv1 (Conv2d)`), when the layers
    /// were picked by name.
    public var headings: [String]?

    public init(_ analysis: ModelAnalysis) {
        derivations = Derivation.all(analysis)
    }

    /// The derivations of the rows picked from a model, each under its name.
    public init(_ analysis: ModelAnalysis, rows: [Int]) {
        let names = SummaryReport(analysis).names
        let picked = rows.filter { !analysis.layers[$0].sharedCall }
        derivations = picked.map { index in
            let layer = analysis.layers[index]
            return Derivation(layer: layer.spec, inputShape: layer.inputShape, analysis: layer.result)
        }
        headings = picked.map { "\(names[$0]) (\(analysis.layers[$0].spec.type.name))" }
    }

    /// The call as written, on one line.
    public static func callText(_ call: LayerCall) -> String {
        guard let line = call.source.line(call.span.line) else { return call.writtenName }
        let characters = Array(line)
        let start = max(0, call.span.column - 1)
        let end = min(characters.count, start + call.span.length)
        return start < end ? String(characters[start..<end]) : call.writtenName
    }
}
