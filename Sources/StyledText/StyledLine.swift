/// One line of styled text: runs laid end to end, every character one display column wide.
public struct StyledLine: Sendable, Equatable, Hashable {
    /// The runs, left to right; never empty runs, and never two neighbours that look the same.
    public private(set) var runs: [StyledRun]

    /// A line of runs; neighbours that look the same are merged and empty runs dropped.
    public init(_ runs: [StyledRun] = []) {
        self.runs = []
        for run in runs { append(run) }
    }

    /// A line of one run.
    public init(_ text: String, role: TextRole = .plain, strong: Bool = false) {
        self.init([StyledRun(text, role: role, strong: strong)])
    }

    public static let blank = StyledLine()

    /// The characters of the line, without roles.
    public var text: String { runs.map(\.text).joined() }

    /// Display columns the line takes (one per `Character`).
    public var width: Int { runs.reduce(0) { $0 + $1.text.count } }

    public mutating func append(_ run: StyledRun) {
        guard !run.text.isEmpty else { return }
        if let last = runs.last, last.looksLike(run) {
            runs[runs.count - 1].text += run.text
        } else {
            runs.append(run)
        }
    }

    public mutating func append(_ text: String, role: TextRole = .plain, strong: Bool = false) {
        append(StyledRun(text, role: role, strong: strong))
    }

    public mutating func append(_ line: StyledLine) {
        for run in line.runs { append(run) }
    }

    /// The same line shifted right by `columns` plain spaces.
    public func indented(_ columns: Int) -> StyledLine {
        var line = StyledLine(String(repeating: " ", count: max(0, columns)))
        line.append(self)
        return line
    }

    /// The line cut to at most `width` characters.
    public func clipped(toWidth width: Int) -> StyledLine {
        var remaining = max(0, width)
        var kept = StyledLine()
        for run in runs where remaining > 0 {
            let piece = run.text.count <= remaining ? run.text : String(run.text.prefix(remaining))
            kept.append(StyledRun(piece, role: run.role, strong: run.strong))
            remaining -= piece.count
        }
        return kept
    }

    /// The line without trailing spaces.
    public func trimmingTrailingSpaces() -> StyledLine {
        var line = self
        while let last = line.runs.last {
            var text = last.text
            while text.last == " " { text.removeLast() }
            if text.isEmpty {
                line.runs.removeLast()
            } else {
                line.runs[line.runs.count - 1].text = text
                break
            }
        }
        return line
    }

    /// Every character spelled in ASCII by the one fold table, roles kept.
    public func asciiFolded() -> StyledLine {
        StyledLine(runs.map { StyledRun(ASCIIFold.fold($0.text), role: $0.role, strong: $0.strong) })
    }

    /// The line folded to ASCII when `ascii` is set, unchanged otherwise.
    public func folded(ascii: Bool) -> StyledLine {
        ascii ? asciiFolded() : self
    }

    /// The line wrapped to lines of at most `width` columns; see `WordWrap`.
    public func wrapped(width: Int, indent: Int = 0, hangingIndent: Int? = nil,
                        breakAfter: Set<Character> = WordWrap.spaces) -> [StyledLine] {
        WordWrap.lines(self, width: width, indent: indent, hangingIndent: hangingIndent, breakAfter: breakAfter)
    }

    /// Text in one role, split into paragraphs at newlines, folded to ASCII when asked (before it is
    /// measured) and wrapped to lines of at most `width` columns, the first `indent` columns blank.
    public static func wrapped(_ text: String, width: Int, role: TextRole = .plain, strong: Bool = false,
                               indent: Int = 0, ascii: Bool) -> [StyledLine] {
        text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { paragraph -> [StyledLine] in
            StyledLine(String(paragraph), role: role, strong: strong).folded(ascii: ascii).wrapped(width: width, indent: indent)
        }
    }

    /// A line of code, wrapped as `wrapped` does; where it does not fit on one line and ends with a
    /// comment (`nn.Conv2d(…)  # features.16.conv.0.0`), the comment goes on a line of its own above
    /// the code, so that neither is broken in the middle.
    public static func code(_ text: String, width: Int, role: TextRole = .plain, strong: Bool = false,
                            indent: Int = 0, ascii: Bool) -> [StyledLine] {
        let whole = wrapped(text, width: width, role: role, strong: strong, indent: indent, ascii: ascii)
        guard whole.count > 1, let comment = text.ranges(of: "  # ").last, !text.contains("\n") else { return whole }
        let code = String(text[..<comment.lowerBound])
        let remark = String(text[comment.upperBound...])
        guard !code.allSatisfy({ $0 == " " }) else { return whole }
        return wrapped("# " + remark, width: width, role: role, strong: strong, indent: indent, ascii: ascii)
            + wrapped(code, width: width, role: role, strong: strong, indent: indent, ascii: ascii)
    }
}
