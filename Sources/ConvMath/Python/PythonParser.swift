/// Parses Python source into statements of the subset model code uses. A statement the parser
/// cannot read is recorded with a caret and skipped, so every problem in a file is reported, in
/// source order; nesting deeper than `maximumDepth` is an error, never a stack overflow.
struct PythonParser {
    static let maximumDepth = Expression.maximumDepth

    private var tokens: [PythonToken]
    private var position = 0
    private var depth = 0
    private var problems: [ModelError] = []

    /// The module's statements, or every problem found in it (lexical and syntactic) in source order.
    static func parse(_ text: String) -> (statements: [PyStmt], problems: [ModelError]) {
        let lexed = PythonLexer.tokenize(text)
        var parser = PythonParser(tokens: lexed.tokens)
        let statements = parser.parseModule()
        var problems = lexed.problems + parser.problems
        problems.sort { ($0.span?.line ?? 0, $0.span?.column ?? 0) < ($1.span?.line ?? 0, $1.span?.column ?? 0) }
        var seenLines = Set<Int>()
        problems = problems.filter { seenLines.insert($0.span?.line ?? 0).inserted }
        return (statements, problems)
    }

    /// Parses one expression on its own, as `--model` gives it.
    static func parseExpression(_ text: String) -> Result<PyExpr, ModelError> {
        let lexed = PythonLexer.tokenize(text)
        if let first = lexed.problems.first { return .failure(first) }
        var parser = PythonParser(tokens: lexed.tokens)
        do throws(ModelError) {
            let expression = try parser.parseTestList()
            while parser.current.kind == .newline { parser.advance() }
            guard parser.current.kind == .end else { throw parser.unexpected("the end of the expression") }
            return .success(expression)
        } catch {
            return .failure(error)
        }
    }

    private init(tokens: [PythonToken]) {
        self.tokens = tokens
    }

    private var current: PythonToken { tokens[min(position, tokens.count - 1)] }
    private func peek(_ offset: Int) -> PythonToken { tokens[min(position + offset, tokens.count - 1)] }
    private mutating func advance() { if position < tokens.count - 1 { position += 1 } }

    private mutating func accept(_ symbol: String) -> Bool {
        guard current.isSymbol(symbol) else { return false }
        advance()
        return true
    }

    private mutating func expect(_ symbol: String, _ what: String? = nil) throws(ModelError) -> SourceSpan {
        guard current.isSymbol(symbol) else { throw unexpected(what ?? "'\(symbol)'") }
        let span = current.span
        advance()
        return span
    }

    private func unexpected(_ wanted: String) -> ModelError {
        ModelError("expected \(wanted), found \(current.described)", at: current.span)
    }

    private mutating func expectName(_ what: String) throws(ModelError) -> (String, SourceSpan) {
        guard case .name(let name) = current.kind else { throw unexpected(what) }
        let span = current.span
        advance()
        return (name, span)
    }

    private mutating func enter(_ span: SourceSpan) throws(ModelError) {
        depth += 1
        if depth > Self.maximumDepth {
            throw ModelError("this code nests more than \(Self.maximumDepth) levels deep", at: span,
                             hint: "no model needs this much nesting; split it into named steps")
        }
    }

    private mutating func leave() { depth -= 1 }

    // MARK: - Statements

    private mutating func parseModule() -> [PyStmt] {
        var statements: [PyStmt] = []
        while current.kind != .end {
            if current.kind == .newline { advance(); continue }
            if current.kind == .indent || current.kind == .dedent {
                if current.kind == .indent {
                    problems.append(ModelError("this line is indented, but no block starts before it", at: current.span,
                                               hint: "remove the spaces at the start of the line"))
                }
                advance()
                continue
            }
            statements += parseStatementRecovering()
        }
        return statements
    }

    private mutating func parseStatementRecovering() -> [PyStmt] {
        let start = position
        let savedDepth = depth
        do {
            return try parseStatement()
        } catch {
            problems.append(error)
            depth = savedDepth
            recover(from: start)
            return []
        }
    }

