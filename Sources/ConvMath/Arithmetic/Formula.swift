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
        var text = ""
        append(to: &text, style)
        return text
    }

    // Appends in place rather than joining arrays of strings: `summary` renders a formula per layer,
    // and the generic `joined` costs a start-up its first lookups.
    private func append(to text: inout String, _ style: Style) {
        switch self {
        case .number(let value):
            text += String(value)
        case .product(let parts), .sum(let parts):
            let separator: String
            if case .sum = self { separator = "+" } else { separator = style == .ascii ? "*" : "·" }
            for (index, part) in parts.enumerated() {
                if index > 0 { text += separator }
                part.append(to: &text, style)
            }
        case .group(let inner):
            text += "("
            inner.append(to: &text, style)
            text += ")"
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
