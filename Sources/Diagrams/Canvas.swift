import StyledText

/// A cell position: row from the top, column from the left, both from 0.
struct Point: Sendable, Equatable, Hashable {
    var row: Int
    var col: Int
}

/// A rectangle of cells given by its inclusive edges.
struct CellRect: Sendable, Equatable, Hashable {
    var top: Int
    var left: Int
    var bottom: Int
    var right: Int

    var width: Int { right - left + 1 }
    var height: Int { bottom - top + 1 }
}

/// A growable grid of characters with roles that diagrams are drawn on, then turned into a `Diagram`.
struct Canvas: Sendable, Equatable {
    struct Cell: Sendable, Equatable {
        var character: Character
        var role: TextRole
    }

    /// Drawing beyond this many rows or columns is ignored, so a layout bug cannot exhaust memory.
    static let limit = 4_096

    private(set) var rows: [[Cell]] = []

    var height: Int { rows.count }
    var width: Int { rows.reduce(0) { max($0, $1.count) } }

    mutating func ensureHeight(_ height: Int) {
        while rows.count < min(height, Self.limit) {
            rows.append([])
        }
    }

    mutating func put(_ character: Character, row: Int, col: Int, role: TextRole) {
        guard row >= 0, col >= 0, row < Self.limit, col < Self.limit else { return }
        ensureHeight(row + 1)
        if rows[row].count <= col {
            rows[row] += Array(repeating: Cell(character: " ", role: .plain), count: col + 1 - rows[row].count)
        }
        rows[row][col] = Cell(character: character, role: role)
    }

    mutating func put(_ text: String, at point: Point, role: TextRole) {
        var col = point.col
        for character in text {
            put(character, row: point.row, col: col, role: role)
            col += 1
        }
    }

    /// Writes lines one under the other, starting at `point`.
    mutating func put(lines: [String], at point: Point, role: TextRole) {
        for (index, line) in lines.enumerated() {
            put(line, at: Point(row: point.row + index, col: point.col), role: role)
        }
    }

    /// Writes `text` centred in the columns `left...right` of `row`.
    mutating func put(_ text: String, centeredIn left: Int, _ right: Int, row: Int, role: TextRole) {
        let room = right - left + 1
        put(text, at: Point(row: row, col: left + max(0, (room - text.count) / 2)), role: role)
    }

    /// Blanks the columns `left...right` of `row`.
    mutating func clear(row: Int, from left: Int, through right: Int) {
        guard left <= right else { return }
        for col in left...right {
            put(" ", row: row, col: col, role: .plain)
        }
    }

    /// Copies a diagram's characters and roles, its top-left corner at `point`.
    mutating func draw(_ diagram: Diagram, at point: Point) {
        for (index, line) in diagram.lines.enumerated() {
            var col = point.col
            for span in line.runs {
                put(span.text, at: Point(row: point.row + index, col: col), role: span.role)
                col += span.text.count
            }
        }
    }

    func character(row: Int, col: Int) -> Character {
        guard row >= 0, row < rows.count, col >= 0, col < rows[row].count else { return " " }
        return rows[row][col].character
    }

    /// The drawing as a diagram, trailing spaces dropped from each line.
    var diagram: Diagram {
        Diagram(lines: rows.map { row in
            var end = row.count
            while end > 0, row[end - 1].character == " " {
                end -= 1
            }
            var spans: [StyledRun] = []
            var text = ""
            var role = TextRole.plain
            for cell in row[..<end] {
                if cell.role != role, !text.isEmpty {
                    spans.append(StyledRun(text, role: role))
                    text = ""
                }
                role = cell.role
                text.append(cell.character)
            }
            if !text.isEmpty {
                spans.append(StyledRun(text, role: role))
            }
            return StyledLine(spans)
        })
    }
}