    /// Skips the rest of a statement that failed, and the block under it.
    private mutating func recover(from start: Int) {
        if position == start { advance() }
        while current.kind != .newline && current.kind != .end { advance() }
        if current.kind == .newline { advance() }
        if current.kind == .indent {
            var level = 0
            repeat {
                if current.kind == .indent { level += 1 }
                if current.kind == .dedent { level -= 1 }
                advance()
            } while level > 0 && current.kind != .end
        }
    }

    private mutating func parseBlock() throws(ModelError) -> [PyStmt] {
        _ = try expect(":")
        if current.kind != .newline {
            return try parseSimpleLine()
        }
        advance()
        guard current.kind == .indent else {
            throw ModelError("expected an indented block after this line", at: current.span,
                             hint: "indent the lines of the block, or write pass")
        }
        try enter(current.span)
        defer { leave() }
        advance()
        var body: [PyStmt] = []
        while current.kind != .dedent && current.kind != .end {
            if current.kind == .newline { advance(); continue }
            if current.kind == .indent {
                problems.append(ModelError("this line is indented more than the block it is in", at: current.span))
                recover(from: position)
                continue
            }
            body += parseStatementRecovering()
        }
        if current.kind == .dedent { advance() }
        return body
    }

    private mutating func parseStatement() throws(ModelError) -> [PyStmt] {
        let start = current.span
        if current.isSymbol("@") {
            var decorators: [PyExpr] = []
            while accept("@") {
                decorators.append(try parseTest())
                guard current.kind == .newline else { throw unexpected("the end of the decorator's line") }
                advance()
            }
            if current.isName("def") { return [try parseFunction(decorators: decorators, start: start)] }
            if current.isName("class") { return [try parseClass(decorators: decorators, start: start)] }
            throw unexpected("'def' or 'class' after a decorator")
        }
        if case .name(let word) = current.kind {
            switch word {
            case "def": return [try parseFunction(decorators: [], start: start)]
            case "class": return [try parseClass(decorators: [], start: start)]
            case "if": return [try parseIf()]
            case "for": return [try parseFor()]
            case "while":
                advance()
                let condition = try parseNamedTest()
                let body = try parseBlock()
                return [PyStmt(.whileLoop(condition: condition, body: body, otherwise: try parseElse()), start)]
            case "with":
                advance()
                var items: [(PyExpr, PyExpr?)] = []
                repeat {
                    let context = try parseTest()
                    items.append((context, accept(name: "as") ? try parseTarget() : nil))
                } while accept(",")
                return [PyStmt(.with(items: items, body: try parseBlock()), start)]
            case "try": return [try parseTry()]
            case "async":
                advance()
                return try parseStatement()
            default: break
            }
        }
        return try parseSimpleLine()
    }

    private mutating func accept(name: String) -> Bool {
        guard current.isName(name) else { return false }
        advance()
        return true
    }

    private mutating func parseElse() throws(ModelError) -> [PyStmt] {
        accept(name: "else") ? try parseBlock() : []
    }

    private mutating func parseIf() throws(ModelError) -> PyStmt {
        let start = current.span
        advance()
        var branches: [(PyExpr, [PyStmt])] = [(try parseNamedTest(), try parseBlock())]
        while current.isName("elif") {
            advance()
            branches.append((try parseNamedTest(), try parseBlock()))
        }
        return PyStmt(.conditional(branches: branches, otherwise: try parseElse()), start)
    }

    private mutating func parseFor() throws(ModelError) -> PyStmt {
        let start = current.span
        advance()
        let target = try parseTargetList()
        guard accept(name: "in") else { throw unexpected("'in'") }
        let iterable = try parseTestList()
        let body = try parseBlock()
        return PyStmt(.forLoop(target: target, iterable: iterable, body: body, otherwise: try parseElse()), start)
    }

