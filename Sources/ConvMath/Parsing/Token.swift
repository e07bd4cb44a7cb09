/// One lexical unit of Python-like model code.
struct Token: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case identifier(String)
        case integer(Int)
        case float(Double)
        case string(String)
        case symbol(String)
        case newline
        case end
    }

    var kind: Kind
    var span: SourceSpan

    func isSymbol(_ symbol: String) -> Bool { kind == .symbol(symbol) }

    /// How the token reads in an error message.
    var described: String {
        switch kind {
        case .identifier(let name): return "'\(name.excerpt)'"
        case .integer(let value): return "'\(value)'"
        case .float(let value): return "'\(value)'"
        case .string(let value): return "the string '\(value.excerpt)'"
        case .symbol(let symbol): return "'\(symbol)'"
        case .newline: return "the end of the line"
        case .end: return "the end of the input"
        }
    }
}
