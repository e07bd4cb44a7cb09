/// The one table that spells convtutor's typography in ASCII, for terminals whose locale is not UTF-8
/// and for `--ascii`. Text is folded before it is laid out, so a spelling longer than its character
/// (`⌊` becomes `floor(`) is measured when lines are wrapped; the screen and plain output share it.
public enum ASCIIFold {
    /// The ASCII spelling of every non-ASCII character the product writes.
    public static let spellings: [Character: String] = [
        // Arithmetic
        "×": "x", "²": "^2", "³": "^3", "⁵": "^5", "·": "*", "⋅": "*", "∙": "*", "÷": "/", "−": "-", "–": "-", "—": "-", "′": "'",
        "≤": "<=", "≥": ">=", "≠": "!=", "✱": "*",
        "⌊": "floor(", "⌋": ")", "⌈": "ceil(", "⌉": ")", "√": "sqrt",
        // Punctuation and marks
        "…": "...", "⋯": "...", "⋮": ":", "•": "-", "›": ">", "‹": "<",
        "✔": "+", "✓": "+", "✘": "x", "✗": "x",
        // Arrows
        "→": "->", "⟶": "->", "←": "<-", "↑": "^", "↓": "v", "▶": ">", "◀": "<",
        // Lines and boxes
        "─": "-", "━": "=", "═": "=", "│": "|", "┃": "|", "║": "|",
        "┌": "+", "┐": "+", "└": "+", "┘": "+", "├": "+", "┤": "+", "┬": "+", "┴": "+", "┼": "+",
        "╭": "+", "╮": "+", "╰": "+", "╯": "+", "╱": "/", "╲": "\\",
        // Blocks: bars and sparklines, lowest to highest
        "░": "-", "▁": ".", "▂": ":", "▃": "-", "▄": "=", "▅": "+", "▆": "*", "▇": "#", "█": "#",
    ]

    /// What stands for a character the table does not know.
    public static let unknown = "?"

    /// The ASCII spelling of one character.
    public static func spelling(of character: Character) -> String {
        character.isASCII ? String(character) : spellings[character] ?? unknown
    }

    /// `text` with every character spelled in ASCII.
    public static func fold(_ text: String) -> String {
        guard !text.allSatisfy(\.isASCII) else { return text }
        var result = ""
        for character in text { result += spelling(of: character) }
        return result
    }
}
