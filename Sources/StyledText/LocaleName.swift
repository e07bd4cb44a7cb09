/// What the locale variables of an environment say about its character set, read from the names
/// alone, without asking the C library (which knows only the locales installed on the machine).
public enum LocaleName {
    /// The variables that name the locale of characters, strongest first.
    public static let variables = ["LC_ALL", "LC_CTYPE", "LANG"]

    /// Whether the first of LC_ALL, LC_CTYPE and LANG that is set and not empty names UTF-8.
    public static func isUTF8(_ value: (String) -> String?) -> Bool {
        for name in variables {
            if let locale = value(name), !locale.isEmpty { return namesUTF8(locale) }
        }
        return false
    }

    /// Whether a locale's name says UTF-8 (`en_US.UTF-8`, `C.utf8`), in any case. Compared byte by
    /// byte: `String.contains` loads the string-processing library, a fifth of a summary's start-up.
    public static func namesUTF8(_ locale: String) -> Bool {
        let bytes = locale.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        for pattern in [Array("utf-8".utf8), Array("utf8".utf8)] where bytes.count >= pattern.count {
            for start in 0...(bytes.count - pattern.count) where Array(bytes[start..<(start + pattern.count)]) == pattern {
                return true
            }
        }
        return false
    }
}
