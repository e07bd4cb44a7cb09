import StyledText

// MARK: - Composition

extension Diagram {
    /// Where a shorter diagram sits beside a taller one.
    public enum VerticalAlignment: Sendable, Equatable {
        /// Tops level.
        case top
        /// Middles level (rounded up).
        case center
        /// Bottoms level.
        case bottom
    }

    /// Diagrams placed left to right, `gap` columns apart; each one starts after the previous one's full width.
    public static func horizontal(_ parts: [Diagram], gap: Int = 2, alignment: VerticalAlignment = .top) -> Diagram {
        let height = parts.reduce(0) { max($0, $1.height) }
        var canvas = Canvas()
        var column = 0
        for (index, part) in parts.enumerated() {
            let top: Int
            switch alignment {
            case .top: top = 0
            case .center: top = (height - part.height) / 2
            case .bottom: top = height - part.height
            }
            canvas.draw(part, at: Point(row: top, col: column))
            column += part.width + (index < parts.count - 1 ? max(0, gap) : 0)
        }
        canvas.ensureHeight(height)
        return canvas.diagram
    }

    /// Diagrams stacked top to bottom with `gap` blank lines between them.
    public static func vertical(_ parts: [Diagram], gap: Int = 0) -> Diagram {
        var lines: [StyledLine] = []
        for (index, part) in parts.enumerated() {
            if index > 0 {
                lines += Array(repeating: StyledLine(), count: max(0, gap))
            }
            lines += part.lines
        }
        return Diagram(lines: lines)
    }

    /// This diagram with `other` to its right.
    public func beside(_ other: Diagram, gap: Int = 2, alignment: VerticalAlignment = .top) -> Diagram {
        .horizontal([self, other], gap: gap, alignment: alignment)
    }

    /// This diagram with `other` below it.
    public func above(_ other: Diagram, gap: Int = 0) -> Diagram {
        .vertical([self, other], gap: gap)
    }

    /// This diagram surrounded by blank space; right padding widens every line to the same width.
    public func padded(top: Int = 0, left: Int = 0, bottom: Int = 0, right: Int = 0) -> Diagram {
        let total = width + max(0, left) + max(0, right)
        let margin = String(repeating: " ", count: max(0, left))
        var padded: [StyledLine] = Array(repeating: StyledLine(), count: max(0, top))
        for line in lines {
            let fill = String(repeating: " ", count: max(0, total - max(0, left) - line.width))
            padded.append(StyledLine([StyledRun(margin)] + line.runs + (right > 0 ? [StyledRun(fill)] : [])))
        }
        padded += Array(repeating: StyledLine(), count: max(0, bottom))
        return Diagram(lines: padded)
    }

    /// Every line cut to at most `width` characters.
    public func clipped(toWidth width: Int) -> Diagram {
        Diagram(lines: lines.map { $0.width > width ? $0.clipped(toWidth: width) : $0 })
    }
}