    private mutating func parseTry() throws(ModelError) -> PyStmt {
        let start = current.span
        advance()
        let body = try parseBlock()
        var handlers: [[PyStmt]] = []
        while current.isName("except") {
            advance()
            if !current.isSymbol(":") {
                _ = accept("*")
                _ = try parseTest()
                if accept(name: "as") { _ = try expectName("a name") }
            }
            handlers.append(try parseBlock())
        }
        let otherwise = try parseElse()
        let finally = accept(name: "finally") ? try parseBlock() : []
        return PyStmt(.tryBlock(body: body, handlers: handlers, otherwise: otherwise, finally: finally), start)
    }

    private mutating func parseFunction(decorators: [PyExpr], start: SourceSpan) throws(ModelError) -> PyStmt {
        advance()
        let (name, _) = try expectName("the function's name")
        _ = try expect("(")
        let parameters = try parseParameters(closing: ")")
        _ = try expect(")")
        if accept("->") { _ = try parseTest() }
        let body = try parseBlock()
        return PyStmt(.function(PyFunctionDefinition(name: name, parameters: parameters, body: body, decorators: decorators,
                                                     span: start)), start)
    }

    private mutating func parseClass(decorators: [PyExpr], start: SourceSpan) throws(ModelError) -> PyStmt {
        advance()
        let (name, _) = try expectName("the class's name")
        var bases: [PyArgument] = []
        if accept("(") {
            bases = try parseArguments()
            _ = try expect(")")
        }
        let body = try parseBlock()
        return PyStmt(.classDefinition(PyClassDefinition(name: name, bases: bases, body: body, decorators: decorators,
                                                         span: start)), start)
    }

    /// Parameters up to `closing` (`)` for a def, `:` for a lambda), annotations skipped.
    private mutating func parseParameters(closing: String) throws(ModelError) -> PyParameters {
        var result = PyParameters()
        var keywordOnly = false
        while !current.isSymbol(closing) {
            if accept("/") {
            } else if accept("**") {
                result.kwargs = try expectName("a name after **").0
                if closing == ")", accept(":") { _ = try parseTest() }
            } else if accept("*") {
                keywordOnly = true
                if case .name(let name) = current.kind {
                    result.varargs = name
                    advance()
                    if closing == ")", accept(":") { _ = try parseTest() }
                }
            } else {
                let (name, span) = try expectName("a parameter name")
                if closing == ")", accept(":") { _ = try parseTest() }
                let value = accept("=") ? try parseTest() : nil
                result.parameters.append(.init(name: name, defaultValue: value, keywordOnly: keywordOnly, span: span))
            }
            if !accept(",") { break }
        }
        return result
    }

    /// A line of simple statements separated by `;` (already turned into line ends by the lexer).
    private mutating func parseSimpleLine() throws(ModelError) -> [PyStmt] {
        let statement = try parseSimpleStatement()
        guard current.kind == .newline || current.kind == .end else {
            throw unexpected("the end of the statement")
        }
        if current.kind == .newline { advance() }
        return [statement]
    }

