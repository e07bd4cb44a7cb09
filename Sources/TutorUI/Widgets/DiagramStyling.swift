import Diagrams
import Tutor

/// Turns a derivation's diagram into styled lines: the input volume cyan, the kernel orange, the
/// output green; without colour the picture reads the same.
enum DiagramStyling {
    static func lines(_ diagram: DerivationDiagram, width: Int, ascii: Bool) -> [StyledLine] {
        DiagramDrawing.diagram(diagram, width: width, unicode: !ascii).lines.map { line in
            StyledLine(line.spans.map { ($0.text, style(for: $0.role)) })
        }
    }

    static func style(for role: DiagramRole) -> CellStyle {
        switch role {
        case .plain: return .plain
        case .input: return CellStyle(.input)
        case .kernel: return CellStyle(.kernel, bold: true)
        case .output: return CellStyle(.output)
        case .bias: return CellStyle(.bias)
        case .label: return CellStyle(.muted)
        case .emphasis: return CellStyle(bold: true)
        }
    }
}
