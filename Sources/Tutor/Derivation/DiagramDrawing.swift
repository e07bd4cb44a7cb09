/// Draws a derivation's diagram as lines of text fitted to a width.
public enum DiagramDrawing {
    public static func draw(_ diagram: DerivationDiagram, width: Int, unicode: Bool) -> [String] {
        []
    }
}
