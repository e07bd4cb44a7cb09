/// Reads pasted model code into layer calls, tolerating what surrounds them in real code:
/// `model.add(...)`, `x = layers.Conv2D(...)(x)`, `nn.Sequential(` … `)`, lists, trailing commas,
/// comments, imports and blank lines.
public enum ModelSourceParser {
    /// Calls that may appear in model code but are not layers, skipped silently.
    static let ignoredCalls: Set<String> = ["summary", "compile", "fit", "Model", "print", "build", "to", "eval", "train"]
    /// Calls whose arguments are layers.
    static let containers: Set<String> = ["Sequential", "ModuleList", "OrderedDict"]
    static let skippedStatements: Set<String> = ["import", "from", "class", "def", "return", "super", "if", "else", "for", "with"]

    public static func parse(_ source: SourceText) throws(ModelError) -> [LayerCall] {
        do {
            return try parseCalls(source)
        } catch {
            throw error.located(in: source)
        }
    }

    private static func parseCalls(_ source: SourceText) throws(ModelError) -> [LayerCall] {
        var parser = ExpressionParser(tokens: try Lexer.tokenize(source.text))
        var calls: [LayerCall] = []
        var chain = FunctionalChain()
        while parser.current.kind != .end {
            let token = parser.current
            if token.kind == .newline || token.isSymbol(",") || token.isSymbol(")") || token.isSymbol("]") {
                parser.advance()
                continue
            }
            if case .identifier(let word) = token.kind, skippedStatements.contains(word) {
                while parser.current.kind != .newline && parser.current.kind != .end { parser.advance() }
                continue
            }
            let target = skipAssignmentTarget(&parser)
            let expression = try parser.parseExpression()
            try chain.follow(expression, assignedTo: target)
            calls += try unwrap(expression, source: source, inContainer: false)
            let next = parser.current
            guard next.kind == .newline || next.kind == .end || next.isSymbol(",") || next.isSymbol(")")
                    || next.isSymbol("]") else {
                throw ModelError("expected the end of the line after the layer, found \(next.described)",
                                 at: next.span, hint: "write one layer call per line")
            }
        }
        return calls
    }

    /// Skips `x =` or `self.conv1 =` at the start of a statement and returns the name assigned to.
    private static func skipAssignmentTarget(_ parser: inout ExpressionParser) -> String? {
        var offset = 0
        guard case .identifier(let first) = parser.peek(0).kind else { return nil }
        var name = first
        offset = 1
        while parser.peek(offset).isSymbol("."), case .identifier(let part) = parser.peek(offset + 1).kind {
            name += "." + part
            offset += 2
        }
        if parser.peek(offset).isSymbol(":") {
            return nil
        }
        guard parser.peek(offset).isSymbol("=") else { return nil }
        for _ in 0...offset { parser.advance() }
        return name
    }

    private static func unwrap(_ expression: Expression, source: SourceText, inContainer: Bool) throws(ModelError) -> [LayerCall] {
        switch expression.kind {
        case .call(let callee, let arguments):
            if case .call = callee.kind {
                return try unwrap(callee, source: source, inContainer: inContainer)
            }
            guard let path = callee.dottedName, let name = path.last else {
                throw ModelError("expected a layer call", at: expression.span)
            }
            if name == "add" && path.count > 1 {
                var layers: [LayerCall] = []
                for argument in arguments where argument.label == nil {
                    layers += try unwrap(argument.value, source: source, inContainer: true)
                }
                return layers
            }
            if containers.contains(name) {
                var layers: [LayerCall] = []
                for argument in arguments {
                    layers += try unwrap(argument.value, source: source, inContainer: true)
                }
                return layers
            }
            if ignoredCalls.contains(name) { return [] }
            return [LayerCall(name: name, prefix: Array(path.dropLast()), arguments: arguments,
                              span: expression.span, nameSpan: callee.span, source: source)]
        case .list(let elements), .tuple(let elements):
            var layers: [LayerCall] = []
            for element in elements {
                layers += try unwrap(element, source: source, inContainer: true)
            }
            return layers
        case .string where inContainer:
            return []
        case .name(let path):
            throw ModelError("'\(path.joined(separator: ".").excerpt)' is not a layer call", at: expression.span,
                             hint: "write the layer with its arguments, such as \((path.last ?? "Conv2D").excerpt)(…)")
        default:
            throw ModelError("expected a layer call such as Conv2D(10, kernel_size=3)", at: expression.span)
        }
    }
}
