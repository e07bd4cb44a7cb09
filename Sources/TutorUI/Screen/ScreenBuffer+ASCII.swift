extension ScreenBuffer {
    /// Replaces every non-ASCII character with an ASCII look-alike (`×` → `x`, `─` → `-`, …), or `?`,
    /// for terminals whose locale is not UTF-8.
    public mutating func foldToASCII() {
        for row in 0..<size.rows {
            for column in 0..<size.columns {
                let cell = self[column, row]
                if !cell.character.isASCII {
                    self[column, row] = Cell(ScreenBuffer.asciiLookAlike(cell.character), style: cell.style)
                }
            }
        }
    }

    static func asciiLookAlike(_ character: Character) -> Character {
        switch character {
        case "×": return "x"
        case "·", "•": return "*"
        case "−", "–", "—", "─", "━", "═": return "-"
        case "│", "┃", "║": return "|"
        case "┌", "┐", "└", "┘", "├", "┤", "┬", "┴", "┼", "╭", "╮", "╰", "╯": return "+"
        case "╱": return "/"
        case "╲": return "\\"
        case "›", "→", "▶", "⟶": return ">"
        case "‹", "←", "◀": return "<"
        case "↑": return "^"
        case "↓": return "v"
        case "⌊", "⌈": return "["
        case "⌋", "⌉": return "]"
        case "…", "⋯": return "."
        case "✔", "✓": return "+"
        case "✘", "✗": return "x"
        default: return "?"
        }
    }
}
