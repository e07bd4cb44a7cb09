/// A recursive-descent parser for the Python expressions that appear in model code.
struct ExpressionParser {
    private let tokens: [Token]
    private(set) var position = 0
    /// How many levels deep the expression being read is: see `Expression.maximumDepth`.
    private var depth = 0

    init(tokens: [Token]) {
        self.tokens = tokens
    }

    var current: Token { tokens[min(position, tokens.count - 1)] }

    func peek(_ offset: Int = 1) -> Token { tokens[min(position + offset, tokens.count - 1)] }

    mutating func advance() {
        if position < tokens.count - 1 { position += 1 }
    }

    mutating func expect(_ symbol: String, closing opener: Token? = nil) throws(ModelError) -> Token {
        guard current.isSymbol(symbol) else {
            if let opener, current.kind == .end || current.kind == .newline {
                throw ModelError("'\(opener.kindSymbol)' is never closed", at: opener.span,
                                 hint: "add the missing '\(symbol)'")
            }
            throw ModelError("expected '\(symbol)' but found \(current.described)", at: current.span)
        }
        let token = current
        advance()
        return token
    }

    /// Goes one level deeper at `token`, refusing to go past `Expression.maximumDepth`.
    private mutating func descend(at token: Token) throws(ModelError) {
        depth += 1
        guard depth <= Expression.maximumDepth else {
            throw ModelError("this expression nests more than \(Expression.maximumDepth) levels deep",
                             at: token.span,
                             hint: "brackets, calls, signs and operators in a row each count as a level; write the value more simply")
        }
    }

    // MARK: - Expressions

    mutating func parseExpression() throws(ModelError) -> Expression {
        if case .identifier("lambda") = current.kind {
            let start = current.span
            var depth = 0
            while current.kind != .end {
                if current.isSymbol("(") || current.isSymbol("[") { depth += 1 }
                if current.isSymbol(")") || current.isSymbol("]") {
                    if depth == 0 { break }
                    depth -= 1
                }
                if current.isSymbol(","), depth == 0 { break }
                advance()
            }
            return Expression(.lambda, span: start)
        }
        return try parseSum()
    }

    private mutating func parseSum() throws(ModelError) -> Expression {
        let outer = depth
        defer { depth = outer }
        var left = try parseProduct()
        while current.isSymbol("+") || current.isSymbol("-") {
            guard case .symbol(let op) = current.kind else { break }
            try descend(at: current)
            advance()
            let right = try parseProduct()
            left = Expression(.binary(op, left, right), span: left.span.through(right.span))
        }
        return left
    }

    private mutating func parseProduct() throws(ModelError) -> Expression {
        let outer = depth
        defer { depth = outer }
        var left = try parseUnary()
        while true {
            if current.isSymbol("**") {
                throw ModelError("'**' (a power) is not supported", at: current.span,
                                 hint: "write the number itself, such as 1000 for 10**3")
            }
            guard current.isSymbol("*") || current.isSymbol("//") || current.isSymbol("/") || current.isSymbol("%") else { break }
            guard case .symbol(let op) = current.kind else { break }
            try descend(at: current)
            advance()
            let right = try parseUnary()
            left = Expression(.binary(op, left, right), span: left.span.through(right.span))
        }
        return left
    }

    private mutating func parseUnary() throws(ModelError) -> Expression {
        if current.isSymbol("-") || current.isSymbol("+") {
            let sign = current
            try descend(at: sign)
            defer { depth -= 1 }
            advance()
            let operand = try parseUnary()
            if sign.isSymbol("+") { return operand }
            return Expression(.negate(operand), span: sign.span.through(operand.span))
        }
        return try parsePostfix()
    }

