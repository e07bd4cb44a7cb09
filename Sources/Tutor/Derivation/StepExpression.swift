/// The arithmetic of one derivation step as a tree: it prints the rule in symbols (`M·(K·K·D)`), the
/// same rule with the question's numbers (`10·(3·3·3)`), and computes the result from the very same
/// tree, so what a step shows and what it concludes can never disagree.
public indirect enum StepExpression: Sendable, Equatable {
    /// A number, with the symbol the rule calls it by (`M`, `K`), if any.
    case value(Int, symbol: String?)
    case sum([StepExpression])
    /// The first term minus the others.
    case difference([StepExpression])
    case product([StepExpression])
    /// a/b where b divides a, as the engine has checked (`D/g`).
    case quotient(StepExpression, StepExpression)
    /// ⌊a/b⌋.
    case floorQuotient(StepExpression, StepExpression)
    /// ⌈a/b⌉.
    case ceilQuotient(StepExpression, StepExpression)
    /// max(a, b).
    case maximum(StepExpression, StepExpression)
    /// A part shown in parentheses.
    case group(StepExpression)
    /// √a, where a is a perfect square, as the engine has checked.
    case squareRoot(StepExpression)

    /// A number that the rule names with a symbol.
    public static func named(_ symbol: String, _ value: Int) -> StepExpression {
        .value(value, symbol: symbol)
    }

    /// A plain number, the same in symbols and in numbers.
    public static func number(_ value: Int) -> StepExpression {
        .value(value, symbol: nil)
    }

    /// A product that is a single factor when there is only one.
    public static func times(_ factors: [StepExpression]) -> StepExpression {
        factors.count == 1 ? factors[0] : .product(factors)
    }

    /// A sum that is a single term when there is only one.
    public static func plus(_ terms: [StepExpression]) -> StepExpression {
        terms.count == 1 ? terms[0] : .sum(terms)
    }

    /// The value, or nil when it does not fit in 64 bits or divides by zero.
    public var result: Int? {
        switch self {
        case .value(let value, _): return value
        case .sum(let terms):
            return terms.reduce(Optional(0)) { total, term in
                guard let total, let value = term.result else { return nil }
                let (sum, overflow) = total.addingReportingOverflow(value)
                return overflow ? nil : sum
            }
        case .difference(let terms):
            guard let first = terms.first?.result else { return nil }
            return terms.dropFirst().reduce(Optional(first)) { total, term in
                guard let total, let value = term.result else { return nil }
                let (difference, overflow) = total.subtractingReportingOverflow(value)
                return overflow ? nil : difference
            }
        case .product(let factors):
            return factors.reduce(Optional(1)) { total, factor in
                guard let total, let value = factor.result else { return nil }
                let (product, overflow) = total.multipliedReportingOverflow(by: value)
                return overflow ? nil : product
            }
        case .quotient(let a, let b):
            guard let a = a.result, let b = b.result, b != 0, !(a == Int.min && b == -1), a % b == 0 else { return nil }
            return a / b
        case .floorQuotient(let a, let b):
            guard let a = a.result, let b = b.result, b != 0, !(a == Int.min && b == -1) else { return nil }
            let quotient = a / b
            return (a % b != 0 && (a < 0) != (b < 0)) ? quotient - 1 : quotient
        case .ceilQuotient(let a, let b):
            guard let a = a.result, let b = b.result, b != 0, !(a == Int.min && b == -1) else { return nil }
            let quotient = a / b
            return (a % b != 0 && (a < 0) == (b < 0)) ? quotient + 1 : quotient
        case .maximum(let a, let b):
            guard let a = a.result, let b = b.result else { return nil }
            return max(a, b)
        case .group(let inner): return inner.result
        case .squareRoot(let inner):
            guard let value = inner.result, let root = Self.exactSquareRoot(value) else { return nil }
            return root
        }
    }

    /// This expression when it gives `value`, else `value` as a bare number: the working a step shows,
    /// which is only the rule's own once a mistake has not changed its result.
    func shown(as value: Int) -> StepExpression {
        result == value ? self : .number(value)
    }

    /// The whole number whose square is `value`, or nil when there is none.
    static func exactSquareRoot(_ value: Int) -> Int? {
        guard let root = floorSquareRoot(value) else { return nil }
        return root * root == value ? root : nil
    }

    /// The largest whole number whose square is at most `value` (nil below zero), found in whole
    /// numbers so that no square is ever computed past 64 bits.
    static func floorSquareRoot(_ value: Int) -> Int? {
        guard value >= 0 else { return nil }
        var low = 0, high = min(value, 3_037_000_499)
        while low < high {
            let middle = low + (high - low + 1) / 2
            if middle * middle <= value { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The rule in symbols: `M·(K·K·D)`; numbers without a symbol stay numbers.
    public var symbols: String { rendered(symbolic: true) }

    /// The rule with the numbers put in: `10·(3·3·3)`, grouped as people read counts.
    public var numbers: String { rendered(symbolic: false) }

    private func rendered(symbolic: Bool) -> String {
        switch self {
        case .value(let value, let symbol):
            if symbolic, let symbol { return symbol }
            return NumberFormat.grouped(value)
        case .sum(let terms): return terms.map { $0.rendered(symbolic: symbolic) }.joined(separator: " + ")
        case .difference(let terms): return terms.map { $0.rendered(symbolic: symbolic) }.joined(separator: " − ")
        case .product(let factors): return factors.map { $0.rendered(symbolic: symbolic) }.joined(separator: "·")
        case .quotient(let a, let b):
            return "\(a.operand(symbolic: symbolic))/\(b.operand(symbolic: symbolic))"
        case .floorQuotient(let a, let b):
            return "⌊\(a.operand(symbolic: symbolic))/\(b.operand(symbolic: symbolic))⌋"
        case .ceilQuotient(let a, let b):
            return "⌈\(a.operand(symbolic: symbolic))/\(b.operand(symbolic: symbolic))⌉"
        case .maximum(let a, let b):
            return "max(\(a.rendered(symbolic: symbolic)), \(b.rendered(symbolic: symbolic)))"
        case .group(let inner): return "(" + inner.rendered(symbolic: symbolic) + ")"
        case .squareRoot(let inner):
            if case .group = inner { return "√" + inner.rendered(symbolic: symbolic) }
            return "√(" + inner.rendered(symbolic: symbolic) + ")"
        }
    }

    /// An operand of a quotient, in parentheses unless it is one number or already grouped.
    private func operand(symbolic: Bool) -> String {
        switch self {
        case .value, .group, .floorQuotient, .ceilQuotient, .maximum, .squareRoot: return rendered(symbolic: symbolic)
        default: return "(" + rendered(symbolic: symbolic) + ")"
        }
    }

    /// True when the tree is one number, so that its symbols and numbers say the same thing twice.
    public var isSingleValue: Bool {
        switch self {
        case .value: return true
        case .group(let inner): return inner.isSingleValue
        default: return false
        }
    }
}
