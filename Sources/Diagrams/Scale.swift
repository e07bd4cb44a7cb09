/// Loose, clamped mappings from the numbers of a layer to sizes on screen.
///
/// Only `+ - * /` and conversions to `Int` are used on `Double`: `rounded()`, `squareRoot()` and friends
/// call into libm, which a module without Foundation does not link on Linux.
enum Scale {
    /// Roughly log2(n) for n ≥ 1: exact at powers of two, linear between them, monotone.
    static func log2(_ n: Int) -> Double {
        let value = Double(max(1, n))
        return Double(value.exponent) + (value.significand - 1)
    }

    /// How big `n` looks, from 0 (n = 1) to 1 (n ≥ reference), on an eased log scale (x^1.5) that keeps
    /// small numbers small.
    static func fraction(_ n: Int, reference: Int) -> Double {
        let top = log2(max(2, reference))
        let linear = min(1, log2(n) / top)
        return linear * squareRoot(linear)
    }

    /// `n` mapped into `lower...upper` by `fraction`.
    static func size(_ n: Int, reference: Int, lower: Int, upper: Int) -> Int {
        guard upper > lower else { return lower }
        return lower + round(Double(upper - lower) * fraction(n, reference: reference))
    }

    /// Diagonal steps that draw a depth: 1 for a single channel, 2 for a few, up to `limit` for many.
    static func depthSteps(_ depth: Int, limit: Int = 3) -> Int {
        let steps = 1 + ceiling(log2(depth) / 3)
        return min(max(1, limit), steps)
    }

    /// Widths for several numbers drawn on one common scale: each at least `minimum`, the largest near `cap`,
    /// and all of them together within `budget` when possible.
    static func widths(_ numbers: [Int], budget: Int, minimum: Int, cap: Int, reference: Int) -> [Int] {
        let fractions = numbers.map { fraction($0, reference: reference) }
        let total = fractions.reduce(0, +)
        var top = max(minimum, cap)
        if total > 0 {
            let room = Double(budget - minimum * numbers.count) / total
            top = max(minimum, min(top, minimum + Int(max(-1e9, min(1e9, room)))))
        }
        return fractions.map { minimum + Int(Double(top - minimum) * $0 + 1e-9) }
    }

    // MARK: - Arithmetic without libm

    /// Nearest whole number, halves away from zero, for values of moderate size.
    static func round(_ x: Double) -> Int {
        let clamped = max(-1e15, min(1e15, x))
        return clamped >= 0 ? Int(clamped + 0.5) : -Int(-clamped + 0.5)
    }

    /// Smallest whole number not below `x`, for values of moderate size.
    static func ceiling(_ x: Double) -> Int {
        let clamped = max(-1e15, min(1e15, x))
        let truncated = Int(clamped)
        return Double(truncated) < clamped ? truncated + 1 : truncated
    }

    /// Square root of a value in 0...1 by Newton's method.
    static func squareRoot(_ x: Double) -> Double {
        guard x > 0 else { return 0 }
        var y = max(x, 1)
        for _ in 0..<40 {
            y = (y + x / y) / 2
        }
        return y
    }
}
