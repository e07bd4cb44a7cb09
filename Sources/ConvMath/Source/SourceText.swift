/// A named piece of text that layers are read from, with access to its lines for error messages.
public struct SourceText: Sendable, Equatable {
    public var name: String
    public var text: String
    private var lines: [Substring]

    public init(name: String, text: String) {
        self.name = name
        self.text = text
        let unix = text.utf8.contains(13) ? text.replacing("\r\n", with: "\n") : text
        self.lines = unix.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The text of a 1-based line, without its line break.
    public func line(_ number: Int) -> String? {
        guard number >= 1, number <= lines.count else { return nil }
        var line = String(lines[number - 1])
        if line.hasSuffix("\r") { line.removeLast() }
        return line
    }
}
