/// A piece of a typed answer.
struct AnswerToken: Equatable {
    enum Kind: Equatable {
        case number(Int)
        case plus, minus, times, divide, open, close
    }

    var kind: Kind
    var offset: Int
}

/// Splits a typed answer into numbers and operators.
enum AnswerTokenizer {
    /// Spaces that may split a number into groups of three digits.
    static let groupSpaces: Set<Character> = [" ", "\u{00A0}", "\u{2009}", "\u{202F}"]

    static func tokenize(_ characters: [Character]) throws(AnswerError) -> [AnswerToken] {
        var tokens: [AnswerToken] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if digit(character) != nil {
                let (value, next) = try number(characters, from: index)
                tokens.append(AnswerToken(kind: .number(value), offset: index))
                index = next
                continue
            }
            if character == "^" || character == "*" && index + 1 < characters.count && characters[index + 1] == "*" {
                throw AnswerError.power(offset: index)
            }
            let kind: AnswerToken.Kind?
            switch character {
            case "+": kind = .plus
            case "(": kind = .open
            case ")": kind = .close
            case "x", "X":
                let follows = tokens.last.map { token in
                    if case .number = token.kind { return true }
                    return token.kind == .close
                } ?? false
                kind = follows ? .times : nil
            case "*", "×", "·", "⋅", "∙": kind = .times
            case "-", "−": kind = .minus
            case "/", "÷": kind = .divide
            default:
                if character.isWhitespace { kind = nil; index += 1; continue }
                kind = nil
            }
            guard let kind else { throw AnswerError.unexpectedCharacter(character, offset: index) }
            tokens.append(AnswerToken(kind: kind, offset: index))
            index += 1
        }
        return tokens
    }

    /// The value of an ASCII digit; other characters (including digits of other scripts) are not digits.
    static func digit(_ character: Character) -> Int? {
        // Only a character of one ASCII scalar has an ASCII value, apart from CR LF, which is no digit.
        guard let ascii = character.asciiValue, ascii >= 48, ascii <= 57 else {
            return nil
        }
        return Int(ascii - 48)
    }

    /// Reads a number starting at `start`, with its group separators, and returns it with the index after it.
    static func number(_ characters: [Character], from start: Int) throws(AnswerError) -> (Int, Int) {
        var value = 0
        var index = start
        var groupLength = 0
        var grouped = false
        var underscored = false
        func add(_ digit: Int) throws(AnswerError) {
            let (shifted, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = shifted.addingReportingOverflow(digit)
            guard !overflow1, !overflow2 else { throw AnswerError.overflow }
            value = sum
        }
        func digits(at position: Int) -> Int {
            var count = 0
            while position + count < characters.count, digit(characters[position + count]) != nil { count += 1 }
            return count
        }
        while index < characters.count {
            let character = characters[index]
            if let d = digit(character) {
                try add(d)
                groupLength += 1
                index += 1
                continue
            }
            if character == "_", !grouped, digits(at: index + 1) > 0 {
                underscored = true
                index += 1
                continue
            }
            let groupsThree = digits(at: index + 1) == 3 && groupLength <= 3 && !underscored
            if character == "," {
                guard groupsThree else { throw AnswerError.digitGrouping(offset: index) }
                grouped = true
                groupLength = 0
                index += 1
                continue
            }
            if groupsThree, groupSpaces.contains(character) {
                grouped = true
                groupLength = 0
                index += 1
                continue
            }
            if character == ".", digits(at: index + 1) > 0 {
                throw AnswerError.notWhole(offset: index)
            }
            break
        }
        return (value, index)
    }
}
