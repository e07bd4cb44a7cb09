/// A typed answer as the learner wrote it: numbers and the arithmetic between them, so that a
/// diagnosis can look at the working and not only at the value.
public indirect enum AnswerExpression: Sendable, Equatable {
    case number(Int)
    /// Terms, each added (true) or subtracted (false).
    case sum([(term: AnswerExpression, adds: Bool)])
    case product([AnswerExpression])
    case quotient(AnswerExpression, AnswerExpression)
    case negated(AnswerExpression)
    case parenthesized(AnswerExpression)

    public static func == (lhs: AnswerExpression, rhs: AnswerExpression) -> Bool {
        lhs.text == rhs.text
    }

    /// The terms of the top-level sum, parentheses around the whole taken away.
    public var terms: [(term: AnswerExpression, adds: Bool)] {
        switch self {
        case .sum(let terms): return terms
        case .parenthesized(let inner): return inner.terms
        default: return [(self, true)]
        }
    }

    /// The value, or nil when it overflows or a division is not whole.
    public var value: Int? {
        switch self {
        case .number(let value): return value
        case .sum(let terms):
            var total = 0
            for part in terms {
                guard let value = part.term.value else { return nil }
                let (result, overflow) = part.adds ? total.addingReportingOverflow(value) : total.subtractingReportingOverflow(value)
                if overflow { return nil }
                total = result
            }
            return total
        case .product(let factors):
            var total = 1
            for factor in factors {
                guard let value = factor.value else { return nil }
                let (result, overflow) = total.multipliedReportingOverflow(by: value)
                if overflow { return nil }
                total = result
            }
            return total
        case .quotient(let a, let b):
            guard let a = a.value, let b = b.value, b != 0, !(a == Int.min && b == -1), a % b == 0 else { return nil }
            return a / b
        case .negated(let inner):
            guard let value = inner.value, value != Int.min else { return nil }
            return -value
        case .parenthesized(let inner): return inner.value
        }
    }

    /// True for a bare number, which has no working to look at.
    public var isNumber: Bool {
        switch self {
        case .number: return true
        case .parenthesized(let inner): return inner.isNumber
        default: return false
        }
    }

    /// The expression written as the tutor writes formulas: `8·(3·3·4) + 4`.
    public var text: String {
        switch self {
        case .number(let value): return NumberFormat.grouped(value)
        case .sum(let terms):
            return terms.enumerated().map { index, part in
                index == 0 ? (part.adds ? "" : "−") + part.term.text : (part.adds ? " + " : " − ") + part.term.text
            }.joined()
        case .product(let factors): return factors.map(\.text).joined(separator: "·")
        case .quotient(let a, let b): return a.text + "/" + b.text
        case .negated(let inner): return "−" + inner.text
        case .parenthesized(let inner): return "(" + inner.text + ")"
        }
    }
}
