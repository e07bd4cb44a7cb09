/// How counts are written for people: `48,690`.
public enum NumberFormat {
    public static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return value < 0 ? "-" + result : result
    }

    /// A short approximate form for large counts: `138.4M`, `1.2B`, `48.7K`.
    public static func abbreviated(_ value: Int) -> String {
        let units: [(Double, String)] = [(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")]
        let number = Double(value)
        for (scale, suffix) in units where abs(number) >= scale {
            let scaled = (number / scale * 10).rounded() / 10
            let text = scaled == scaled.rounded() ? String(Int(scaled)) : String(scaled)
            return text + suffix
        }
        return String(value)
    }
}
