import StyledText

/// Labels and captions laid out from segments; words wrap with the shared `WordWrap`.
enum TextLayout {
    /// Segments joined by `separator` on as few lines as fit in `width`; a line breaks between segments
    /// where possible, and a segment wider than the line is word-wrapped.
    static func wrap(segments: [String], separator: String = "  ", width: Int) -> [String] {
        let width = max(1, width)
        var lines: [String] = []
        var current = ""
        for segment in segments where !segment.isEmpty {
            if current.isEmpty {
                current = segment
            } else if current.count + separator.count + segment.count <= width {
                current += separator + segment
            } else {
                lines.append(current)
                current = segment
            }
            if current.count > width {
                var wrapped: [String] = WordWrap.lines(current, width: width)
                current = wrapped.removeLast()
                lines += wrapped
            }
        }
        if !current.isEmpty || lines.isEmpty {
            lines.append(current)
        }
        return lines
    }

    /// Phrases joined by single spaces, broken between phrases where possible.
    static func phrases(_ phrases: [String], width: Int) -> [String] {
        wrap(segments: phrases, separator: " ", width: width)
    }

    /// The width of the widest line.
    static func width(_ lines: [String]) -> Int {
        lines.reduce(0) { max($0, $1.count) }
    }
}
