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
            lines += layerText(derivation, width: width, unicode: unicode)
        }
        let text = lines.map { $0.trimmingTrailingSpaces() }.joined(separator: "\n")
        return unicode ? text : PlainText.asciiFolded(text)
    }

    private func layerText(_ derivation: Derivation, width: Int, unicode: Bool) -> [String] {
        let call = derivation.layer.call.map { Self.callText($0) } ?? derivation.layer.type.name
        var lines = PlainText.wrap("\(call): \(derivation.headline)", width: width)
        lines.append(String(repeating: unicode ? "─" : "-", count: min(width, lines.map(\.count).max() ?? 0)))
        for (number, step) in derivation.steps.enumerated() {
            lines.append("")
            lines.append("\(number + 1). \(step.title)")
            lines += PlainText.wrap(step.explanation, width: width - 3).map { "   " + $0 }
            lines += PlainText.wrap(step.equation, width: width - 3).map { "   " + $0 }
            if let diagram = step.diagram {
                let picture = DiagramDrawing.draw(diagram, width: width - 3, unicode: unicode)
                if !picture.isEmpty {
                    lines.append("")
                    lines += picture.map { "   " + $0 }
                }
            }
        }
        return lines
    }

    /// The call as written, on one line.
    static func callText(_ call: LayerCall) -> String {
        guard let line = call.source.line(call.span.line) else { return call.writtenName }
        let characters = Array(line)
        let start = max(0, call.span.column - 1)
        let end = min(characters.count, start + call.span.length)
        return start < end ? String(characters[start..<end]) : call.writtenName
    }
}
