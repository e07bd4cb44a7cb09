/// A non-negative whole number of any size, enough to print exact products such as weight counts.
struct DecimalNatural: Sendable, Equatable, CustomStringConvertible {
    private static let base = 10_000
    /// Base-10 000 digits, least significant first.
    private var limbs: [Int]

    init(_ value: Int) {
        var value = max(0, value)
        var limbs: [Int] = []
        repeat {
            limbs.append(value % Self.base)
            value /= Self.base
        } while value > 0
        self.limbs = limbs
    }

    private init(limbs: [Int]) {
        var limbs = limbs
        while limbs.count > 1, limbs.last == 0 {
            limbs.removeLast()
        }
        self.limbs = limbs.isEmpty ? [0] : limbs
    }

    static func * (lhs: DecimalNatural, rhs: DecimalNatural) -> DecimalNatural {
        var result = Array(repeating: 0, count: lhs.limbs.count + rhs.limbs.count + 1)
        for (i, a) in lhs.limbs.enumerated() {
            var carry = 0
            for (j, b) in rhs.limbs.enumerated() {
                let sum = result[i + j] + a * b + carry
                result[i + j] = sum % base
                carry = sum / base
            }
            var k = i + rhs.limbs.count
            while carry > 0 {
                let sum = result[k] + carry
                result[k] = sum % base
                carry = sum / base
                k += 1
            }
        }
        return DecimalNatural(limbs: result)
    }

    static func + (lhs: DecimalNatural, rhs: DecimalNatural) -> DecimalNatural {
        var result: [Int] = []
        var carry = 0
        for index in 0..<max(lhs.limbs.count, rhs.limbs.count) {
            let sum = (index < lhs.limbs.count ? lhs.limbs[index] : 0)
                + (index < rhs.limbs.count ? rhs.limbs[index] : 0) + carry
            result.append(sum % base)
            carry = sum / base
        }
        if carry > 0 {
            result.append(carry)
        }
        return DecimalNatural(limbs: result)
    }

    static func product(_ factors: [Int]) -> DecimalNatural {
        factors.reduce(DecimalNatural(1)) { $0 * DecimalNatural($1) }
    }

    var description: String {
        guard let most = limbs.last else { return "0" }
        var text = String(most)
        for limb in limbs.dropLast().reversed() {
            let digits = String(limb)
            text += String(repeating: "0", count: 4 - digits.count) + digits
        }
        return text
    }

    /// The digits in groups of three, as every count is written: `1,728`.
    var grouped: String {
        let digits = Array(description)
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return text
    }
}
