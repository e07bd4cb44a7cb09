/// Numbers drawn five rows tall, for a projector at the back of a room.
public enum BigDigits {
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
        ",": ["   ", "   ", "   ", " █ ", "█  "],
    ]

    /// The rows of a number such as `48,690`, or nil when it is wider than `width`.
    public static func rows(_ value: Int, width: Int, unicode: Bool) -> [String]? {
        let text = NumberFormat.grouped(value)
        var rows = Array(repeating: "", count: 5)
        for character in text {
            guard let glyph = glyphs[character] else { return nil }
            for index in 0..<5 {
                rows[index] += (rows[index].isEmpty ? "" : " ") + glyph[index]
            }
        }
        guard (rows.first?.count ?? 0) <= width else { return nil }
        return unicode ? rows : rows.map { String($0.map { $0 == "█" ? "#" : $0 }) }
    }
}
