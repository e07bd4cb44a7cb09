import StyledText
import Tutor

/// A lesson laid out for a width: its paragraphs folded (when ASCII is asked for) and wrapped, its
/// diagrams drawn. The lesson reader shows these lines; `learn --plain` prints their text.
public enum LessonLayout {
    /// Lessons are never laid out narrower than this; a narrower terminal clips them.
    public static let minimumWidth = 20

    public static func lines(_ lesson: Lesson, width: Int, ascii: Bool) -> [StyledLine] {
        let width = max(minimumWidth, width)
        return LessonRendering.elements(lesson).flatMap { element -> [StyledLine] in
            switch element {
            case .blank:
                return [.blank]
            case .paragraph(let line, let indent, let hangingIndent):
                return line.folded(ascii: ascii).wrapped(width: width, indent: indent, hangingIndent: hangingIndent)
            case .verbatim(let line):
                return [line.folded(ascii: ascii)]
            case .rule(let length):
                return [StyledLine(String(repeating: "─", count: min(width, length)), role: .muted).folded(ascii: ascii)]
            case .diagram(let diagram, let indent):
                return DiagramDrawing.lines(diagram, width: width - indent, ascii: ascii).map { $0.indented(indent) }
            }
        }
    }

    /// The lesson as plain text, one string per line.
    public static func text(_ lesson: Lesson, width: Int, ascii: Bool) -> String {
        lines(lesson, width: width, ascii: ascii).map(\.text).joined(separator: "\n")
    }
}
