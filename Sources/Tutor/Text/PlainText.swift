/// Text helpers for terminals: word wrapping, and folding typography to ASCII for non-UTF-8 locales.
public enum PlainText {
    /// Wraps words to `width` columns; words longer than a line are cut.
    public static func wrap(_ text: String, width: Int) -> [String] {
        TextTable.wrap(text, width: max(1, width), breakAfter: [" "])
    }

    /// Replaces the typographic characters convtutor uses with ASCII equivalents.
    public static func asciiFolded(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "·": result += "*"
            case "×": result += "x"
            case "−", "–", "—": result += "-"
            case "⌊": result += "floor("
            case "⌈": result += "ceil("
            case "⌋", "⌉": result += ")"
            case "…": result += "..."
            case "→": result += "->"
            case "━", "─": result += "-"
            default: result.append(character.isASCII ? character : "?")
            }
        }
        return result
    }
}
