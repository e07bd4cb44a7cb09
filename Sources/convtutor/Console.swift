#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

import ConvMath
import StyledText

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
    static func localeIsUTF8() -> Bool {
        LocaleName.isUTF8 { name in getenv(name).map { String(cString: $0) } }
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
