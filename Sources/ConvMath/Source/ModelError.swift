/// A user-facing error about a model description: what is wrong, where, and how to fix it.
///
/// Rendered as a compiler would: the message, the file and position, the offending line with a caret
/// under the part that is wrong, and a hint.
public struct ModelError: Error, Sendable, Equatable {
    public var message: String
    public var span: SourceSpan?
    public var hint: String?
    /// Where the text came from: a file name, `<stdin>`, or `layer 2` for a command-line argument.
    public var sourceName: String?
    /// The full text of the line the span points into.
    public var sourceLine: String?
    /// Further problems found in the same text, in source order, reported together with this one.
    public var more: [ModelError] = []
    /// What else the reader knows about this problem, such as the code it could not check after it.
    public var note: String?

    public init(_ message: String, at span: SourceSpan? = nil, hint: String? = nil) {
        self.message = message
        self.span = span
        self.hint = hint
    }

    /// Fills in the source name and line text from the source the error points into.
    public func located(in source: SourceText) -> ModelError {
        var copy = self
        if copy.sourceName == nil { copy.sourceName = source.name }
        if copy.sourceLine == nil, let span { copy.sourceLine = source.line(span.line) }
        return copy
    }

    /// The message as a compiler prints it, safe for a terminal: control characters are shown visibly.
    public func rendered() -> String {
        var lines = ["error: \(message)"]
        if let span {
            let place = "\(span.line):\(span.column)"
            lines.append(" --> " + (sourceName.map { "\($0):\(place)" } ?? place))
            if let sourceLine {
                let number = String(span.line)
                let gutter = String(repeating: " ", count: number.count)
                let excerpt = SourceExcerpt(line: sourceLine, column: span.column, length: span.length)
                lines.append("\(gutter) |")
                lines.append("\(number) | \(excerpt.text)")
                lines.append("\(gutter) | " + String(repeating: " ", count: excerpt.caretColumn)
                    + "^" + String(repeating: "~", count: excerpt.caretLength - 1))
            }
        } else if let sourceName {
            lines.append(" --> \(sourceName)")
        }
        if let note { lines.append(" = note: \(note)") }
        if let hint { lines.append(" = help: \(hint)") }
        var text = TerminalText.visible(lines.joined(separator: "\n"))
        for other in more { text += "\n\n" + other.rendered() }
        return text
    }

    /// Problems sorted as a compiler lists them: those in the named source first, then by line and
    /// column; a problem found twice is listed once.
    public static func inSourceOrder(_ problems: [ModelError], first name: String? = nil) -> [ModelError] {
        var unique: [ModelError] = []
        var seen = Set<String>()
        for problem in problems {
            let span = problem.span.map { "\($0.line):\($0.column):\($0.length)" } ?? "-"
            if seen.insert("\(problem.sourceName ?? "")\u{0}\(span)\u{0}\(problem.message)").inserted { unique.append(problem) }
        }
        return unique.enumerated().sorted { a, b in
            func key(_ e: ModelError) -> (Int, Int, Int) {
                (e.sourceName == name ? 0 : 1, e.span?.line ?? Int.max, e.span?.column ?? Int.max)
            }
            let (ka, kb) = (key(a.element), key(b.element))
            return ka != kb ? ka < kb : a.offset < b.offset
        }.map(\.element)
    }

    /// Several problems reported as one, in source order; nil when there are none.
    public static func combined(_ problems: [ModelError], first name: String? = nil) -> ModelError? {
        let ordered = inSourceOrder(problems, first: name)
        guard var first = ordered.first else { return nil }
        first.more = Array(ordered.dropFirst())
        return first
    }
}
