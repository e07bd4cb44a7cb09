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
/// Numbers inside an inline number (`{= …}`) and inside `code` spans are not read. The text is read
/// as Unicode scalars, since every symbol it looks for is one scalar.
enum LessonWorkedNumberLint {
    static let countingWords: Set<String> = [
        "parameter", "parameters", "param", "params", "weight", "weights", "bias", "biases",
        "mac", "macs", "multiply-accumulate", "multiply-accumulates", "flop", "flops",
        "value", "values", "number", "numbers", "entry", "entries", "position", "positions",
    ]
    static let modifiers: Set<String> = ["trainable", "non-trainable", "learnable", "more", "fewer", "extra"]
    static let operators: Set<Unicode.Scalar> = ["·", "×", "*", "⋅", "∙", "+", "-", "−", "/", "÷"]

    /// A number written bare where a worked result is expected.
    struct Finding: Equatable {
        /// Where the number starts: its offset (from 1) in the text's Unicode scalars.
        var column: Int
        /// The number as written, such as `7,600`.
        var number: String
        /// The words after it or the arithmetic before it, for the message.
        var context: String
    }

    static func findings(in line: String) -> [Finding] {
        // Most texts hold no digit; looking at their bytes is much quicker than at their scalars.
        guard line.utf8.contains(where: { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else { return [] }
        let scalars = LessonInlineNumbers.masked(line)
        var findings: [Finding] = []
        var index = 0
        while index < scalars.count {
            guard isDigit(scalars[index]), index == 0 || !startsInsideWord(scalars, at: index) else {
                index += 1
                continue
            }
            let end = numberEnd(scalars, from: index)
            defer { index = end }
            if end < scalars.count, isLetter(scalars[end]) || isDigit(scalars[end]) { continue }
            let number = LessonInlineNumbers.text(scalars[index..<end])
            if let words = countingWords(scalars, after: end), !isLastOperand(scalars, at: index) {
                findings.append(Finding(column: index + 1, number: number, context: "\(number) \(words)"))
            } else if let arithmetic = arithmeticBefore(scalars, at: index) {
                findings.append(Finding(column: index + 1, number: number, context: "\(arithmetic) = \(number)"))
            }
        }
        return findings
    }

    static func message(_ finding: Finding) -> String {
        "'\(finding.context)' is a worked number written bare: write the arithmetic that gives "
            + "\(finding.number) as an inline number, such as {= 10*(3*3*3)+10}, so that it is checked"
    }

    /// `0` to `9`.
    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }

    /// A letter, or a mark that belongs to the letter before it (the accent of a decomposed accented letter).
    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }

    private static func isNumber(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? isDigit(scalar) : scalar.properties.numericType != nil
    }

    /// A digit that continues a word or a number (`V2`, `x3`, `2.5`) does not start a number.
    private static func startsInsideWord(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        let before = scalars[index - 1]
        return isLetter(before) || isNumber(before) || before == "_" || before == "." || before == ","
    }

    /// Just past the number starting at `start`: its digits, and `,` or `.` followed by more digits.
    private static func numberEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < scalars.count {
            if isDigit(scalars[index]) {
                index += 1
            } else if scalars[index] == "," || scalars[index] == ".", index + 1 < scalars.count,
                      isDigit(scalars[index + 1]) {
                index += 1
            } else {
                break
            }
        }
        return index
    }

    /// The counting word after a number (with its modifier), if one follows.
    private static func countingWords(_ scalars: [Unicode.Scalar], after end: Int) -> String? {
        var index = end
        var words: [String] = []
        for _ in 0..<2 {
            guard index < scalars.count, scalars[index] == " " else { return nil }
            while index < scalars.count, scalars[index] == " " { index += 1 }
            var word = String.UnicodeScalarView()
            while index < scalars.count, isLetter(scalars[index]) || scalars[index] == "-" {
                word.append(scalars[index])
                index += 1
            }
            while word.last == "-" { word.removeLast() }
            words.append(String(word))
            let lowered = String(word).lowercased()
            if countingWords.contains(lowered) { return words.joined(separator: " ") }
            guard modifiers.contains(lowered) else { return nil }
        }
        return nil
    }

    /// Whether the number is the right operand of a binary operator, as 27 is in `2·27 weights`.
    private static func isLastOperand(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        var before = index - 1
        while before >= 0, scalars[before] == " " { before -= 1 }
        guard before >= 1 else { return false }
        let symbol = scalars[before]
        guard operators.contains(symbol) || (symbol == "x" && isDigit(scalars[before - 1])) else { return false }
        var left = before - 1
        while left >= 0, scalars[left] == " " { left -= 1 }
        return left >= 0 && (isDigit(scalars[left]) || scalars[left] == ")")
    }

    /// The arithmetic before `=` when the number follows an `=` whose left side is numbers and
    /// operators alone.
    private static func arithmeticBefore(_ scalars: [Unicode.Scalar], at index: Int) -> String? {
        var equals = index - 1
        while equals >= 0, scalars[equals] == " " { equals -= 1 }
        guard equals >= 1, scalars[equals] == "=", !"=<>!≠≤≥".unicodeScalars.contains(scalars[equals - 1]) else { return nil }
        var start = equals
        var depth = 0
        while start > 0, isArithmetic(scalars, at: start - 1) {
            if scalars[start - 1] == ")" { depth += 1 }
            if scalars[start - 1] == "(" {
                if depth == 0 { break }
                depth -= 1
            }
            start -= 1
        }
        let left = LessonInlineNumbers.text(scalars[start..<equals]).trimmed
        guard left.unicodeScalars.contains(where: { isDigit($0) || $0 == LessonInlineNumbers.numberBlank }) else { return nil }
        if start > 0, scalars[start] != " ", isLetter(scalars[start - 1]) { return nil }
        return left
    }

    private static func isArithmetic(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        let character = scalars[index]
        if isDigit(character) || character == " " || character == "(" || character == ")" || operators.contains(character)
            || character == LessonInlineNumbers.numberBlank {
            return true
        }
        let digitBefore = index > 0 && isDigit(scalars[index - 1])
        let digitAfter = index + 1 < scalars.count && isDigit(scalars[index + 1])
        if character == "," { return digitBefore && digitAfter }
        return (character == "x" || character == "X") && digitBefore
    }
}
