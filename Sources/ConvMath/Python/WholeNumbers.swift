/// Rounding of floats without the C maths library (which the test bundles do not link): exact for
/// every float the reader meets, whose magnitude is below 2⁵³; larger ones are already whole.
enum WholeNumbers {
    static func floor(_ x: Double) -> Double {
        guard x.isFinite, abs(x) < 9_007_199_254_740_992 else { return x }
        let truncated = Double(Int(x))
        return truncated > x ? truncated - 1 : truncated
    }

    static func isWhole(_ x: Double) -> Bool { x.isFinite && floor(x) == x }

    /// Python's `round`: halves go to the even neighbour.
    static func roundHalfEven(_ x: Double) -> Double {
        let below = floor(x)
        let fraction = x - below
        if fraction > 0.5 { return below + 1 }
        if fraction < 0.5 { return below }
        return Int(below) % 2 == 0 ? below : below + 1
    }
}
