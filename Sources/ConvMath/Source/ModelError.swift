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

    public func rendered() -> String {
        var lines = ["error: \(message)"]
        if let span {
            let place = "\(span.line):\(span.column)"
            lines.append(" --> " + (sourceName.map { "\($0):\(place)" } ?? place))
            if let sourceLine {
                let number = String(span.line)
                let gutter = String(repeating: " ", count: number.count)
                let text = sourceLine.replacingTabs()
                let caretStart = max(0, min(span.column - 1, text.count))
                let caretLength = max(1, min(span.length, max(1, text.count - caretStart)))
                lines.append("\(gutter) |")
                lines.append("\(number) | \(text)")
                lines.append("\(gutter) | " + String(repeating: " ", count: caretStart)
                    + "^" + String(repeating: "~", count: caretLength - 1))
            }
        } else if let sourceName {
            lines.append(" --> \(sourceName)")
        }
        if let hint { lines.append(" = help: \(hint)") }
        return lines.joined(separator: "\n")
    }
}

extension String {
    fileprivate func replacingTabs() -> String {
        String(map { $0 == "\t" ? " " : $0 })
    }
}
