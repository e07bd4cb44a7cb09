/// The word wrapper: breaks styled text onto lines of a width, after break characters (spaces by
/// default), cutting a word only when it is longer than a line. Each character keeps its run's role,
/// so a run that crosses a break continues on the next line in the same role.
public enum WordWrap {
    /// Break after spaces only.
    public static let spaces: Set<Character> = [" "]

    /// `line` wrapped to `width` columns. The first line starts with `indent` blank columns, the
    /// lines after it with `hangingIndent` (by default the same); spaces at a break are dropped and
    /// trailing spaces trimmed. A width too small for the indent still leaves one column for text.
    public static func lines(_ line: StyledLine, width: Int, indent: Int = 0, hangingIndent: Int? = nil,
                             breakAfter: Set<Character> = spaces) -> [StyledLine] {
        let hangingIndent = hangingIndent ?? indent
        let styled = line.runs.flatMap { run in run.text.map { StyledCharacter(character: $0, run: run) } }
        var lines: [[StyledCharacter]] = []
        var current: [StyledCharacter] = []
        func room() -> Int { max(1, width - max(0, lines.isEmpty ? indent : hangingIndent)) }
        func finish() {
            lines.append(trimmed(current))
            current = []
        }
        for var piece in pieces(styled, breakAfter: breakAfter) {
            if !current.isEmpty && current.count + trimmed(piece).count > room() {
                finish()
                piece = Array(piece.drop { $0.character == " " })
            }
            while trimmed(piece).count > room() - current.count {
                let take = room() - current.count
                current += piece.prefix(take)
                piece.removeFirst(take)
                finish()
            }
            current += piece
        }
        if !current.isEmpty || lines.isEmpty { finish() }
        return lines.enumerated().map { index, characters in
            StyledLine(characters.map { StyledRun(String($0.character), role: $0.run.role, strong: $0.run.strong) })
                .indented(index == 0 ? indent : hangingIndent)
                .trimmingTrailingSpaces()
        }
    }

    /// Plain text wrapped the same way, one string per line.
    public static func lines(_ text: String, width: Int, indent: Int = 0, hangingIndent: Int? = nil,
                             breakAfter: Set<Character> = spaces) -> [String] {
        lines(StyledLine(text), width: width, indent: indent, hangingIndent: hangingIndent, breakAfter: breakAfter).map(\.text)
    }

    /// The pieces a wrap may not split (unless one is longer than a line): each ends after a break character.
    public static func pieces(_ text: String, breakAfter: Set<Character> = spaces) -> [String] {
        pieces(text.map { StyledCharacter(character: $0, run: StyledRun("")) }, breakAfter: breakAfter)
            .map { String($0.map(\.character)) }
    }

    private struct StyledCharacter {
        var character: Character
        var run: StyledRun
    }

    private static func pieces(_ characters: [StyledCharacter], breakAfter: Set<Character>) -> [[StyledCharacter]] {
        var pieces: [[StyledCharacter]] = []
        var current: [StyledCharacter] = []
        for styled in characters {
            current.append(styled)
            if breakAfter.contains(styled.character) {
                pieces.append(current)
                current = []
            }
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces
    }

    private static func trimmed(_ characters: [StyledCharacter]) -> [StyledCharacter] {
        var characters = characters
        while characters.last?.character == " " { characters.removeLast() }
        return characters
    }
}
