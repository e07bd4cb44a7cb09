import StyledText
/// The parts every screen has: a title bar, a body, and a status line at the bottom.
struct Frame {
    var title: String
    var titleRight: String = ""
    var body: [StyledLine]
    /// The left of the status line: always shown.
    var status: String
    /// Key hints after the status, shown as far as they fit: the screen's bindings' labels
    /// (`AppState.statusKeys`), set when the frame is drawn.
    var keys: [String] = []
    /// Where the cursor goes, in body coordinates (row within the body, column within the line).
    var cursor: Position?
    /// Said on the status line in place of `status`, a warning in the warning colour.
    var notice: SavingNotice?

    static let margin = 1

    /// The warning kept in view (`AppState.notice`, such as a damaged progress file), as a note.
    static func noteLines(_ state: AppState) -> [StyledLine] {
        guard let notice = state.notice else { return [] }
        return StyledLine.wrapped("Note: " + notice, width: state.size.columns - 2 * margin, role: .wrong,
                                  ascii: state.asciiOnly)
    }

    func draw(into buffer: inout ScreenBuffer) {
        let width = buffer.size.columns
        let height = buffer.size.rows
        guard width > 0, height > 0 else { return }
        let bar = CellStyle(.statusBar, bold: true, reverse: true)
        buffer.fill(column: 0, row: 0, width: width, height: 1, with: Cell(" ", style: bar))
        buffer.put(" " + title, column: 0, row: 0, style: bar)
        if !titleRight.isEmpty, title.count + titleRight.count + 4 <= width {
            buffer.put(titleRight + " ", column: width - titleRight.count - 1, row: 0, style: bar)
        }
        let bodyRows = max(0, height - 2)
        for (index, line) in body.prefix(bodyRows).enumerated() {
            line.draw(into: &buffer, column: Frame.margin, row: index + 1, width: width - 2 * Frame.margin)
        }
        if height > 1 {
            let statusStyle = CellStyle(.statusBar, reverse: true)
            buffer.fill(column: 0, row: height - 1, width: width, height: 1, with: Cell(" ", style: statusStyle))
            let said = notice.map { $0.text.prefix(1).uppercased() + $0.text.dropFirst() }
            var text = said ?? status
            for (index, key) in keys.enumerated() {
                let separator = text.isEmpty ? "" : index == 0 ? " │ " : "   "
                guard text.count + separator.count + key.count <= width - 1 else { break }
                text += separator + key
            }
            if text.count > width - 1 { text = String(text.prefix(width - 1)) }
            buffer.put(" " + text, column: 0, row: height - 1, style: statusStyle)
            if let said, notice?.isWarning == true {
                buffer.put(String(said.prefix(width - 1)), column: 1, row: height - 1,
                           style: CellStyle(.wrong, bold: true, reverse: true))
            }
        }
        if let cursor, cursor.row < bodyRows {
            buffer.cursor = Position(column: min(width - 1, cursor.column + Frame.margin), row: cursor.row + 1)
        } else {
            buffer.cursor = nil
        }
    }
}