    private mutating func parseSimpleStatement() throws(ModelError) -> PyStmt {
        let start = current.span
        if case .name(let word) = current.kind {
            switch word {
            case "pass": advance(); return PyStmt(.pass, start)
            case "break": advance(); return PyStmt(.breakLoop, start)
            case "continue": advance(); return PyStmt(.continueLoop, start)
            case "return":
                advance()
                let atEnd = current.kind == .newline || current.kind == .end
                return PyStmt(.returnValue(atEnd ? nil : try parseTestList(allowStarred: true)), start)
            case "raise":
                advance()
                let atEnd = current.kind == .newline || current.kind == .end
                let value = atEnd ? nil : try parseTest()
                if accept(name: "from") { _ = try parseTest() }
                return PyStmt(.raise(value), start)
            case "assert":
                advance()
                let condition = try parseTest()
                return PyStmt(.assert(condition, message: accept(",") ? try parseTest() : nil), start)
            case "del":
                advance()
                var targets = [try parseTarget()]
                while accept(",") { targets.append(try parseTarget()) }
                return PyStmt(.delete(targets), start)
            case "global", "nonlocal":
                advance()
                var names: [String] = []
                repeat { names.append(try expectName("a name").0) } while accept(",")
                return PyStmt(.scopeDeclaration(names, nonlocal: word == "nonlocal"), start)
            case "import":
                advance()
                var modules: [(path: [String], alias: String?)] = []
                repeat {
                    let path = try dottedName()
                    modules.append((path, accept(name: "as") ? try expectName("a name").0 : nil))
                } while accept(",")
                return PyStmt(.importModules(modules), start)
            case "from":
                advance()
                var path: [String] = []
                while accept(".") || accept("...") {}
                if case .name = current.kind, !current.isName("import") { path = try dottedName() }
                guard accept(name: "import") else { throw unexpected("'import'") }
                var names: [(name: String, alias: String?)] = []
                if accept("*") { return PyStmt(.importFrom(path: path, names: []), start) }
                let parenthesized = accept("(")
                repeat {
                    if parenthesized && current.isSymbol(")") { break }
                    let name = try expectName("a name to import").0
                    names.append((name, accept(name: "as") ? try expectName("a name").0 : nil))
                } while accept(",")
                if parenthesized { _ = try expect(")") }
                return PyStmt(.importFrom(path: path, names: names), start)
            default: break
            }
        }
        let first = try parseTestList(allowStarred: true)
        if accept(":") {
            _ = try parseTest()
            return PyStmt(.annotated(target: first, value: accept("=") ? try parseTestList(allowStarred: true) : nil), start)
        }
        if case .symbol(let symbol) = current.kind, symbol.count >= 2, symbol.last == "=",
           !["==", "!=", "<=", ">="].contains(symbol) {
            advance()
            try checkTarget(first)
            return PyStmt(.augmented(target: first, op: String(symbol.dropLast()), value: try parseTestList(allowStarred: true)), start)
        }
        var targets: [PyExpr] = []
        var value = first
        while accept("=") {
            try checkTarget(value)
            targets.append(value)
            value = try parseTestList(allowStarred: true)
        }
        if targets.isEmpty { return PyStmt(.expression(value), start) }
        return PyStmt(.assign(targets: targets, value: value), start)
    }

    private func checkTarget(_ target: PyExpr) throws(ModelError) {
        switch target.kind {
        case .name, .attribute, .index: return
        case .tuple(let items), .list(let items):
            for item in items { try checkTarget(item) }
        case .starred(let inner): try checkTarget(inner)
        default:
            throw ModelError("cannot assign to this expression", at: target.span,
                             hint: "the left of '=' must be a name, an attribute, an item or a tuple of them")
        }
    }

    private mutating func dottedName() throws(ModelError) -> [String] {
        var path = [try expectName("a module name").0]
        while accept(".") { path.append(try expectName("a module name").0) }
        return path
    }

    // MARK: - Expressions

    /// A target of `for` or `del`: names, attributes, items, and tuples of them.
    private mutating func parseTarget() throws(ModelError) -> PyExpr {
        if current.isSymbol("*") {
            let start = current.span
            advance()
            return PyExpr(.starred(try parseTarget()), start)
        }
        let target = try parseOr(allowIn: false)
        try checkTarget(target)
        return target
    }

    private mutating func parseTargetList() throws(ModelError) -> PyExpr {
        let start = current.span
        let first = try parseTarget()
        guard current.isSymbol(",") else { return first }
        var items = [first]
        while accept(",") {
            if current.isName("in") || current.isSymbol("=") { break }
            items.append(try parseTarget())
        }
        return PyExpr(.tuple(items), start.through(items.last!.span))
    }

    /// `a, b, *c`: a tuple when there is a comma, else the one expression.
    mutating func parseTestList(allowStarred: Bool = true) throws(ModelError) -> PyExpr {
        let start = current.span
        let first = try parseStarredOrTest(allowStarred)
        guard current.isSymbol(",") else { return first }
        var items = [first]
        while accept(",") {
            if isEndOfList { break }
            items.append(try parseStarredOrTest(allowStarred))
        }
        return PyExpr(.tuple(items), start.through(items.last!.span))
    }

