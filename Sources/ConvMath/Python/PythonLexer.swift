/// Splits Python source into tokens as Python's tokenizer does: indentation becomes indent and
/// dedent tokens, line breaks inside brackets and after a backslash are joined, comments vanish,
/// and strings (triple-quoted, raw, f-strings) and numbers are read whole. Problems are collected,
/// not thrown, so that every one in a file is reported at once.
struct PythonLexer {
    private let characters: [Character]
    private var index = 0
    private var line = 1
    private var column = 1
    private var bracketDepth = 0
    private var indents: [Int] = [0]
    private var atLineStart = true
    private(set) var tokens: [PythonToken] = []
    private(set) var problems: [ModelError] = []

    private static let symbols: [String] = [
        "**=", "//=", ">>=", "<<=", "...", "**", "//", "==", "!=", "<=", ">=", "->", "+=", "-=", "*=", "/=", "%=",
        "&=", "|=", "^=", "@=", ":=", "<<", ">>",
        "+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">", "(", ")", "[", "]", "{", "}", ",", ":", ".",
        ";", "=",
    ]

    /// The symbols by their first character, longest first.
    private static let symbolsByFirst: [Character: [String]] = Dictionary(grouping: symbols, by: { $0.first! })

    static func tokenize(_ text: String) -> (tokens: [PythonToken], problems: [ModelError]) {
        var lexer = PythonLexer(text)
        lexer.run()
        return (lexer.tokens, lexer.problems)
    }

    private init(_ text: String) {
        characters = Array(text.utf8.contains(13) ? text.replacing("\r\n", with: "\n").replacing("\r", with: "\n") : text)
    }

    private var current: Character? { index < characters.count ? characters[index] : nil }

    private func peek(_ offset: Int) -> Character? {
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
        SourceSpan(line: start.line, column: start.column, length: start.line == line ? column - start.column : 1)
    }

    private mutating func emit(_ kind: PythonToken.Kind, from start: (line: Int, column: Int)) {
        tokens.append(PythonToken(kind: kind, span: span(from: start)))
    }

    private mutating func problem(_ message: String, at span: SourceSpan, hint: String? = nil) {
        problems.append(ModelError(message, at: span, hint: hint))
    }

    private mutating func run() {
        while current != nil {
            if atLineStart && bracketDepth == 0 {
                readIndentation()
                continue
            }
            guard let character = current else { break }
            let start = (line, column)
            if character == "#" {
                while let c = current, c != "\n" { advance() }
            } else if character == "\\" {
                advance()
                while let c = current, c == " " || c == "\t" { advance() }
                if current == "\n" {
                    advance()
                } else {
                    problem("a backslash outside a string must end the line", at: span(from: start),
                            hint: "a backslash joins this line to the next; nothing may follow it")
                }
            } else if character == "\n" {
                advance()
                if bracketDepth == 0 {
                    if let last = tokens.last, last.kind != .newline {
                        tokens.append(PythonToken(kind: .newline, span: SourceSpan(line: start.0, column: start.1, length: 1)))
                    }
                    atLineStart = true
                }
            } else if character == " " || character == "\t" || character == "\u{0C}" {
                advance()
            } else if character.isNumber && character.isASCII || (character == "." && (peek(1)?.isASCII ?? false) && (peek(1)?.isNumber ?? false)) {
                readNumber()
            } else if let prefixLength = stringPrefixLength() {
                readString(prefixLength: prefixLength)
            } else if character == "_" || character.isLetter {
                var word = ""
                while let c = current, c == "_" || c.isLetter || c.isNumber {
                    word.append(c)
                    advance()
                }
                emit(.name(word), from: start)
            } else if let symbol = Self.symbolsByFirst[character]?.first(where: { matches($0) }) {
                for _ in 0..<symbol.count { advance() }
                if symbol == "(" || symbol == "[" || symbol == "{" { bracketDepth += 1 }
                if symbol == ")" || symbol == "]" || symbol == "}" { bracketDepth = max(0, bracketDepth - 1) }
                if symbol == ";" {
                    if let last = tokens.last, last.kind != .newline { emit(.newline, from: start) }
                } else {
                    emit(.symbol(symbol), from: start)
                }
            } else {
                advance()
                problem("Python has no character '\(String(character).excerpt)' here", at: span(from: start),
                        hint: "remove it, or put it inside a string")
            }
        }
        let endPosition = (line, column)
        if let last = tokens.last, last.kind != .newline { emit(.newline, from: endPosition) }
        while indents.count > 1 {
            indents.removeLast()
            emit(.dedent, from: endPosition)
        }
        emit(.end, from: endPosition)
    }

    private func matches(_ symbol: String) -> Bool {
        var offset = 0
        for character in symbol {
            guard peek(offset) == character else { return false }
            offset += 1
        }
        return true
    }

