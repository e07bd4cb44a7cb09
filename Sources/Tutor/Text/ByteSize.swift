/// How sizes in bytes are written for people, exactly as Keras 3's `model.summary()` writes them
/// after each count: `190.20 KB`. The unit is the largest of B, KB, MB, GB, TB, PB (1,024 of one
/// make the next) that leaves at least 1, PB at most, and the value has two decimals, rounded to the
/// nearest and to even on a tie, as Python's `{:.2f}` rounds the exact quotient.
public enum ByteSize {
    static let units = ["B", "KB", "MB", "GB", "TB", "PB"]

    /// `0.00 B`, `190.20 KB`, `527.79 MB`; a negative size (never a memory size) is written in bytes.
    public static func readable(_ bytes: Int) -> String {
        guard bytes >= 0 else { return "\(bytes).00 B" }
        var unit = 0
        var scale = 1
        while unit < units.count - 1, bytes / scale >= 1024 {
            scale *= 1024
            unit += 1
        }
        var whole = bytes / scale
        // remainder < scale ≤ 2^50, so 100 times it fits.
        let scaled = (bytes % scale) * 100
        var hundredths = scaled / scale
        let left = scaled % scale
        if left * 2 > scale || (left * 2 == scale && hundredths % 2 == 1) { hundredths += 1 }
        if hundredths == 100 {
            whole += 1
            hundredths = 0
        }
        return "\(whole).\(hundredths < 10 ? "0" : "")\(hundredths) \(units[unit])"
    }
}