    private var isEndOfList: Bool {
        switch current.kind {
        case .newline, .end: return true
        case .symbol(let s): return [")", "]", "}", "=", ":"].contains(s) || (s.count >= 2 && s.last == "=" && s != "==")
        default: return false
        }
    }

    private mutating func parseStarredOrTest(_ allowStarred: Bool) throws(ModelError) -> PyExpr {
        if allowStarred && current.isSymbol("*") {
            let start = current.span
            advance()
            let inner = try parseOr(allowIn: true)
            return PyExpr(.starred(inner), start.through(inner.span))
        }
        return try parseNamedTest()
    }

    private mutating func parseNamedTest() throws(ModelError) -> PyExpr {
        let value = try parseTest()
        if current.isSymbol(":=") {
            throw ModelError("the walrus operator ':=' is not read here", at: current.span,
                             hint: "assign the value on a line of its own")
        }
        return value
    }

    mutating func parseTest() throws(ModelError) -> PyExpr {
        let start = current.span
        if current.isName("lambda") {
            advance()
            try enter(start)
            defer { leave() }
            let parameters = try parseParameters(closing: ":")
            _ = try expect(":")
            let body = try parseTest()
            return PyExpr(.lambda(parameters, body), start.through(body.span))
        }
        let value = try parseOr(allowIn: true)
        if current.isName("if") {
            advance()
            let condition = try parseOr(allowIn: true)
            guard accept(name: "else") else { throw unexpected("'else' in the conditional expression") }
            try enter(start)
            defer { leave() }
            let otherwise = try parseTest()
            return PyExpr(.conditional(condition: condition, then: value, otherwise: otherwise), start.through(otherwise.span))
        }
        return value
    }

    private mutating func parseOr(allowIn: Bool) throws(ModelError) -> PyExpr {
        let first = try parseAnd(allowIn: allowIn)
        guard current.isName("or") else { return first }
        var items = [first]
        while accept(name: "or") { items.append(try parseAnd(allowIn: allowIn)) }
        return PyExpr(.or(items), first.span.through(items.last!.span))
    }

    private mutating func parseAnd(allowIn: Bool) throws(ModelError) -> PyExpr {
        let first = try parseNot(allowIn: allowIn)
        guard current.isName("and") else { return first }
        var items = [first]
        while accept(name: "and") { items.append(try parseNot(allowIn: allowIn)) }
        return PyExpr(.and(items), first.span.through(items.last!.span))
    }

    private mutating func parseNot(allowIn: Bool) throws(ModelError) -> PyExpr {
        if current.isName("not") {
            let start = current.span
            advance()
            try enter(start)
            defer { leave() }
            let inner = try parseNot(allowIn: allowIn)
            return PyExpr(.unary("not", inner), start.through(inner.span))
        }
        return try parseComparison(allowIn: allowIn)
    }

    private mutating func parseComparison(allowIn: Bool) throws(ModelError) -> PyExpr {
        let first = try parseBinary(level: 0)
        var rest: [(String, PyExpr)] = []
        while true {
            var op: String?
            if case .symbol(let s) = current.kind, ["<", ">", "==", "!=", "<=", ">="].contains(s) {
                op = s
                advance()
            } else if allowIn && current.isName("in") {
                op = "in"
                advance()
            } else if current.isName("not") && peek(1).isName("in") {
                op = "not in"
                advance()
                advance()
            } else if current.isName("is") {
                advance()
                op = accept(name: "not") ? "is not" : "is"
            }
            guard let op else { break }
            rest.append((op, try parseBinary(level: 0)))
        }
        if rest.isEmpty { return first }
        return PyExpr(.compare(first, rest), first.span.through(rest.last!.1.span))
    }

