import StyledText

/// The help box that `?` opens over a screen: the screen's key bindings (`AppState.keyHelp`), keys
/// on the left and what they do on the right, wrapped at word boundaries to the window. The line
/// that says how to close it always shows; a list too long for the window shows the bindings that
/// fit, whole, and says there are more.
enum HelpOverlay {
    static let closing = "Any key closes this help; Ctrl-C quits at once."
    static let more = "… more: enlarge the window"
    /// The widest the box grows, borders included, so that a line stays easy to read.
    static let widest = 76

    /// The box for a window: its width, borders included, and the lines inside its borders.
    struct Layout: Equatable {
        var width: Int
        var lines: [StyledLine]
        /// Whether every binding is listed.
        var complete: Bool
    }

    static func layout(_ entries: [KeyHelp], size: Size, ascii: Bool) -> Layout {
        let fold: (String) -> String = { ascii ? ASCIIFold.fold($0) : $0 }
        let names = entries.map { fold($0.keyNames(ascii: ascii)) }
        let texts = entries.map { fold($0.text) }
        let closingText = fold(closing)
        let widestInside = max(1, min(size.columns - 2, widest) - 4)
        let keyColumn = min(names.map(\.count).max() ?? 0, max(6, widestInside / 4))
        let natural = keyColumn + 2 + (texts.map(\.count).max() ?? 0)
        let inside = min(widestInside, max(natural, closingText.count))
        let textColumn = max(1, inside - keyColumn - 2)
        let blocks: [[StyledLine]] = zip(names, texts).map { name, text in
            let left = WordWrap.lines(name, width: keyColumn)
            let right = WordWrap.lines(text, width: textColumn)
            return (0..<max(left.count, right.count)).map { row in
                var line = StyledLine((row < left.count ? left[row] : "").padding(to: keyColumn) + "  ", role: .emphasis)
                line.append(row < right.count ? right[row] : "")
                return line.trimmingTrailingSpaces()
            }
        }
        let footer = WordWrap.lines(closingText, width: inside).map { StyledLine($0, role: .muted) }
        let room = max(0, size.rows - 2 - 2)
        let listed = blocks.reduce(0) { $0 + $1.count }
        let spare = room - listed - footer.count
        if spare >= 0 {
            // Blank lines frame the list when there is room: before the closing line first.
            let lines = (spare >= 2 ? [.blank] : []) + blocks.flatMap { $0 } + (spare >= 1 ? [.blank] : []) + footer
            return Layout(width: inside + 4, lines: lines, complete: true)
        }
        var lines: [StyledLine] = []
        let moreLines = WordWrap.lines(fold(more), width: inside).map { StyledLine($0, role: .muted) }
        for block in blocks {
            guard lines.count + block.count + moreLines.count + footer.count <= room else { break }
            lines += block
        }
        return Layout(width: inside + 4, lines: lines + moreLines + footer, complete: false)
    }

    static func draw(_ state: AppState, into buffer: inout ScreenBuffer) {
        let layout = layout(state.keyHelp, size: buffer.size, ascii: state.asciiOnly)
        let width = min(buffer.size.columns, layout.width)
        let height = min(buffer.size.rows, layout.lines.count + 2)
        let left = max(0, (buffer.size.columns - width) / 2)
        let top = max(0, (buffer.size.rows - height) / 2)
        let box = BoxDrawing(ascii: state.asciiOnly)
        let border = CellStyle(.accent, bold: true)
        buffer.fill(column: left, row: top, width: width, height: height)
        buffer.put(box.topLeft + String(repeating: box.horizontal, count: max(0, width - 2)) + box.topRight,
                   column: left, row: top, style: border)
        for row in (top + 1)..<max(top + 1, top + height - 1) {
            buffer.put(box.vertical, column: left, row: row, style: border)
            buffer.put(box.vertical, column: left + width - 1, row: row, style: border)
        }
        buffer.put(box.bottomLeft + String(repeating: box.horizontal, count: max(0, width - 2)) + box.bottomRight,
                   column: left, row: top + height - 1, style: border)
        buffer.put(" Keys ", column: left + 2, row: top, style: border)
        for (index, line) in layout.lines.prefix(max(0, height - 2)).enumerated() {
            line.draw(into: &buffer, column: left + 2, row: top + 1 + index, width: width - 4)
        }
        buffer.cursor = nil
    }
}
