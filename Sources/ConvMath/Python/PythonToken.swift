/// One lexical unit of Python source, with the indentation tokens Python's grammar needs.
struct PythonToken: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case name(String)
        case integer(Int)
        case float(Double)
        /// A string literal; `formatted` for an f-string, whose text keeps its `{…}` fields.
        case string(String, formatted: Bool)
        case symbol(String)
        case newline
        case indent
        case dedent
        case end
    }

    var kind: Kind
    var span: SourceSpan

    func isSymbol(_ symbol: String) -> Bool { kind == .symbol(symbol) }
    func isName(_ word: String) -> Bool { kind == .name(word) }

    /// How the token reads in an error message.
    var described: String {
        switch kind {
        case .name(let name): return "'\(name.excerpt)'"
        case .integer(let value): return "'\(value)'"
        case .float(let value): return "'\(value)'"
        case .string: return "a string"
        case .symbol(let symbol): return "'\(symbol)'"
        case .newline: return "the end of the line"
        case .indent: return "an indented block"
        case .dedent: return "the end of an indented block"
        case .end: return "the end of the file"
        }
    }
}
