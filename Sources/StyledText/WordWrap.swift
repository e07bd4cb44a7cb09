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
        // A line that fits needs no breaking: the same runs, indented, trailing spaces trimmed,
        // without the character-by-character work below (tables and derivations wrap every line).
        if line.width <= max(1, width - max(0, indent)) {
            return [line.indented(indent).trimmingTrailingSpaces()]
        }
        let styled = line.runs.indices.flatMap { run in line.runs[run].text.map { StyledCharacter(character: $0, run: run) } }
        var lines: [[StyledCharacter]] = []
        var current: [StyledCharacter] = []
        func room() -> Int { max(1, width - max(0, lines.isEmpty ? indent : hangingIndent)) }
        func finish() {
            lines.append(trimmed(current))
            current = []
        }
        for piece in pieces(styled, breakAfter: breakAfter) {
            // `start` moves along the piece instead of cutting it, so a word far longer than a line
            // costs time in proportion to its length, not to its length times its lines.
            var start = 0
            let end = trimmedCount(piece)
            if !current.isEmpty && current.count + end > room() {
                finish()
                while start < piece.count && piece[start].character == " " { start += 1 }
            }
            while end - start > room() - current.count {
                let take = room() - current.count
                current += piece[start..<(start + take)]
                start += take
                finish()
            }
            current += piece[start...]
        }
        if !current.isEmpty || lines.isEmpty { finish() }
        return lines.enumerated().map { index, characters in
            var wrapped = StyledLine()
            var start = 0
            while start < characters.count {
                let run = characters[start].run
                var text = ""
                while start < characters.count && characters[start].run == run {
                    text.append(characters[start].character)
                    start += 1
                }
                wrapped.append(StyledRun(text, role: line.runs[run].role, strong: line.runs[run].strong))
            }
            return wrapped.indented(index == 0 ? indent : hangingIndent).trimmingTrailingSpaces()
        }
    }

    /// Plain text wrapped the same way, one string per line.
    public static func lines(_ text: String, width: Int, indent: Int = 0, hangingIndent: Int? = nil,
                             breakAfter: Set<Character> = spaces) -> [String] {
        lines(StyledLine(text), width: width, indent: indent, hangingIndent: hangingIndent, breakAfter: breakAfter).map(\.text)
    }

    /// The pieces a wrap may not split (unless one is longer than a line): each ends after a break character.
    public static func pieces(_ text: String, breakAfter: Set<Character> = spaces) -> [String] {
        pieces(text.map { StyledCharacter(character: $0, run: 0) }, breakAfter: breakAfter)
            .map { String($0.map(\.character)) }
    }

    /// A character and the index of the run it comes from.
    private struct StyledCharacter {
        var character: Character
        var run: Int
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

    /// How many characters are left once trailing spaces are dropped.
    private static func trimmedCount(_ characters: [StyledCharacter]) -> Int {
        var count = characters.count
        while count > 0 && characters[count - 1].character == " " { count -= 1 }
        return count
    }

    private static func trimmed(_ characters: [StyledCharacter]) -> [StyledCharacter] {
        var characters = characters
        while characters.last?.character == " " { characters.removeLast() }
        return characters
    }
}
