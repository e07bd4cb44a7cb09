/// A derivation as numbered paragraphs of text with its diagrams, as `explain` and the plain quiz print it.
public enum DerivationText {
    public static func lines(_ derivation: Derivation, width: Int, unicode: Bool) -> [String] {
        let call = derivation.layer.call.map { ExplanationReport.callText($0) } ?? derivation.layer.type.name
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
}
