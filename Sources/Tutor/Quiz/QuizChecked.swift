/// An integer computed with overflow checks: once a step overflows the value is gone, so a wrong
/// count that does not fit in 64 bits is dropped instead of trapping.
struct Checked: Equatable, ExpressibleByIntegerLiteral {
    var value: Int?

    init(_ value: Int?) {
        self.value = value
    }

    init(integerLiteral value: Int) {
        self.value = value
    }

    static func + (lhs: Checked, rhs: Checked) -> Checked {
        guard let a = lhs.value, let b = rhs.value else { return Checked(nil) }
        let (sum, overflow) = a.addingReportingOverflow(b)
        return Checked(overflow ? nil : sum)
    }

    static func - (lhs: Checked, rhs: Checked) -> Checked {
        guard let a = lhs.value, let b = rhs.value else { return Checked(nil) }
        let (difference, overflow) = a.subtractingReportingOverflow(b)
        return Checked(overflow ? nil : difference)
    }

    static func * (lhs: Checked, rhs: Checked) -> Checked {
        guard let a = lhs.value, let b = rhs.value else { return Checked(nil) }
        let (product, overflow) = a.multipliedReportingOverflow(by: b)
        return Checked(overflow ? nil : product)
    }

    /// The product of a list, such as the cells of a kernel.
    static func product(_ values: [Int]) -> Checked {
        values.reduce(Checked(1)) { $0 * Checked($1) }
    }
}
