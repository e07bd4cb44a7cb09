/// Numbers and formulas drawn in large block glyphs, five rows tall (or a multiple), for a projector at
/// the back of a room: digits, the digit-group comma, `·`, `×` (and `x`), `+`, `−`, `=`, `/`, `?`,
/// parentheses and spaces.
public enum BigGlyphs {
    /// Rows of a glyph at scale 1.
    public static let height = 5

    private static let glyphs: [Character: [String]] = [
        "0": ["███", "█ █", "█ █", "█ █", "███"],
        "1": [" █ ", "██ ", " █ ", " █ ", "███"],
        "2": ["███", "  █", "███", "█  ", "███"],
        "3": ["███", "  █", "███", "  █", "███"],
        "4": ["█ █", "█ █", "███", "  █", "  █"],
        "5": ["███", "█  ", "███", "  █", "███"],
        "6": ["███", "█  ", "███", "█ █", "███"],
        "7": ["███", "  █", "  █", "  █", "  █"],
        "8": ["███", "█ █", "███", "█ █", "███"],
        "9": ["███", "█ █", "███", "  █", "███"],
        ",": ["  ", "  ", "  ", " █", "█ "],
        "·": [" ", " ", "█", " ", " "],
        "×": ["   ", "█ █", " █ ", "█ █", "   "],
        "+": ["   ", " █ ", "███", " █ ", "   "],
        "−": ["   ", "   ", "███", "   ", "   "],
        "=": ["   ", "███", "   ", "███", "   "],
        "/": ["  █", "  █", " █ ", "█  ", "█  "],
        "?": ["███", "  █", " ██", "   ", " █ "],
        "(": [" █", "█ ", "█ ", "█ ", " █"],
        ")": ["█ ", " █", " █", " █", "█ "],
        " ": [" ", " ", " ", " ", " "],
    ]

    /// The same glyph under another spelling: ASCII's `x`, `*` and `-`, and the middle dot's look-alikes.
    private static let aliases: [Character: Character] = ["x": "×", "X": "×", "*": "·", "-": "−", "⋅": "·"]

    /// Whether every character of `text` has a glyph.
    public static func canDraw(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { glyph($0) != nil }
    }

    /// Columns `text` takes at `scale`: each glyph's width, and one column between glyphs, times the scale.
    public static func width(_ text: String, scale: Int = 1) -> Int {
        let columns = text.compactMap { glyph($0)?.first?.count }
        return max(0, columns.reduce(0, +) + columns.count - 1) * max(1, scale)
    }

    /// The rows of `text` at `scale` (each block `scale` columns wide and `scale` rows tall), or nil when
    /// a character has no glyph. ASCII draws the blocks as `#`.
    public static func rows(_ text: String, scale: Int = 1, unicode: Bool) -> [String]? {
        let scale = max(1, scale)
        var rows = Array(repeating: "", count: height)
        for (index, character) in text.enumerated() {
            guard let glyph = glyph(character) else { return nil }
            for row in 0..<height {
                rows[row] += (index == 0 ? "" : " ") + glyph[row]
            }
        }
        let block: Character = unicode ? "█" : "#"
        return rows.flatMap { row in
            let wide = String(row.flatMap { character in
                Array(repeating: character == "█" ? block : character, count: scale)
            })
            return Array(repeating: wide, count: scale)
        }
    }

    private static func glyph(_ character: Character) -> [String]? {
        glyphs[aliases[character] ?? character]
    }
}
