/// Reads pasted model code into layer calls, tolerating what surrounds them in real code:
/// `model.add(...)`, `x = layers.Conv2D(...)(x)`, `nn.Sequential(` … `)`, lists, trailing commas,
/// comments, imports and blank lines.
public enum ModelSourceParser {
    /// Calls that may appear in model code but are not layers, skipped silently.
    static let ignoredCalls: Set<String> = ["summary", "compile", "fit", "Model", "print", "build", "to", "eval", "train"]
    /// Calls whose arguments are layers.
    static let containers: Set<String> = ["Sequential", "ModuleList", "OrderedDict"]
    static let skippedStatements: Set<String> = ["import", "from", "class", "def", "return", "super", "if", "elif", "else",
                                                 "for", "while", "with", "try", "except", "finally", "pass", "continue",
                                                 "break", "raise", "assert", "global", "nonlocal", "del"]
    /// Statements whose body may run any number of times, or not at all: a layer inside one cannot be
    /// counted from the text alone.
    static let controlFlow: Set<String> = ["if", "elif", "else", "for", "while"]

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
        // The `if`/`for`/`while` blocks the reader is inside, by the column of their keyword.
        var blocks: [(keyword: String, column: Int)] = []
        // The first model built (`model = keras.Sequential(...)`): a second one, or the same name built
        // afresh, would be read into the same chain of layers. (`self.features = nn.Sequential(...)`
        // and `self.classifier = ...` are parts of one module, not two models.)
        var firstModel: (name: String, line: Int)?
        while parser.current.kind != .end {
            let token = parser.current
            if token.kind == .newline || token.isSymbol(",") || token.isSymbol(")") || token.isSymbol("]") {
                parser.advance()
                continue
            }
            blocks.removeAll { $0.column >= token.span.column }
            if case .identifier(let word) = token.kind, skippedStatements.contains(word) {
                if controlFlow.contains(word) { blocks.append((word, token.span.column)) }
                skipHeader(&parser, inlineBody: controlFlow.contains(word))
                continue
            }
            let target = skipAssignmentTarget(&parser)
            let expression = try parser.parseExpression()
            try chain.follow(expression, assignedTo: target)
            let found = try unwrap(expression, source: source, inContainer: false)
            if let target, !target.hasPrefix("self."), case .call(let callee, _) = expression.kind,
               callee.dottedName?.last == "Sequential" {
                if let first = firstModel {
                    throw ModelError("this file builds a second model, '\(target.excerpt)', after '\(first.name.excerpt)' on line "
                                     + "\(first.line): convtutor reads one model and would count both as one",
                                     at: token.span, hint: "keep only the model to count in the file, or give its layers as arguments")
                }
                firstModel = (target, token.span.line)
            }
            if let block = blocks.last, let first = found.first {
                let message = block.keyword == "for" || block.keyword == "while"
                    ? "this layer is inside a '\(block.keyword)' loop: convtutor cannot tell how many times the loop adds it"
                    : "this layer is inside an '\(block.keyword)' branch: convtutor cannot tell whether that branch runs"
                throw ModelError(message, at: first.span, hint: "write out the layers the code makes, one per line")
            }
            calls += found
            let next = parser.current
            guard next.kind == .newline || next.kind == .end || next.isSymbol(",") || next.isSymbol(")")
                    || next.isSymbol("]") else {
                throw ModelError("expected the end of the line after the layer, found \(next.described)",
                                 at: next.span, hint: "write one layer call per line")
            }
        }
        return calls
    }

    /// Skips a statement the reader does not evaluate, to the end of its line; a control-flow header
    /// with its body on the same line (`for i in range(3): model.add(...)`) stops after the colon, so
    /// that the body is read, inside the block.
    private static func skipHeader(_ parser: inout ExpressionParser, inlineBody: Bool) {
        var depth = 0
        while parser.current.kind != .newline && parser.current.kind != .end {
            let token = parser.current
            parser.advance()
            if token.isSymbol("(") || token.isSymbol("[") || token.isSymbol("{") { depth += 1 }
            if token.isSymbol(")") || token.isSymbol("]") || token.isSymbol("}") { depth = max(0, depth - 1) }
            if inlineBody, depth == 0, token.isSymbol(":") { return }
        }
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
