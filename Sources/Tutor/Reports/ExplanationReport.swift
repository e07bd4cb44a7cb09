import ConvMath

/// The `explain` command's output: each layer's derivation as numbered steps with their diagrams.
public struct ExplanationReport: Sendable {
    public var derivations: [Derivation]

    public init(_ analysis: ModelAnalysis) {
        derivations = Derivation.all(analysis)
    }

    /// The text at `width` columns; `unicode: false` gives pure ASCII.
    public func text(width: Int, unicode: Bool) -> String {
        var lines: [String] = []
        for (index, derivation) in derivations.enumerated() {
            if index > 0 { lines += ["", String(repeating: unicode ? "━" : "=", count: min(width, 72)), ""] }
            lines += DerivationText.lines(derivation, width: width, unicode: unicode)
        }
        let text = lines.map { $0.trimmingTrailingSpaces() }.joined(separator: "\n")
        return unicode ? text : PlainText.asciiFolded(text)
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
