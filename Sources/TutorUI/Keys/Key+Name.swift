extension Key {
    /// How the help and the status line name the key: "Enter", "Space", "Ctrl-U", "←". In ASCII the
    /// arrows are "<-", "->", "up" and "down".
    public func name(ascii: Bool) -> String {
        switch self {
        case .character(" "): return "Space"
        case .character(let character): return String(character)
        case .control(let character): return "Ctrl-" + character.uppercased()
        case .enter: return "Enter"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .escape: return "Esc"
        case .up: return ascii ? "up" : "↑"
        case .down: return ascii ? "down" : "↓"
        case .left: return ascii ? "<-" : "←"
        case .right: return ascii ? "->" : "→"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .function(let number): return "F\(number)"
        }
    }
}
