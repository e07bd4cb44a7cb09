/// Word wrapping for labels and captions.
enum TextLayout {
    /// Greedy word wrap to `width` columns; a word longer than the width is cut.
    static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ").map(String.init) {
            var word = word
            if current.isEmpty {
                while word.count > width {
                    lines.append(String(word.prefix(width)))
                    word = String(word.dropFirst(width))
                }
                current = word
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = ""
                while word.count > width {
                    lines.append(String(word.prefix(width)))
                    word = String(word.dropFirst(width))
                }
                current = word
            }
        }
        if !current.isEmpty || lines.isEmpty {
            lines.append(current)
        }
        return lines
    }

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
                var wrapped = wrap(current, width: width)
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
