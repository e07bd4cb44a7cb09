/// Splits Python-like model code into tokens, skipping comments and the line breaks inside brackets.
struct Lexer {
    private let characters: [Character]
    private var index = 0
    private var line = 1
    private var column = 1
    private var bracketDepth = 0

    init(_ text: String) {
        characters = Array(text.utf8.contains(13) ? text.replacing("\r\n", with: "\n") : text)
    }

    static func tokenize(_ text: String) throws(ModelError) -> [Token] {
        var lexer = Lexer(text)
        var tokens: [Token] = []
        while true {
            let token = try lexer.next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    private var current: Character? { index < characters.count ? characters[index] : nil }

    private func peek(_ offset: Int = 1) -> Character? {
        index + offset < characters.count ? characters[index + offset] : nil
    }

    private mutating func advance() {
        guard let character = current else { return }
        index += 1
        if character == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
    }

    private func span(from start: (line: Int, column: Int)) -> SourceSpan {
        SourceSpan(line: start.line, column: start.column,
                   length: start.line == line ? column - start.column : 1)
    }

    mutating func next() throws(ModelError) -> Token {
        while let character = current {
            if character == "#" {
                while let c = current, c != "\n" { advance() }
            } else if character == "\\" && peek() == "\n" {
                advance()
                while current != "\n" { advance() }
                advance()
            } else if character == "\n" || character == ";" {
                let start = (line, column)
                advance()
                if bracketDepth == 0 { return Token(kind: .newline, span: span(from: start)) }
            } else if character.isBlank {
                advance()
            } else {
                break
            }
        }
        guard let character = current else {
            return Token(kind: .end, span: SourceSpan(line: line, column: column, length: 1))
        }
        let start = (line, column)
        if character.startsIdentifier {
            var name = ""
            while let c = current, c.continuesIdentifier {
                name.append(c)
                advance()
            }
            return Token(kind: .identifier(name), span: span(from: start))
        }
        if character.isASCIIDigit || (character == "." && (peek()?.isASCIIDigit ?? false)) {
            return try number(from: start)
        }
        if character == "'" || character == "\"" {
            return try string(quote: character, from: start)
        }
        if let next = peek(), Self.isPair(character, next) {
            advance()
            advance()
            return Token(kind: .symbol(String(character) + String(next)), span: span(from: start))
        }
        switch character {
        case "(", "[", "{":
            bracketDepth += 1
        case ")", "]", "}":
            bracketDepth = max(0, bracketDepth - 1)
        case ",", "=", ".", ":", "*", "+", "-", "/", "%", "@", "<", ">":
            break
        default:
            throw ModelError("unexpected character '\(character)'",
                             at: SourceSpan(line: line, column: column, length: 1),
                             hint: "write each layer as a call, such as Conv2D(10, kernel_size=3)")
        }
        advance()
        return Token(kind: .symbol(String(character)), span: span(from: start))
    }

    /// The symbols of two characters: `//`, `**`, `->`, `==`, `!=`, `<=` and `>=`.
    private static func isPair(_ first: Character, _ second: Character) -> Bool {
        switch (first, second) {
        case ("/", "/"), ("*", "*"), ("-", ">"), ("=", "="), ("!", "="), ("<", "="), (">", "="): true
        default: false
        }
    }

    private mutating func number(from start: (line: Int, column: Int)) throws(ModelError) -> Token {
        var text = ""
        var isFloat = false
        while let c = current {
            if c.isASCIIDigit || c == "_" {
                text.append(c)
            } else if c == "." && !isFloat && !text.contains("e") {
                isFloat = true
                text.append(c)
            } else if (c == "e" || c == "E") && !text.contains("e") {
                isFloat = true
                text.append("e")
                if let sign = peek(), sign == "+" || sign == "-" {
                    advance()
                    text.append(sign)
                }
            } else {
                break
            }
            advance()
        }
        let digits = text.replacingUnderscores()
        let where_ = span(from: start)
        if isFloat {
            guard let value = Double(digits) else {
                throw ModelError("'\(text.excerpt)' is not a number", at: where_)
            }
            return Token(kind: .float(value), span: where_)
        }
        guard let value = Int(digits) else {
            throw ModelError("the number \(text.excerpt) is too large", at: where_,
                             hint: "numbers must fit in 64 bits (at most 9223372036854775807)")
        }
        return Token(kind: .integer(value), span: where_)
    }

    private mutating func string(quote: Character, from start: (line: Int, column: Int)) throws(ModelError) -> Token {
        advance()
        var value = ""
        while let c = current, c != quote {
            if c == "\n" { break }
            if c == "\\", let escaped = peek() {
                advance()
                value.append(escaped)
            } else {
                value.append(c)
            }
            advance()
        }
        guard current == quote else {
            throw ModelError("this string is not closed", at: span(from: start),
                             hint: "end it with \(quote) on the same line")
        }
        advance()
        return Token(kind: .string(value), span: span(from: start))
    }
}

extension Character {
    var isASCIIDigit: Bool {
        guard let byte = asciiValue else { return false }
        return byte >= 48 && byte <= 57
    }

    /// Whitespace, decided without Unicode tables for ASCII (the common case in model code).
    var isBlank: Bool {
        if let byte = asciiValue { return byte == 32 || byte == 9 || byte == 13 || byte == 11 || byte == 12 }
        return isWhitespace
    }

    var startsIdentifier: Bool {
        if let byte = asciiValue { return (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || byte == 95 }
        return isLetter
    }

    var continuesIdentifier: Bool {
        if let byte = asciiValue {
            return (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || byte == 95 || (byte >= 48 && byte <= 57)
        }
        return isLetter || isNumber
    }
}

extension String {
    fileprivate func replacingUnderscores() -> String {
        String(filter { $0 != "_" })
    }
}
