import StyledText

/// Plain-mode text laid out for a terminal: spelled in ASCII when it cannot show Unicode, each line
/// wrapped to the width. Indented lines are code or commands, to be copied whole, and are never broken.
public enum PlainLines {
    /// `text` laid out; its first line starts at `column` (after a prompt it answers).
    public static func layOut(_ text: String, width: Int, unicode: Bool, startingAt column: Int = 0) -> String {
        let folded = unicode ? text : ASCIIFold.fold(text)
        return folded.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
            guard !line.isEmpty, !line.hasPrefix("  ") else { return String(line) }
            let indent = index == 0 ? min(column, width / 2) : 0
            var lines = WordWrap.lines(String(line), width: width, indent: indent, hangingIndent: 0)
            lines[0] = String(lines[0].dropFirst(indent))
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }
}
