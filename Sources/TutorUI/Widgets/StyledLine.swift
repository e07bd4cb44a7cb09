/// A line of text made of styled runs, before it is placed on the screen.
public struct StyledLine: Sendable, Equatable {
    public var runs: [(text: String, style: CellStyle)]

    public init(_ runs: [(String, CellStyle)] = []) {
        self.runs = runs.map { (text: $0.0, style: $0.1) }
    }

    public init(_ text: String, _ style: CellStyle = .plain) {
        self.runs = [(text: text, style: style)]
    }

    public static func == (lhs: StyledLine, rhs: StyledLine) -> Bool {
        lhs.runs.map(\.text) == rhs.runs.map(\.text) && lhs.runs.map(\.style) == rhs.runs.map(\.style)
    }

    public static let blank = StyledLine("")

    public var text: String { runs.map(\.text).joined() }
    public var width: Int { runs.reduce(0) { $0 + $1.text.count } }

    public mutating func append(_ text: String, _ style: CellStyle = .plain) {
        runs.append((text: text, style: style))
    }

    /// The same line shifted right by `columns` spaces.
    public func indented(_ columns: Int) -> StyledLine {
        var line = StyledLine(String(repeating: " ", count: columns))
        line.runs += runs
        return line
    }

    /// Plain text wrapped to a width, each line in one style.
    public static func wrapped(_ text: String, width: Int, style: CellStyle = .plain, indent: Int = 0) -> [StyledLine] {
        wrapParagraphs(text, width: width - indent).map { StyledLine(String(repeating: " ", count: indent) + $0, style) }
    }

    static func wrapParagraphs(_ text: String, width: Int) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { paragraph -> [String] in
            paragraph.isEmpty ? [""] : WordWrap.lines(String(paragraph), width: max(1, width))
        }
    }

    /// Draws the line into a buffer from a position, clipped to `width` columns.
    func draw(into buffer: inout ScreenBuffer, column: Int, row: Int, width: Int) {
        var x = column
        for run in runs {
            let room = column + width - x
            guard room > 0 else { return }
            let text = run.text.count > room ? String(run.text.prefix(room)) : run.text
            x = buffer.put(text, column: x, row: row, style: run.style)
        }
    }
}

/// Breaks words onto lines of a given width, cutting only words longer than a line.
enum WordWrap {
    static func lines(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            var piece = String(word)
            if current.isEmpty {
                current = piece
            } else if current.count + 1 + piece.count <= width {
                current += " " + piece
            } else {
                lines.append(current)
                current = piece
            }
            while current.count > width {
                lines.append(String(current.prefix(width)))
                piece = String(current.dropFirst(width))
                current = piece
            }
        }
        lines.append(current)
        return lines
    }
}
