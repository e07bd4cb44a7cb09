import StyledText

/// What shows when the terminal is smaller than the screens need; it recovers when enlarged.
enum TooSmallScreen {
    static func draw(_ state: AppState, into buffer: inout ScreenBuffer) {
        let minimum = AppState.minimumSize
        let message = "Terminal too small: \(state.size.columns)×\(state.size.rows). convtutor needs at least "
            + "\(minimum.columns)×\(minimum.rows). Enlarge the window to go on (q quits)."
        let text = state.asciiOnly ? ASCIIFold.fold(message) : message
        let lines: [String] = WordWrap.lines(text, width: max(1, buffer.size.columns - 2))
        let top = max(0, (buffer.size.rows - lines.count) / 2)
        for (index, line) in lines.enumerated() {
            buffer.put(line, column: max(0, (buffer.size.columns - line.count) / 2), row: top + index, style: CellStyle(bold: true))
        }
        buffer.cursor = nil
    }
}
