/// Numbers as people read them in messages.
func number(_ value: Int) -> String {
    NumberFormat.grouped(value)
}

/// "1 channel", "3 channels".
func plural(_ value: Int, _ word: String) -> String {
    NumberFormat.counted(value, word)
}

/// "3, 64 and 128".
func listText(_ values: [Int]) -> String {
    let words = values.map(number)
    guard let last = words.last, words.count > 1 else { return words.first ?? "" }
    return words.dropLast().joined(separator: ", ") + " and " + last
}

/// "both filters", "all 10 filters".
func every(_ value: Int, _ word: String) -> String {
    value == 2 ? "both \(word)s" : "all \(plural(value, word))"
}

extension String {
    /// "a" → "A".
    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
