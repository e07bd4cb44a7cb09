/// Finds numbers in a lesson's prose that read as worked results but are written bare, so that a
/// wrong count in a sentence cannot pass `lessons check`.
///
/// A number (digits, with or without `,` between groups of three) is a worked result when
///
/// - a counting word follows it, optionally after one of `trainable`, `non-trainable`, `learnable`,
///   `more`, `fewer`, `extra`: `280 parameters`, `27 weights`, `10 biases`, `130,680 MACs`,
///   `4,096 values`, `32 trainable parameters`. A number that is the last operand of written
///   arithmetic (`2·27 weights`) is part of that arithmetic, not a result. Sizes are not counting
///   words, so `a 3×3 kernel`, `24×24×3`, `64 channels` and `10 filters` pass;
/// - or it follows an `=` whose left side is arithmetic on numbers alone: `3·3·3 = 27`,
///   `28 - 3 + 1 = 26`. A left side with a letter (`p = 0`, `n·s = 32`, `ceil(31 / 2) = 16`) is a
///   formula or a setting, not worked arithmetic.
///
/// Numbers inside an inline number (`{= …}`) and inside `code` spans are not read.
enum LessonWorkedNumberLint {
    static let countingWords: Set<String> = [
        "parameter", "parameters", "param", "params", "weight", "weights", "bias", "biases",
        "mac", "macs", "multiply-accumulate", "multiply-accumulates", "flop", "flops",
        "value", "values", "number", "numbers", "entry", "entries", "position", "positions",
    ]
    static let modifiers: Set<String> = ["trainable", "non-trainable", "learnable", "more", "fewer", "extra"]
    static let operators: Set<Character> = ["·", "×", "*", "⋅", "∙", "+", "-", "−", "/", "÷"]

    /// A number written bare where a worked result is expected.
    struct Finding: Equatable {
        /// The column (from 1) where the number starts.
        var column: Int
        /// The number as written, such as `7,600`.
        var number: String
        /// The words after it or the arithmetic before it, for the message.
        var context: String
    }

    static func findings(in line: String) -> [Finding] {
        let characters = LessonInlineNumbers.masked(line)
        var findings: [Finding] = []
        var index = 0
        while index < characters.count {
            guard isDigit(characters[index]), index == 0 || !startsInsideWord(characters, at: index) else {
                index += 1
                continue
            }
            let end = numberEnd(characters, from: index)
            defer { index = end }
            if end < characters.count, characters[end].isLetter || isDigit(characters[end]) { continue }
            let number = String(characters[index..<end])
            if let words = countingWords(characters, after: end), !isLastOperand(characters, at: index) {
                findings.append(Finding(column: index + 1, number: number, context: "\(number) \(words)"))
            } else if let arithmetic = arithmeticBefore(characters, at: index) {
                findings.append(Finding(column: index + 1, number: number, context: "\(arithmetic) = \(number)"))
            }
        }
        return findings
    }

    static func message(_ finding: Finding) -> String {
        "'\(finding.context)' is a worked number written bare: write the arithmetic that gives "
            + "\(finding.number) as an inline number, such as {= 10*(3*3*3)+10}, so that it is checked"
    }

    /// `0` to `9`; read from the ASCII value, since Unicode's numeric property is slow to look up and
    /// the lint asks it of every character of every lesson.
    private static func isDigit(_ character: Character) -> Bool {
        character.asciiValue.map { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } ?? false
    }

    /// A digit that continues a word or a number (`V2`, `x3`, `2.5`) does not start a number.
    private static func startsInsideWord(_ characters: [Character], at index: Int) -> Bool {
        let before = characters[index - 1]
        return before.isLetter || before.isNumber || before == "_" || before == "." || before == ","
    }

    /// Just past the number starting at `start`: its digits, and `,` or `.` followed by more digits.
    private static func numberEnd(_ characters: [Character], from start: Int) -> Int {
        var index = start
        while index < characters.count {
            if isDigit(characters[index]) {
                index += 1
            } else if characters[index] == "," || characters[index] == ".", index + 1 < characters.count,
                      isDigit(characters[index + 1]) {
                index += 1
            } else {
                break
            }
        }
        return index
    }

    /// The counting word after a number (with its modifier), if one follows.
    private static func countingWords(_ characters: [Character], after end: Int) -> String? {
        var index = end
        var words: [String] = []
        for _ in 0..<2 {
            guard index < characters.count, characters[index] == " " else { return nil }
            while index < characters.count, characters[index] == " " { index += 1 }
            var word = ""
            while index < characters.count, characters[index].isLetter || characters[index] == "-" {
                word.append(characters[index])
                index += 1
            }
            while word.hasSuffix("-") { word.removeLast() }
            words.append(word)
            let lowered = word.lowercased()
            if countingWords.contains(lowered) { return words.joined(separator: " ") }
            guard modifiers.contains(lowered) else { return nil }
        }
        return nil
    }

    /// Whether the number is the right operand of a binary operator, as 27 is in `2·27 weights`.
    private static func isLastOperand(_ characters: [Character], at index: Int) -> Bool {
        var before = index - 1
        while before >= 0, characters[before] == " " { before -= 1 }
        guard before >= 1 else { return false }
        let symbol = characters[before]
        guard operators.contains(symbol) || (symbol == "x" && isDigit(characters[before - 1])) else { return false }
        var left = before - 1
        while left >= 0, characters[left] == " " { left -= 1 }
        return left >= 0 && (isDigit(characters[left]) || characters[left] == ")")
    }

    /// The arithmetic before `=` when the number follows an `=` whose left side is numbers and
    /// operators alone.
    private static func arithmeticBefore(_ characters: [Character], at index: Int) -> String? {
        var equals = index - 1
        while equals >= 0, characters[equals] == " " { equals -= 1 }
        guard equals >= 1, characters[equals] == "=", !"=<>!≠≤≥".contains(characters[equals - 1]) else { return nil }
        var start = equals
        var depth = 0
        while start > 0, isArithmetic(characters, at: start - 1) {
            if characters[start - 1] == ")" { depth += 1 }
            if characters[start - 1] == "(" {
                if depth == 0 { break }
                depth -= 1
            }
            start -= 1
        }
        let left = String(characters[start..<equals]).trimmed
        guard left.contains(where: { isDigit($0) || $0 == LessonInlineNumbers.numberBlank }) else { return nil }
        if start > 0, characters[start] != " ", characters[start - 1].isLetter { return nil }
        return left
    }

    private static func isArithmetic(_ characters: [Character], at index: Int) -> Bool {
        let character = characters[index]
        if isDigit(character) || character == " " || character == "(" || character == ")" || operators.contains(character)
            || character == LessonInlineNumbers.numberBlank {
            return true
        }
        let digitBefore = index > 0 && isDigit(characters[index - 1])
        let digitAfter = index + 1 < characters.count && isDigit(characters[index + 1])
        if character == "," { return digitBefore && digitAfter }
        return (character == "x" || character == "X") && digitBefore
    }
}
