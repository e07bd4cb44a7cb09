/// A terminal's size in character cells.
public struct Size: Sendable, Equatable, Hashable, CustomStringConvertible {
    public var columns: Int
    public var rows: Int

    public init(columns: Int, rows: Int) {
        self.columns = max(0, columns)
        self.rows = max(0, rows)
    }

    public var description: String { "\(columns)×\(rows)" }
}

/// A cell position: column and row, from 0 at the top left.
public struct Position: Sendable, Equatable, Hashable {
    public var column: Int
    public var row: Int

    public init(column: Int, row: Int) {
        self.column = column
        self.row = row
    }
}
