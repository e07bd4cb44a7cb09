/// Exact integer arithmetic that reports overflow as an error instead of trapping.
public enum Exact {
    public static func add(_ a: Int, _ b: Int) throws(ArithmeticOverflow) -> Int {
        let (value, overflow) = a.addingReportingOverflow(b)
        if overflow { throw ArithmeticOverflow() }
        return value
    }

    public static func subtract(_ a: Int, _ b: Int) throws(ArithmeticOverflow) -> Int {
        let (value, overflow) = a.subtractingReportingOverflow(b)
        if overflow { throw ArithmeticOverflow() }
        return value
    }

    public static func multiply(_ a: Int, _ b: Int) throws(ArithmeticOverflow) -> Int {
        let (value, overflow) = a.multipliedReportingOverflow(by: b)
        if overflow { throw ArithmeticOverflow() }
        return value
    }

    public static func product(_ values: [Int]) throws(ArithmeticOverflow) -> Int {
        var result = 1
        for value in values { result = try multiply(result, value) }
        return result
    }

    public static func sum(_ values: [Int]) throws(ArithmeticOverflow) -> Int {
        var result = 0
        for value in values { result = try add(result, value) }
        return result
    }

    /// Floor division as Python's `//` does it; the divisor must be non-zero.
    public static func floorDivide(_ a: Int, _ b: Int) throws(ArithmeticOverflow) -> Int {
        let (quotient, overflow) = a.dividedReportingOverflow(by: b)
        if overflow { throw ArithmeticOverflow() }
        let remainder = a - quotient * b
        return (remainder != 0 && (remainder < 0) != (b < 0)) ? quotient - 1 : quotient
    }
}

/// A result that does not fit in a signed 64-bit integer.
public struct ArithmeticOverflow: Error, Equatable, Sendable {
    public init() {}
}