    private static let binaryLevels: [[String]] = [["|"], ["^"], ["&"], ["<<", ">>"], ["+", "-"], ["*", "/", "//", "%", "@"]]

    private mutating func parseBinary(level: Int) throws(ModelError) -> PyExpr {
        guard level < Self.binaryLevels.count else { return try parseUnary() }
        var left = try parseBinary(level: level + 1)
        var count = 0
        while case .symbol(let s) = current.kind, Self.binaryLevels[level].contains(s) {
            advance()
            count += 1
            if count + depth > Self.maximumDepth {
                throw ModelError("this expression nests more than \(Self.maximumDepth) levels deep (operators in a row count as levels)",
                                 at: current.span, hint: "split it into named steps")
            }
            let right = try parseBinary(level: level + 1)
            left = PyExpr(.binary(s, left, right), left.span.through(right.span))
        }
        return left
    }

    private mutating func parseUnary() throws(ModelError) -> PyExpr {
        if case .symbol(let s) = current.kind, s == "-" || s == "+" || s == "~" {
            let start = current.span
            advance()
            try enter(start)
            defer { leave() }
            let inner = try parseUnary()
            return PyExpr(.unary(s, inner), start.through(inner.span))
        }
        return try parsePower()
    }

    private mutating func parsePower() throws(ModelError) -> PyExpr {
        if current.isName("await") { advance() }
        let base = try parsePostfix()
        if accept("**") {
            try enter(base.span)
            defer { leave() }
            let exponent = try parseUnary()
            return PyExpr(.binary("**", base, exponent), base.span.through(exponent.span))
        }
        return base
    }

    private mutating func parsePostfix() throws(ModelError) -> PyExpr {
        var value = try parseAtom()
        var count = 0
        while true {
            count += 1
            if count > Self.maximumDepth {
                throw ModelError("this expression chains more than \(Self.maximumDepth) calls, items or attributes",
                                 at: value.span, hint: "split it into named steps")
            }
            if current.isSymbol("(") {
                advance()
                let arguments = try parseArguments()
                let close = try expect(")", "')' to close the call")
                value = PyExpr(.call(value, arguments), value.span.through(close))
            } else if current.isSymbol("[") {
                advance()
                let index = try parseSubscript()
                let close = try expect("]", "']' to close the subscript")
                value = PyExpr(.index(value, index), value.span.through(close))
            } else if current.isSymbol(".") {
                advance()
                let (name, span) = try expectName("an attribute name after '.'")
                value = PyExpr(.attribute(value, name), value.span.through(span))
            } else {
                return value
            }
        }
    }

    private mutating func parseSubscript() throws(ModelError) -> PyExpr {
        let start = current.span
        var items: [PyExpr] = []
        repeat {
            if current.isSymbol("]") { break }
            items.append(try parseSliceItem())
        } while accept(",")
        guard !items.isEmpty else { throw unexpected("an index") }
        return items.count == 1 ? items[0] : PyExpr(.tuple(items), start.through(items.last!.span))
    }

    private mutating func parseSliceItem() throws(ModelError) -> PyExpr {
        let start = current.span
        var lower: PyExpr?
        if !current.isSymbol(":") {
            lower = try parseStarredOrTest(true)
            if !current.isSymbol(":") { return lower! }
        }
        _ = try expect(":")
        let stopsHere = current.isSymbol("]") || current.isSymbol(",") || current.isSymbol(":")
        let upper = stopsHere ? nil : try parseTest()
        var step: PyExpr?
        if accept(":"), !(current.isSymbol("]") || current.isSymbol(",")) { step = try parseTest() }
        return PyExpr(.slice(lower, upper, step), start)
    }

