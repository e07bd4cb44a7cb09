/// Text with every control character a terminal would obey, for the tests that check none reaches it.
public enum ControlCharacters {
    /// C0 but tab and line feed, DEL, and C1, one of each.
    public static let single: String = {
        let values = Array(0x00..<0x20).filter { $0 != 0x09 && $0 != 0x0A } + [0x7F] + Array(0x80..<0xA0)
        return String(String.UnicodeScalarView(values.compactMap { Unicode.Scalar(UInt32($0)) }))
    }()

    /// Sequences that do harm: retitle the window, clear the screen, ring, write the clipboard (OSC 52),
    /// and CSI as one C1 character.
    public static let sequences = "\u{1B}]0;retitled\u{07}" + "\u{1B}[2J" + "\u{07}"
        + "\u{1B}]52;c;aGVsbG8=\u{07}" + "\u{9B}31m" + "\u{1B}P1$r\u{9C}"

    /// Everything above: what a hostile lesson or layer would carry.
    public static let all = sequences + single

    /// The same without NUL, which a command-line argument cannot hold.
    public static let allButNUL = String(String.UnicodeScalarView(all.unicodeScalars.filter { $0.value != 0 }))

    /// The control characters in `text` that a terminal would obey (tab and line feed are allowed).
    public static func obeyed(in text: String) -> [UInt32] {
        text.unicodeScalars.map(\.value).filter { value in
            (value < 0x20 && value != 0x09 && value != 0x0A) || (0x7F...0x9F).contains(value)
        }
    }
}
