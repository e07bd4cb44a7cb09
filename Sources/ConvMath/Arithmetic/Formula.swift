/// An arithmetic expression that shows how a count is obtained, e.g. `10*(3*3*3)+10`.
public indirect enum Formula: Sendable, Equatable {
    case number(Int)
    case product([Formula])
    case sum([Formula])
    case group(Formula)

    /// Which multiplication sign to print.
    public enum Style: Sendable {
        /// `10*(3*3*3)+10`: what a person can paste back into Python or the tutor.
        case ascii
        /// `10·(3·3·3)+10`: for tables and prose.
        case pretty
    }

    public func rendered(_ style: Style = .ascii) -> String {
        switch self {
        case .number(let value):
            return String(value)
        case .product(let factors):
            return factors.map { $0.rendered(style) }.joined(separator: style == .ascii ? "*" : "·")
        case .sum(let terms):
            return terms.map { $0.rendered(style) }.joined(separator: "+")
        case .group(let inner):
            return "(" + inner.rendered(style) + ")"
        }
    }

    /// The exact value, or an overflow error.
    public func value() throws(ArithmeticOverflow) -> Int {
        switch self {
        case .number(let value):
            return value
        case .product(let factors):
            var result = 1
            for factor in factors { result = try Exact.multiply(result, try factor.value()) }
            return result
        case .sum(let terms):
            var result = 0
            for term in terms { result = try Exact.add(result, try term.value()) }
            return result
        case .group(let inner):
            return try inner.value()
        }
    }

    /// A product of plain numbers.
    public static func times(_ values: [Int]) -> Formula {
        values.count == 1 ? .number(values[0]) : .product(values.map(Formula.number))
    }

    /// A product of plain numbers in parentheses, unless it is a single number.
    public static func grouped(_ values: [Int]) -> Formula {
        values.count == 1 ? .number(values[0]) : .group(times(values))
    }

    public static let zero = Formula.number(0)
}
