/// The part of a source line an error message quotes: at most `width` characters around the span,
/// with `…` where the line goes on, tabs shown as spaces and control characters made visible, and
/// where the caret goes under it.
struct SourceExcerpt {
    /// How many characters of a long line are quoted.
    static let width = 200

    var text = ""
    /// The 0-based column of the caret in `text`.
    var caretColumn = 0
    /// How many columns the caret and its tildes cover (at least 1).
    var caretLength = 1

    init(line: String, column: Int, length: Int) {
        let characters = Array(line)
        let start = max(0, min(column - 1, characters.count))
        let end = min(characters.count, start + max(1, length))
        var from = 0
        var to = characters.count
        if characters.count > Self.width {
            from = max(0, min(start - Self.width / 2, characters.count - Self.width))
            to = from + Self.width
        }
        var shownWidth = 0
        if from > 0 {
            text = "…"
            shownWidth = 1
        }
        var caret: Int?
        var caretEnd = 0
        for index in from..<to {
            if index == start { caret = shownWidth }
            let character = characters[index]
            let shown = character == "\t" ? " " : TerminalText.visible(String(character))
            text += shown
            shownWidth += shown.count
            if index < end { caretEnd = shownWidth }
        }
        if to < characters.count { text += "…" }
        caretColumn = caret ?? shownWidth
        caretLength = max(1, caretEnd - caretColumn)
    }
}
