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

    /// A count with its noun in the right number: "1 lesson", "1,090 answers", "2 batches".
    public static func counted(_ value: Int, _ word: String) -> String {
        "\(grouped(value)) \(word)\(value == 1 ? "" : word.hasSuffix("s") || word.hasSuffix("ch") ? "es" : "s")"
    }

}
