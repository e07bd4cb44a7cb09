/// Evaluates arithmetic as the tutor shows it (`10·(3·3·3) + 10`, `⌊(17 − 3)/2⌋ + 1`, `max(3, 2)`, `√(9)`,
/// `1,536`), independently of the code that wrote it, so tests can check that a shown formula
/// really gives the shown result.
enum ShownArithmetic {
    static func value(_ text: String) -> Int? {
        var reader = Reader(characters: Array(text.filter { $0 != " " }))
        guard let value = reader.sum(), reader.position == reader.characters.count else { return nil }
        return value
    }

    private struct Reader {
        let characters: [Character]
        var position = 0

        var current: Character? { position < characters.count ? characters[position] : nil }

        mutating func sum() -> Int? {
            guard var value = product() else { return nil }
            while let c = current, c == "+" || c == "−" || c == "-" {
                position += 1
                guard let right = product() else { return nil }
                value = c == "+" ? value + right : value - right
            }
            return value
        }

        mutating func product() -> Int? {
            guard var value = primary() else { return nil }
            while let c = current, c == "·" || c == "/" || c == "×" {
                position += 1
                guard let right = primary() else { return nil }
                if c == "/" {
                    guard right != 0 else { return nil }
                    guard value % right == 0 else { return nil }
                    value /= right
                } else {
                    value *= right
                }
            }
            return value
        }

        mutating func primary() -> Int? {
            guard let c = current else { return nil }
            if c == "(" || c == "⌊" || c == "⌈" {
                position += 1
                let close: Character = c == "(" ? ")" : c == "⌊" ? "⌋" : "⌉"
                let inner = c == "(" ? sum() : fraction(ceiling: c == "⌈")
                guard let inner, current == close else { return nil }
                position += 1
                return inner
            }
            if c == "√" {
                position += 1
                guard let inner = primary(), inner >= 0 else { return nil }
                let root = (0...inner).first { $0 * $0 >= inner } ?? 0
                return root * root == inner ? root : nil
            }
            if characters[position...].starts(with: "max(") {
                position += 4
                guard let a = sum(), current == "," else { return nil }
                position += 1
                guard let b = sum(), current == ")" else { return nil }
                position += 1
                return max(a, b)
            }
            var digits = ""
            // A comma groups digits only when three follow it: in `max(3, 2)` it separates arguments.
            func groups(_ at: Int) -> Bool {
                let next = characters[(at + 1)...].prefix(4)
                return next.prefix(3).count == 3 && next.prefix(3).allSatisfy(\.isNumber) && !(next.dropFirst(3).first?.isNumber ?? false)
            }
            while let d = current, d.isNumber || (d == "," && !digits.isEmpty && groups(position)) {
                if d != "," { digits.append(d) }
                position += 1
            }
            return Int(digits)
        }

        /// `a/b` inside floor or ceiling brackets, rounded the bracket's way.
        mutating func fraction(ceiling: Bool) -> Int? {
            guard let a = primary(), current == "/" else { return nil }
            position += 1
            guard let b = primary(), b != 0 else { return nil }
            let quotient = Double(a) / Double(b)
            return Int(ceiling ? quotient.rounded(.up) : quotient.rounded(.down))
        }
    }
}