    /// Measures a line's indentation; blank and comment-only lines leave the blocks as they are.
    private mutating func readIndentation() {
        var width = 0
        let start = (line, column)
        while let c = current, c == " " || c == "\t" || c == "\u{0C}" {
            width = c == "\t" ? (width / 8 + 1) * 8 : width + 1
            advance()
        }
        if current == nil || current == "\n" || current == "#" || (current == "\\" && peek(1) == "\n") {
            while let c = current, c != "\n" { advance() }
            advance()
            return
        }
        atLineStart = false
        let here = SourceSpan(line: start.0, column: 1, length: max(1, width))
        if width > indents[indents.count - 1] {
            indents.append(width)
            tokens.append(PythonToken(kind: .indent, span: here))
        } else {
            while width < indents[indents.count - 1] {
                indents.removeLast()
                tokens.append(PythonToken(kind: .dedent, span: here))
            }
            if width != indents[indents.count - 1] {
                problem("this line's indentation matches no enclosing block", at: here,
                        hint: "indent it as far as the line that starts its block")
                indents.append(width)
            }
        }
    }

    private mutating func readNumber() {
        let start = (line, column)
        var text = ""
        var isFloat = false
        func isDigit(_ c: Character?) -> Bool { c.map { $0.isASCII && ($0.isHexDigit || $0 == "_") } ?? false }
        if current == "0", let base = peek(1), "xXoObB".contains(base) {
            advance()
            advance()
            let radix = "xX".contains(base) ? 16 : "oO".contains(base) ? 8 : 2
            while isDigit(current) {
                if current != "_" { text.append(current!) }
                advance()
            }
            guard let value = Int(text, radix: radix) else {
                problem("this number is not a whole number Python can read, or does not fit in 64 bits", at: span(from: start))
                emit(.integer(0), from: start)
                return
            }
            emit(.integer(value), from: start)
            return
        }
        while let c = current, c.isASCII, c.isNumber || c == "_" || c == "." || c == "e" || c == "E"
                || ((c == "+" || c == "-") && (text.last == "e" || text.last == "E")) {
            if c == "." || c == "e" || c == "E" { isFloat = true }
            if c != "_" { text.append(c) }
            advance()
        }
        if let c = current, c == "j" || c == "J" {
            advance()
            problem("complex numbers do not describe a model", at: span(from: start))
            emit(.float(0), from: start)
            return
        }
        if isFloat {
            if let value = Double(text) {
                emit(.float(value), from: start)
            } else {
                problem("'\(text.excerpt)' is not a number Python can read", at: span(from: start))
                emit(.float(0), from: start)
            }
        } else if let value = Int(text) {
            emit(.integer(value), from: start)
        } else {
            problem("the number \(text.excerpt) does not fit in 64 bits", at: span(from: start),
                    hint: "no size in a real model is this large")
            emit(.integer(0), from: start)
        }
    }

    /// The length of a string prefix (`r`, `f`, `rb`, …) when a string starts here.
    private func stringPrefixLength() -> Int? {
        var offset = 0
        while offset < 2, let c = peek(offset), "rRbBuUfF".contains(c) { offset += 1 }
        guard let quote = peek(offset), quote == "'" || quote == "\"" else { return nil }
        return offset
    }

    private mutating func readString(prefixLength: Int) {
        let start = (line, column)
        var prefix = ""
        for _ in 0..<prefixLength {
            prefix.append(current!.lowercased().first!)
            advance()
        }
        let raw = prefix.contains("r")
        let formatted = prefix.contains("f")
        let quote = current!
        let triple = peek(1) == quote && peek(2) == quote
        for _ in 0..<(triple ? 3 : 1) { advance() }
        var text = ""
        while true {
            guard let c = current else {
                problem(triple ? "this triple-quoted string is never closed" : "this string is not closed",
                        at: SourceSpan(line: start.0, column: start.1, length: prefixLength + (triple ? 3 : 1)),
                        hint: "end it with \(String(repeating: quote, count: triple ? 3 : 1))")
                break
            }
            if c == "\n" && !triple {
                problem("this string is not closed before the end of the line",
                        at: SourceSpan(line: start.0, column: start.1, length: prefixLength + 1),
                        hint: "end it with \(quote), or use a triple-quoted string for several lines")
                break
            }
            if c == quote && (!triple || (peek(1) == quote && peek(2) == quote)) {
                for _ in 0..<(triple ? 3 : 1) { advance() }
                break
            }
            if c == "\\" {
                advance()
                guard let escaped = current else { continue }
                advance()
                if raw {
                    text.append("\\")
                    text.append(escaped)
                    continue
                }
                switch escaped {
                case "n": text.append("\n")
                case "t": text.append("\t")
                case "\n": break
                case "\\", "'", "\"": text.append(escaped)
                default:
                    text.append("\\")
                    text.append(escaped)
                }
                continue
            }
            text.append(c)
            advance()
        }
        tokens.append(PythonToken(kind: .string(text, formatted: formatted), span: span(from: start)))
    }
}
