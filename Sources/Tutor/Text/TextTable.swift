import StyledText

/// A plain-text table that fits a width by wrapping cells at sensible places instead of cutting them.
public struct TextTable: Sendable {
    /// One column: its heading, alignment, where its text may wrap, and how narrow it may get.
    public struct Column: Sendable {
        public var heading: String
        public var alignRight: Bool
        /// Characters after which a cell may wrap, such as `,` in a shape or `+` in a formula.
        public var breakAfter: Set<Character>
        public var minimumWidth: Int

        public init(_ heading: String, alignRight: Bool = false, breakAfter: Set<Character> = [" "], minimumWidth: Int = 6) {
            self.heading = heading
            self.alignRight = alignRight
            self.breakAfter = breakAfter
            self.minimumWidth = minimumWidth
        }
    }

    public var columns: [Column]
    public var rows: [[String]]
    public var gap = 3
    /// Which columns give up width first when the table is too wide, most willing first; right-aligned
    /// (number) columns never do.
    public var shrinkOrder: [Int]

    public init(columns: [Column], rows: [[String]], shrinkOrder: [Int]? = nil) {
        self.columns = columns
        self.rows = rows
        self.shrinkOrder = shrinkOrder ?? Array(columns.indices.reversed())
    }

    /// The column widths that fit `width` (nil: no limit).
    public func widths(fitting width: Int?) -> [Int] {
        var widths = columns.indices.map { index in
            max(columns[index].heading.count, rows.map { $0[index].count }.max() ?? 0)
        }
        guard let width else { return widths }
        var excess = widths.reduce(0, +) + gap * (columns.count - 1) - width
        // First wrap only at break characters; if that is not enough, cut long pieces too.
        for hardBreaks in [false, true] {
            for index in shrinkOrder where excess > 0 && !columns[index].alignRight {
                let headingFloor = longestWord(columns[index].heading)
                let floor = hardBreaks ? max(columns[index].minimumWidth, headingFloor)
                    : max(columns[index].minimumWidth, headingFloor, min(widths[index], longestUnbreakable(index)))
                let give = min(excess, max(0, widths[index] - floor))
                widths[index] -= give
                excess -= give
            }
        }
        return widths
    }

    /// The rendered lines: heading, a rule, the rows.
    public func render(width: Int?, rule: Character = "─") -> [String] {
        let widths = widths(fitting: width)
        let total = widths.reduce(0, +) + gap * (columns.count - 1)
        var lines = renderRow(columns.map(\.heading), widths: widths, isHeading: true)
        lines.append(String(repeating: rule, count: total))
        for row in rows {
            lines += renderRow(row, widths: widths)
        }
        return lines
    }

    /// The width the table takes at most under `width`.
    public func totalWidth(fitting width: Int?) -> Int {
        widths(fitting: width).reduce(0, +) + gap * (columns.count - 1)
    }

    private func renderRow(_ cells: [String], widths: [Int], isHeading: Bool = false) -> [String] {
        let wrapped: [[String]] = cells.indices.map {
            WordWrap.lines(cells[$0], width: widths[$0], breakAfter: isHeading ? WordWrap.spaces : columns[$0].breakAfter)
        }
        let height = wrapped.map(\.count).max() ?? 1
        var lines: [String] = []
        for lineIndex in 0..<height {
            var line = ""
            for index in cells.indices {
                let text = lineIndex < wrapped[index].count ? wrapped[index][lineIndex] : ""
                let padding = String(repeating: " ", count: max(0, widths[index] - text.count))
                line += columns[index].alignRight ? padding + text : text + padding
                if index < cells.count - 1 { line += String(repeating: " ", count: gap) }
            }
            lines.append(line.trimmingTrailingSpaces())
        }
        return lines
    }

    private func longestWord(_ text: String) -> Int {
        text.split(separator: " ").map(\.count).max() ?? 0
    }

    private func longestUnbreakable(_ index: Int) -> Int {
        rows.map { WordWrap.pieces($0[index], breakAfter: columns[index].breakAfter).map(\.count).max() ?? 0 }.max() ?? 0
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
