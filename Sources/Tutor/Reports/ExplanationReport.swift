import ConvMath

/// The `explain` command's content: each layer's derivation, whose steps describe their diagrams
/// (the UI side lays the text out and draws them).
public struct ExplanationReport: Sendable {
    public var derivations: [Derivation]

    public init(_ analysis: ModelAnalysis) {
        derivations = Derivation.all(analysis)
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
