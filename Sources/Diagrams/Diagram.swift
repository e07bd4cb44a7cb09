import StyledText

/// A picture made of lines of text, each character tagged with a colour role.
public struct Diagram: Sendable, Equatable, Hashable {
    /// The rows, top to bottom.
    public var lines: [StyledLine]

    /// A diagram of the given rows.
    public init(lines: [StyledLine] = []) {
        self.lines = lines
    }

    /// A diagram of plain text lines (split on newlines), all in one role.
    public init(text: String, role: TextRole = .plain) {
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { StyledLine(String($0), role: role) }
    }

    /// Width of the widest line, in characters (every character used is one column wide).
    public var width: Int {
        lines.reduce(0) { max($0, $1.width) }
    }

    /// Number of lines.
    public var height: Int {
        lines.count
    }

    /// Each line's text with trailing spaces removed.
    public var textLines: [String] {
        lines.map { line in
            var text = line.text
            while text.last == " " {
                text.removeLast()
            }
            return text
        }
    }

    /// The lines joined by newlines, trailing spaces trimmed on each line.
    public var text: String {
        textLines.joined(separator: "\n")
    }
}
