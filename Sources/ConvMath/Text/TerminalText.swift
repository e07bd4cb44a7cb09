/// Makes text from files, arguments and the environment safe to show on a terminal.
///
/// Control characters (C0 except tab and line feed, DEL, and the C1 range U+0080–U+009F) would be
/// obeyed by the terminal rather than shown: `ESC ] 0 ; … BEL` retitles the window, `ESC [2J` clears
/// it, OSC 52 writes the clipboard. Each is shown instead in caret notation, as `cat -v`, `less` and
/// git do: `^[` for ESC, `^G` for BEL, `^@` for NUL, `^?` for DEL, and `M-^[` for U+009B.
public enum TerminalText {
    /// The text with every control character but tab and line feed shown in caret notation.
    public static func visible(_ text: String) -> String {
        guard needsChange(text) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let shown = caretNotation(scalar) {
                result.append(contentsOf: shown.unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Whether `visible` would change the text: a quick scan of its bytes.
    public static func needsChange(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte < 0x20 && byte != 0x09 && byte != 0x0A { return true }
            if byte == 0x7F { return true }
            // U+0080–U+009F are C2 80 – C2 9F in UTF-8.
            if previous == 0xC2 && byte >= 0x80 && byte <= 0x9F { return true }
            previous = byte
        }
        return false
    }

    /// How one scalar is shown, or nil when it is shown as itself.
    public static func caretNotation(_ scalar: Unicode.Scalar) -> String? {
        let value = scalar.value
        switch value {
        case 0x09, 0x0A:
            return nil
        case 0x00..<0x20:
            return "^" + String(UnicodeScalar(UInt8(value + 0x40)))
        case 0x7F:
            return "^?"
        case 0x80..<0xA0:
            return "M-^" + String(UnicodeScalar(UInt8(value - 0x80 + 0x40)))
        default:
            return nil
        }
    }
}

extension String {
    /// How many characters of a name, string or number a message quotes.
    static let excerptLength = 60

    /// The text as a message quotes it: its first `excerptLength` characters, then `…` when it goes on.
    var excerpt: String {
        var end = startIndex
        var count = 0
        while end < endIndex, count < Self.excerptLength {
            formIndex(after: &end)
            count += 1
        }
        return end == endIndex ? self : String(self[..<end]) + "…"
    }
}
