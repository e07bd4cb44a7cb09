/// Python's format mini-language (`{i:02d}`, `{name:<8}`, `{n:,}`) for the values names are made
/// of: whole numbers and strings, with fill, alignment, sign, width, grouping and a string's
/// precision. A float with a type or precision, or a type the reader does not follow, is not
/// formatted: the caller makes the text unknown rather than guess how Python rounds.
struct FormatSpec {
    var fill: Character = " "
    var align: Character?
    var sign: Character = "-"
    var width = 0
    var grouping: Character?
    var precision: Int?
    var type: Character?

    /// Parses `[[fill]align][sign][#][0][width][grouping][.precision][type]`; nil if it is not one.
    init?(_ text: String) {
        var rest = Array(text)[...]
        let aligns: Set<Character> = ["<", ">", "=", "^"]
        if rest.count >= 2, aligns.contains(rest[rest.startIndex + 1]) {
            fill = rest[rest.startIndex]
            align = rest[rest.startIndex + 1]
            rest = rest.dropFirst(2)
        } else if let first = rest.first, aligns.contains(first) {
            align = first
            rest = rest.dropFirst()
        }
        if let first = rest.first, "+- ".contains(first) { sign = first; rest = rest.dropFirst() }
        if rest.first == "#" { return nil }
        if rest.first == "0" {
            if align == nil { fill = "0"; align = "=" }
            rest = rest.dropFirst()
        }
        var digits = ""
        while let d = rest.first, d.isASCII, d.isNumber { digits.append(d); rest = rest.dropFirst() }
        if !digits.isEmpty { guard let value = Int(digits), value <= 10_000 else { return nil }; width = value }
        if let first = rest.first, first == "," || first == "_" { grouping = first; rest = rest.dropFirst() }
        if rest.first == "." {
            rest = rest.dropFirst()
            var precisionDigits = ""
            while let d = rest.first, d.isASCII, d.isNumber { precisionDigits.append(d); rest = rest.dropFirst() }
            guard let value = Int(precisionDigits), value <= 10_000 else { return nil }
            precision = value
        }
        if let last = rest.first { type = last; rest = rest.dropFirst() }
        guard rest.isEmpty else { return nil }
    }

    /// The value formatted as Python formats it, or nil where the reader does not follow the rule.
    func format(_ value: PyValue, shown: String) -> String? {
        switch value {
        case .integer(let number): return format(number)
        case .bool(let truth) where type != nil && type != "s": return format(truth ? 1 : 0)
        case .string(let text):
            guard type == nil || type == "s", grouping == nil, sign == "-", align != "=" else { return nil }
            let cut = precision.map { String(text.prefix($0)) } ?? text
            return padded(cut, defaultAlign: "<")
        case .float where type == nil && precision == nil && grouping == nil:
            return padded(sign == "+" && !shown.hasPrefix("-") ? "+" + shown : shown, defaultAlign: ">")
        default:
            return type == nil && precision == nil && grouping == nil && sign == "-" ? padded(shown, defaultAlign: "<") : nil
        }
    }

    private func format(_ number: Int) -> String? {
        guard precision == nil else { return nil }
        let radix: Int
        switch type {
        case nil, "d", "n": radix = 10
        case "x", "X": radix = 16
        case "o": radix = 8
        case "b": radix = 2
        default: return nil
        }
        var digits = String(number.magnitude, radix: radix, uppercase: type == "X")
        if let grouping {
            let size = radix == 10 ? 3 : 4
            guard radix == 10 || grouping == "_" else { return nil }
            var grouped = ""
            for (index, digit) in digits.reversed().enumerated() {
                if index > 0 && index % size == 0 { grouped.append(grouping) }
                grouped.append(digit)
            }
            digits = String(grouped.reversed())
        }
        let signText = number < 0 ? "-" : sign == "+" ? "+" : sign == " " ? " " : ""
        if align == "=" {
            let pad = String(repeating: fill, count: max(0, width - signText.count - digits.count))
            return signText + pad + digits
        }
        return padded(signText + digits, defaultAlign: ">")
    }

    private func padded(_ text: String, defaultAlign: Character) -> String {
        let missing = max(0, width - text.count)
        guard missing > 0 else { return text }
        switch align ?? defaultAlign {
        case "<": return text + String(repeating: fill, count: missing)
        case "^":
            let left = missing / 2
            return String(repeating: fill, count: left) + text + String(repeating: fill, count: missing - left)
        default: return String(repeating: fill, count: missing) + text
        }
    }
}
