/// Where something stands in the text a layer was read from: 1-based line and column, in characters.
public struct SourceSpan: Sendable, Equatable, Hashable {
    public var line: Int
    public var column: Int
    public var length: Int

    public init(line: Int, column: Int, length: Int) {
        self.line = line
        self.column = column
        self.length = max(1, length)
    }

    /// The span from the start of `self` to the end of `other` when both are on one line.
    public func through(_ other: SourceSpan) -> SourceSpan {
        guard other.line == line, other.column + other.length >= column else { return self }
        return SourceSpan(line: line, column: column, length: other.column + other.length - column)
    }
}
