import ConvMath
import StyledText

/// A frame: a grid of styled cells that rendering writes into and the terminal draws.
///
/// Every character is taken to be one column wide; the program only draws such characters. Text is
/// written through `put`, which shows control characters visibly (`TerminalText`), so no screen
/// can pass a lesson's or a model's escape sequence on to the terminal.
public struct ScreenBuffer: Sendable, Equatable {
    public let size: Size
    public private(set) var cells: [Cell]
    /// Where the terminal's cursor should stand after drawing, or nil to hide it.
    public var cursor: Position?
    /// Text is folded to ASCII by the shared table as it is put, for terminals whose locale is not
    /// UTF-8. Screens fold what they wrap before wrapping it, so this only meets text already folded
    /// or text that is not wrapped, and both read the same as in plain output.
    public var asciiOnly: Bool

    public init(size: Size, asciiOnly: Bool = false) {
        self.size = size
        self.asciiOnly = asciiOnly
        self.cells = Array(repeating: .blank, count: size.columns * size.rows)
    }

    public subscript(column: Int, row: Int) -> Cell {
        get {
            guard contains(column: column, row: row) else { return .blank }
            return cells[row * size.columns + column]
        }
        set {
            guard contains(column: column, row: row) else { return }
            cells[row * size.columns + column] = newValue
        }
    }

    public func contains(column: Int, row: Int) -> Bool {
        column >= 0 && row >= 0 && column < size.columns && row < size.rows
    }

    /// Writes text from a position, clipped at the right edge, with control characters shown in caret
    /// notation (a tab is drawn as a space); returns the column after the text.
    @discardableResult
    public mutating func put(_ text: String, column: Int, row: Int, style: CellStyle = .plain) -> Int {
        let visible = TerminalText.visible(text)
        let text = asciiOnly ? ASCIIFold.fold(visible) : visible
        var x = column
        guard row >= 0, row < size.rows else { return column + text.count }
        for character in text {
            if character == "\n" { break }
            if x >= size.columns { return column + text.count }
            if x >= 0 { cells[row * size.columns + x] = Cell(character, style: style) }
            x += 1
        }
        return x
    }

    /// Paints a rectangle with one style (keeping its characters) or with blanks.
    public mutating func fill(column: Int, row: Int, width: Int, height: Int, with cell: Cell = .blank) {
        for y in max(0, row)..<min(size.rows, row + height) {
            for x in max(0, column)..<min(size.columns, column + width) {
                cells[y * size.columns + x] = cell
            }
        }
    }

    /// One string per row, trailing spaces kept, as snapshot tests compare them.
    public var lines: [String] {
        (0..<size.rows).map { row in
            String(cells[(row * size.columns)..<((row + 1) * size.columns)].map(\.character))
        }
    }

    /// The rows with trailing spaces removed, joined by newlines.
    public var text: String {
        lines.map { line in
            var trimmed = Substring(line)
            while trimmed.last == " " { trimmed = trimmed.dropLast() }
            return String(trimmed)
        }.joined(separator: "\n")
    }

    /// The runs of cells that differ from `previous` (everything when there is none or the size
    /// changed), each a stretch of one row with one style.
    public func changes(from previous: ScreenBuffer?) -> [CellRun] {
        let full = previous == nil || previous?.size != size
        var runs: [CellRun] = []
        for row in 0..<size.rows {
            var column = 0
            while column < size.columns {
                let index = row * size.columns + column
                guard full || previous?.cells[index] != cells[index] else {
                    column += 1
                    continue
                }
                let style = cells[index].style
                var text = ""
                var end = column
                while end < size.columns {
                    let i = row * size.columns + end
                    let changed = full || previous?.cells[i] != cells[i]
                    guard changed, cells[i].style == style else { break }
                    text.append(cells[i].character)
                    end += 1
                }
                runs.append(CellRun(position: Position(column: column, row: row), text: text, style: style))
                column = end
            }
        }
        return runs
    }
}

/// A stretch of changed cells on one row that share a style: what a terminal redraws.
public struct CellRun: Sendable, Equatable {
    public var position: Position
    public var text: String
    public var style: CellStyle

    public init(position: Position, text: String, style: CellStyle) {
        self.position = position
        self.text = text
        self.style = style
    }
}
