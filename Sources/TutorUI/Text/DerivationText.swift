import StyledText
import Tutor

/// A derivation as numbered paragraphs with its diagrams, as `explain`, the plain quiz and
/// `demo --plain` print it.
public enum DerivationText {
    /// The lines at `width` columns; with `ascii` every character is folded before it is laid out.
    /// Without `diagrams` the pictures are left out (plain mode, where a screen reader would read
    /// box drawing aloud character by character).
    public static func lines(_ derivation: Derivation, width: Int, ascii: Bool, diagrams: Bool = true) -> [StyledLine] {
        let call = derivation.layer.call.map { ExplanationReport.callText($0) } ?? derivation.layer.type.name
        let header = derivation.target == nil ? "\(call): \(derivation.headline)" : derivation.headline.capitalizedFirst
        var lines = StyledLine.wrapped(header, width: width, role: .emphasis, ascii: ascii)
        let ruleWidth = min(width, lines.map(\.width).max() ?? 0)
        if diagrams { lines.append(StyledLine(String(repeating: "─", count: ruleWidth), role: .muted).folded(ascii: ascii)) }
        for (number, step) in derivation.steps.enumerated() {
            lines.append(.blank)
            lines += StyledLine.wrapped("\(number + 1). \(step.title)", width: width, role: .emphasis, ascii: ascii)
            lines += StyledLine.wrapped(step.explanation, width: width, indent: 3, ascii: ascii)
            lines += StyledLine.wrapped(step.equation, width: width, role: .accent, indent: 3, ascii: ascii)
            if diagrams, let diagram = step.diagram {
                let picture = DiagramDrawing.lines(diagram, width: width - 3, ascii: ascii, layout: derivation.layout)
                if !picture.isEmpty {
                    lines.append(.blank)
                    lines += picture.map { $0.indented(3) }
                }
            }
        }
        return lines
    }

    /// The lines as plain text, one string per line.
    public static func text(_ derivation: Derivation, width: Int, ascii: Bool, diagrams: Bool = true) -> String {
        lines(derivation, width: width, ascii: ascii, diagrams: diagrams).map(\.text).joined(separator: "\n")
    }
}

private extension String {
    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
