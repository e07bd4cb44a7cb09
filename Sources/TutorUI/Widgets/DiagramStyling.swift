import Tutor

/// Turns a derivation's diagram into styled lines: the input volume cyan, the kernel orange.
enum DiagramStyling {
    static func lines(_ diagram: DerivationDiagram, width: Int, ascii: Bool) -> [StyledLine] {
        DiagramDrawing.draw(diagram, width: width, unicode: !ascii).map { StyledLine($0) }
    }
}
