/// Evaluates tokens by precedence: parentheses, then unary signs, then × and /, then + and −, and
/// keeps the arithmetic as it was written.
struct AnswerReader {
    var tokens: [AnswerToken]
    /// The offset just past the text, for errors at the end.
    var end: Int
    private var position = 0

    init(tokens: [AnswerToken], end: Int) {
        self.tokens = tokens
        self.end = end
    }

    private var current: AnswerToken? { position < tokens.count ? tokens[position] : nil }

    mutating func read() throws(AnswerError) -> (value: Int, expression: AnswerExpression) {
        let value = try sum(depth: 0)
        if let token = current {
            if token.kind == .close { throw AnswerError.unbalancedParentheses(offset: token.offset) }
            throw AnswerError.missingOperator(offset: token.offset)
        }
        return value
    }

    private typealias Read = (value: Int, expression: AnswerExpression)

    private mutating func sum(depth: Int) throws(AnswerError) -> Read {
        let first = try product(depth: depth)
        var value = first.value
        var terms: [(term: AnswerExpression, adds: Bool)] = [(first.expression, true)]
        while let token = current, token.kind == .plus || token.kind == .minus {
            position += 1
            let right = try product(depth: depth)
            let (result, overflow) = token.kind == .plus
                ? value.addingReportingOverflow(right.value) : value.subtractingReportingOverflow(right.value)
            guard !overflow else { throw AnswerError.overflow }
            value = result
            terms.append((right.expression, token.kind == .plus))
        }
        return (value, terms.count == 1 ? first.expression : .sum(terms))
    }

    private mutating func product(depth: Int) throws(AnswerError) -> Read {
        let first = try signed(depth: depth)
        var value = first.value
        var expression = first.expression
        var factors: [AnswerExpression] = [first.expression]
        while let token = current, token.kind == .times || token.kind == .divide {
            position += 1
            let read = try signed(depth: depth)
            let right = read.value
            if token.kind == .times {
                let (result, overflow) = value.multipliedReportingOverflow(by: right)
                guard !overflow else { throw AnswerError.overflow }
                value = result
                factors.append(read.expression)
                expression = .product(factors)
            } else {
                guard right != 0 else { throw AnswerError.divisionByZero }
                let (remainder, _) = value.remainderReportingOverflow(dividingBy: right)
                guard remainder == 0 else { throw AnswerError.inexactDivision(dividend: value, divisor: right) }
                let (result, overflow) = value.dividedReportingOverflow(by: right)
                guard !overflow else { throw AnswerError.overflow }
                value = result
                expression = .quotient(expression, read.expression)
                factors = [expression]
            }
        }
        return (value, expression)
    }

    private mutating func signed(depth: Int) throws(AnswerError) -> Read {
        var negative = false
        while let token = current, token.kind == .minus || token.kind == .plus {
            if token.kind == .minus { negative.toggle() }
            position += 1
        }
        let read = try primary(depth: depth)
        guard negative else { return read }
        let (result, overflow) = 0.subtractingReportingOverflow(read.value)
        guard !overflow else { throw AnswerError.overflow }
        return (result, .negated(read.expression))
    }

    private mutating func primary(depth: Int) throws(AnswerError) -> Read {
        guard let token = current else { throw AnswerError.missingOperand(offset: end) }
        switch token.kind {
        case .number(let value):
            position += 1
            return (value, .number(value))
        case .open:
            guard depth < AnswerParser.maximumNesting else { throw AnswerError.tooDeep(offset: token.offset) }
            position += 1
            let inner = try sum(depth: depth + 1)
            guard let close = current, close.kind == .close else {
                if let next = current { throw AnswerError.missingOperator(offset: next.offset) }
                throw AnswerError.unbalancedParentheses(offset: token.offset)
            }
            position += 1
            return (inner.value, .parenthesized(inner.expression))
        case .close where depth == 0:
            throw AnswerError.unbalancedParentheses(offset: token.offset)
        default:
            throw AnswerError.missingOperand(offset: token.offset)
        }
    }
}
