/// The help box that `?` opens over any screen, listing every key.
enum HelpOverlay {
    static let entries: [(String, String)] = [
        ("0-9 + - * / ( ) x", "type an answer: a number or an expression"),
        ("← → Home End", "move in the answer"),
        ("Backspace Ctrl-U", "delete a character / the whole answer"),
        ("Enter", "check the answer; next question"),
        ("h", "hint: reveal the next step (costs points)"),
        ("w", "walkthrough of the derivation"),
        ("← → Enter", "step through the walkthrough"),
        ("t", "show the layer in PyTorch / Keras"),
        ("g", "guided mode: answer each step in turn"),
        ("q", "end the quiz and see the summary"),
        ("↑ ↓ PgUp PgDn", "scroll a lesson"),
        ("n b / p", "next / previous lesson; practise it"),
        ("Esc", "back to the menu"),
        ("Ctrl-C", "quit at once"),
        ("?", "this help; any key closes it"),
    ]

    static func draw(_ state: AppState, into buffer: inout ScreenBuffer) {
        let keyWidth = entries.map(\.0.count).max() ?? 0
        let lines = entries.map { $0.0.padding(to: keyWidth) + "  " + $0.1 }
        let width = min(buffer.size.columns - 2, (lines.map(\.count).max() ?? 0) + 4)
        let height = min(buffer.size.rows - 2, lines.count + 4)
        let left = max(0, (buffer.size.columns - width) / 2)
        let top = max(0, (buffer.size.rows - height) / 2)
        let box = BoxDrawing(ascii: state.asciiOnly)
        let border = CellStyle(.accent, bold: true)
        buffer.fill(column: left, row: top, width: width, height: height)
        buffer.put(box.topLeft + String(repeating: box.horizontal, count: width - 2) + box.topRight, column: left, row: top, style: border)
        for row in (top + 1)..<(top + height - 1) {
            buffer.put(box.vertical, column: left, row: row, style: border)
            buffer.put(box.vertical, column: left + width - 1, row: row, style: border)
        }
        buffer.put(box.bottomLeft + String(repeating: box.horizontal, count: width - 2) + box.bottomRight,
                   column: left, row: top + height - 1, style: border)
        buffer.put(" Keys ", column: left + 2, row: top, style: border)
        for (index, line) in lines.prefix(height - 4).enumerated() {
            buffer.put(String(line.prefix(width - 4)), column: left + 2, row: top + 2 + index)
        }
        buffer.cursor = nil
    }
}

/// Box-drawing characters, with an ASCII set for terminals that are not UTF-8.
struct BoxDrawing {
    var horizontal = "─", vertical = "│", topLeft = "┌", topRight = "┐", bottomLeft = "└", bottomRight = "┘"

    init(ascii: Bool) {
        if ascii {
            horizontal = "-"; vertical = "|"; topLeft = "+"; topRight = "+"; bottomLeft = "+"; bottomRight = "+"
        }
    }
}