    private mutating func parseArguments() throws(ModelError) -> [PyArgument] {
        var arguments: [PyArgument] = []
        while !current.isSymbol(")") {
            let start = current.span
            if accept("**") {
                let value = try parseTest()
                arguments.append(PyArgument(kind: .unpackedKeywords, value: value, span: start.through(value.span)))
            } else if accept("*") {
                let value = try parseTest()
                arguments.append(PyArgument(kind: .unpacked, value: value, span: start.through(value.span)))
            } else if case .name(let name) = current.kind, peek(1).isSymbol("=") {
                advance()
                advance()
                let value = try parseTest()
                arguments.append(PyArgument(kind: .keyword(name), value: value, span: start.through(value.span)))
            } else {
                var value = try parseNamedTest()
                if current.isName("for") {
                    value = try parseComprehension(.generator, element: value, value: nil, start: start)
                }
                arguments.append(PyArgument(kind: .positional, value: value, span: value.span))
            }
            if !accept(",") { break }
        }
        return arguments
    }

    private mutating func parseComprehension(_ kind: PyExpr.ComprehensionKind, element: PyExpr, value: PyExpr?,
                                             start: SourceSpan) throws(ModelError) -> PyExpr {
        var clauses: [ComprehensionClause] = []
        while accept(name: "for") {
            let target = try parseTargetList()
            guard accept(name: "in") else { throw unexpected("'in'") }
            let iterable = try parseOr(allowIn: true)
            var conditions: [PyExpr] = []
            while accept(name: "if") { conditions.append(try parseOr(allowIn: true)) }
            clauses.append(ComprehensionClause(target: target, iterable: iterable, conditions: conditions))
        }
        return PyExpr(.comprehension(kind, element: element, value: value, clauses: clauses), start)
    }

    private mutating func parseAtom() throws(ModelError) -> PyExpr {
        let token = current
        let start = token.span
        switch token.kind {
        case .integer(let value): advance(); return PyExpr(.integer(value), start)
        case .float(let value): advance(); return PyExpr(.float(value), start)
        case .string:
            var text = ""
            var parts: [PyExpr.FormattedPart] = []
            var anyFormatted = false
            var end = start
            while case .string(let piece, let formatted) = current.kind {
                end = current.span
                if formatted {
                    anyFormatted = true
                    parts += try Self.formattedParts(piece, at: current.span)
                } else {
                    parts.append(.text(piece))
                }
                text += piece
                advance()
            }
            let span = start.line == end.line ? start.through(end) : start
            return PyExpr(anyFormatted ? .formatted(parts) : .string(text), span)
        case .name(let name):
            switch name {
            case "True": advance(); return PyExpr(.bool(true), start)
            case "False": advance(); return PyExpr(.bool(false), start)
            case "None": advance(); return PyExpr(.none, start)
            case "if", "else", "elif", "for", "while", "def", "class", "return", "import", "from", "in", "is",
                 "and", "or", "not", "pass", "break", "continue", "raise", "try", "except", "finally", "with",
                 "yield", "del", "global", "nonlocal", "assert", "lambda":
                if name == "yield" {
                    throw ModelError("generators ('yield') are not read here", at: start,
                                     hint: "build the list the generator makes and return it")
                }
                throw unexpected("an expression")
            default: advance(); return PyExpr(.name(name), start)
            }
        case .symbol("..."): advance(); return PyExpr(.ellipsis, start)
        case .symbol("("):
            advance()
            try enter(start)
            defer { leave() }
            if current.isSymbol(")") {
                let close = current.span
                advance()
                return PyExpr(.tuple([]), start.through(close))
            }
            let first = try parseStarredOrTest(true)
            if current.isName("for") {
                let result = try parseComprehension(.generator, element: first, value: nil, start: start)
                _ = try expect(")", "')'")
                return result
            }
            if !current.isSymbol(",") {
                _ = try expect(")", "')' to close the bracket")
                return first
            }
            var items = [first]
            while accept(",") {
                if current.isSymbol(")") { break }
                items.append(try parseStarredOrTest(true))
            }
            let close = try expect(")", "')' to close the tuple")
            return PyExpr(.tuple(items), start.through(close))
        case .symbol("["):
            advance()
            try enter(start)
            defer { leave() }
            var items: [PyExpr] = []
            while !current.isSymbol("]") {
                let item = try parseStarredOrTest(true)
                if items.isEmpty && current.isName("for") {
                    let result = try parseComprehension(.list, element: item, value: nil, start: start)
                    _ = try expect("]", "']'")
                    return result
                }
                items.append(item)
                if !accept(",") { break }
            }
            let close = try expect("]", "']' to close the list")
            return PyExpr(.list(items), start.through(close))
        case .symbol("{"):
            advance()
            try enter(start)
            defer { leave() }
            var entries: [(PyExpr?, PyExpr)] = []
            var elements: [PyExpr] = []
            while !current.isSymbol("}") {
                if accept("**") {
                    entries.append((nil, try parseOr(allowIn: true)))
                } else {
                    let key = try parseStarredOrTest(true)
                    if accept(":") {
                        let value = try parseTest()
                        if entries.isEmpty && current.isName("for") {
                            let result = try parseComprehension(.dict, element: key, value: value, start: start)
                            _ = try expect("}", "'}'")
                            return result
                        }
                        entries.append((key, value))
                    } else {
                        if elements.isEmpty && current.isName("for") {
                            let result = try parseComprehension(.set, element: key, value: nil, start: start)
                            _ = try expect("}", "'}'")
                            return result
                        }
                        elements.append(key)
                    }
                }
                if !accept(",") { break }
            }
            let close = try expect("}", "'}' to close the braces")
            if !elements.isEmpty && !entries.isEmpty {
                throw ModelError("this mixes a set and a dict", at: start)
            }
            return PyExpr(elements.isEmpty ? .dict(entries) : .set(elements), start.through(close))
        default:
            throw unexpected("an expression")
        }
    }