    private mutating func parsePostfix() throws(ModelError) -> Expression {
        let outer = depth
        defer { depth = outer }
        var expression = try parsePrimary()
        while true {
            if current.isSymbol("(") {
                let opener = current
                try descend(at: opener)
                advance()
                let arguments = try parseArguments(closing: ")", opener: opener)
                let close = try expect(")", closing: opener)
                expression = Expression(.call(callee: expression, arguments: arguments),
                                        span: expression.span.through(close.span))
            } else if current.isSymbol("."), case .identifier(let member) = peek().kind {
                advance()
                let memberSpan = current.span
                advance()
                if case .name(let parts) = expression.kind {
                    expression = Expression(.name(parts + [member]), span: expression.span.through(memberSpan))
                } else {
                    expression = Expression(.name([member]), span: expression.span.through(memberSpan))
                }
            } else {
                return expression
            }
        }
    }

    private mutating func parsePrimary() throws(ModelError) -> Expression {
        let token = current
        switch token.kind {
        case .integer(let value):
            advance()
            return Expression(.integer(value), span: token.span)
        case .float(let value):
            advance()
            return Expression(.float(value), span: token.span)
        case .string(let value):
            advance()
            return Expression(.string(value), span: token.span)
        case .identifier(let name):
            advance()
            switch name {
            case "True": return Expression(.bool(true), span: token.span)
            case "False": return Expression(.bool(false), span: token.span)
            case "None": return Expression(.none, span: token.span)
            default: return Expression(.name([name]), span: token.span)
            }
        case .symbol("("):
            try descend(at: token)
            defer { depth -= 1 }
            advance()
            var elements: [Expression] = []
            var sawComma = false
            while !current.isSymbol(")") {
                if current.kind == .end { break }
                elements.append(try parseExpression())
                if current.isSymbol(",") {
                    sawComma = true
                    advance()
                } else {
                    break
                }
            }
            let close = try expect(")", closing: token)
            if elements.count == 1 && !sawComma {
                var inner = elements[0]
                inner.span = token.span.through(close.span)
                return inner
            }
            return Expression(.tuple(elements), span: token.span.through(close.span))
        case .symbol("["):
            try descend(at: token)
            defer { depth -= 1 }
            advance()
            var elements: [Expression] = []
            while !current.isSymbol("]") {
                if current.kind == .end { break }
                elements.append(try parseExpression())
                if current.isSymbol(",") { advance() } else { break }
            }
            let close = try expect("]", closing: token)
            return Expression(.list(elements), span: token.span.through(close.span))
        case .symbol("{"):
            advance()
            var depth = 1
            while depth > 0 && current.kind != .end {
                if current.isSymbol("{") { depth += 1 }
                if current.isSymbol("}") { depth -= 1 }
                if depth > 0 { advance() }
            }
            let close = try expect("}", closing: token)
            return Expression(.dictionary, span: token.span.through(close.span))
        case .newline, .end:
            throw ModelError("the line ends where a value was expected", at: token.span)
        default:
            throw ModelError("expected a value but found \(token.described)", at: token.span)
        }
    }

    private mutating func parseArguments(closing: String, opener: Token) throws(ModelError) -> [CallArgument] {
        var arguments: [CallArgument] = []
        while !current.isSymbol(closing) {
            if current.kind == .end { break }
            if current.isSymbol("*") || current.isSymbol("**") {
                throw ModelError("unpacked arguments (*args, **kwargs) cannot be counted",
                                 at: current.span, hint: "write the arguments out")
            }
            if case .identifier(let label) = current.kind, peek().isSymbol("=") {
                let labelSpan = current.span
                advance()
                advance()
                let value = try parseExpression()
                arguments.append(CallArgument(label: label, labelSpan: labelSpan, value: value))
            } else {
                arguments.append(CallArgument(value: try parseExpression()))
            }
            if current.isSymbol(",") {
                advance()
            } else if !current.isSymbol(closing) {
                if current.kind == .end { break }
                throw ModelError("expected ',' or '\(closing)' but found \(current.described)", at: current.span)
            }
        }
        return arguments
    }
}

extension Token {
    fileprivate var kindSymbol: String {
        if case .symbol(let symbol) = kind { return symbol }
        return "("
    }
}
