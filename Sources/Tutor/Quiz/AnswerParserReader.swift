/// Evaluates tokens by precedence: parentheses, then unary signs, then × and /, then + and −.
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

    mutating func read() throws(AnswerError) -> Int {
        let value = try sum(depth: 0)
        if let token = current {
            if token.kind == .close { throw AnswerError.unbalancedParentheses(offset: token.offset) }
            throw AnswerError.missingOperator(offset: token.offset)
        }
        return value
    }

    private mutating func sum(depth: Int) throws(AnswerError) -> Int {
        var value = try product(depth: depth)
        while let token = current, token.kind == .plus || token.kind == .minus {
            position += 1
            let right = try product(depth: depth)
            let (result, overflow) = token.kind == .plus
                ? value.addingReportingOverflow(right) : value.subtractingReportingOverflow(right)
            guard !overflow else { throw AnswerError.overflow }
            value = result
        }
        return value
    }

    private mutating func product(depth: Int) throws(AnswerError) -> Int {
        var value = try signed(depth: depth)
        while let token = current, token.kind == .times || token.kind == .divide {
            position += 1
            let right = try signed(depth: depth)
            if token.kind == .times {
                let (result, overflow) = value.multipliedReportingOverflow(by: right)
                guard !overflow else { throw AnswerError.overflow }
                value = result
            } else {
                guard right != 0 else { throw AnswerError.divisionByZero }
                let (remainder, _) = value.remainderReportingOverflow(dividingBy: right)
                guard remainder == 0 else { throw AnswerError.inexactDivision(dividend: value, divisor: right) }
                let (result, overflow) = value.dividedReportingOverflow(by: right)
                guard !overflow else { throw AnswerError.overflow }
                value = result
            }
        }
        return value
    }

    private mutating func signed(depth: Int) throws(AnswerError) -> Int {
        var negative = false
        while let token = current, token.kind == .minus || token.kind == .plus {
            if token.kind == .minus { negative.toggle() }
            position += 1
        }
        let value = try primary(depth: depth)
        guard negative else { return value }
        let (result, overflow) = 0.subtractingReportingOverflow(value)
        guard !overflow else { throw AnswerError.overflow }
        return result
    }

    private mutating func primary(depth: Int) throws(AnswerError) -> Int {
        guard let token = current else { throw AnswerError.missingOperand(offset: end) }
        switch token.kind {
        case .number(let value):
            position += 1
            return value
        case .open:
            guard depth < AnswerParser.maximumNesting else { throw AnswerError.tooDeep(offset: token.offset) }
            position += 1
            let value = try sum(depth: depth + 1)
            guard let close = current, close.kind == .close else {
                if let next = current { throw AnswerError.missingOperator(offset: next.offset) }
                throw AnswerError.unbalancedParentheses(offset: token.offset)
            }
            position += 1
            return value
        case .close where depth == 0:
            throw AnswerError.unbalancedParentheses(offset: token.offset)
        default:
            throw AnswerError.missingOperand(offset: token.offset)
        }
    }
}