    /// Splits an f-string into text and `{expression:format}` fields.
    private static func formattedParts(_ text: String, at span: SourceSpan) throws(ModelError) -> [PyExpr.FormattedPart] {
        var parts: [PyExpr.FormattedPart] = []
        var literal = ""
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            let c = characters[index]
            if c == "{" && index + 1 < characters.count && characters[index + 1] == "{" {
                literal.append("{")
                index += 2
                continue
            }
            if c == "}" && index + 1 < characters.count && characters[index + 1] == "}" {
                literal.append("}")
                index += 2
                continue
            }
            if c == "{" {
                var level = 0
                var end = index + 1
                var colon: Int?
                while end < characters.count {
                    let d = characters[end]
                    if "([{".contains(d) { level += 1 }
                    if ")]".contains(d) || (d == "}" && level > 0) { level -= 1 } else if d == "}" { break }
                    if level == 0 && colon == nil && (d == ":" || d == "!") { colon = end }
                    end += 1
                }
                guard end < characters.count else {
                    throw ModelError("this f-string has a '{' that is never closed", at: span)
                }
                var expressionText = String(characters[(index + 1)..<(colon ?? end)])
                // The format keeps a conversion's `!` (`!r:>8`), so that it is told from a format spec.
                let format = colon.map { String(characters[(characters[$0] == "!" ? $0 : $0 + 1)..<end]) } ?? ""
                // `{x=}` prints the expression's text before its value.
                let written = expressionText.trimmingWhitespace()
                if written.hasSuffix("="), let before = written.dropLast().last, !"=!<>".contains(before) {
                    literal += expressionText
                    expressionText = String(written.dropLast())
                }
                if !literal.isEmpty { parts.append(.text(literal)); literal = "" }
                switch parseExpression(expressionText.trimmingWhitespace().replacing("=", with: "", maxReplacements: 0)) {
                case .success(let expression):
                    parts.append(.field(PyExpr(expression.kind, span), format: format))
                case .failure:
                    throw ModelError("this f-string's field '{\(expressionText.excerpt)}' is not an expression the reader can read",
                                     at: span)
                }
                index = end + 1
                continue
            }
            literal.append(c)
            index += 1
        }
        if !literal.isEmpty { parts.append(.text(literal)) }
        return parts
    }
}
