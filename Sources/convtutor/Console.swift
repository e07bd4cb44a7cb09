#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

import ConvMath

/// What the commands need to know about the terminal they print to, and the one way they print:
/// every text goes through `TerminalText.visible`, so nothing read from a file, an argument or the
/// environment can send the terminal a control sequence.
enum Console {
    static func print(_ text: String, terminator: String = "\n") {
        Swift.print(TerminalText.visible(text), terminator: terminator)
    }

    static func printError(_ text: String) {
        var standardError = StandardError()
        Swift.print(TerminalText.visible(text), to: &standardError)
    }

    /// Narrower terminals are printed for as if they were this wide, rather than a word per line.
    static let minimumColumns = 20

    /// The width of the terminal on standard output (at least `minimumColumns`), or nil when it is
    /// not a terminal.
    static func terminalColumns() -> Int? {
        if let columns = getenv("COLUMNS").flatMap({ Int(String(cString: $0)) }), columns > 0 {
            return max(minimumColumns, columns)
        }
        var size = winsize()
        guard isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else {
            return nil
        }
        return max(minimumColumns, Int(size.ws_col))
    }

    /// True when the locale's character set is UTF-8, as LC_ALL, LC_CTYPE or LANG say.
    /// Whether a locale's name says UTF-8 (`en_US.UTF-8`, `C.utf8`), in any case. Compared byte by
    /// byte: `String.contains` loads the string-processing library, a fifth of a summary's start-up.
    static func namesUTF8(_ locale: String) -> Bool {
        let bytes = locale.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        for pattern in [Array("utf-8".utf8), Array("utf8".utf8)] where bytes.count >= pattern.count {
            for start in 0...(bytes.count - pattern.count) where Array(bytes[start..<(start + pattern.count)]) == pattern {
                return true
            }
        }
        return false
    }

    static func localeIsUTF8() -> Bool {
        for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
            if let value = getenv(name).map({ String(cString: $0) }), !value.isEmpty {
                return namesUTF8(value)
            }
        }
        return false
    }
}

private struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        let bytes = Array(string.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return Glibc.write(STDERR_FILENO, base + offset, buffer.count - offset)
            }
            if written <= 0 { return }
            offset += written
        }
    }
}
