import StyledText

/// Schematic pictures of convolution layers drawn as text: boxes whose sizes follow the numbers loosely,
/// labels that carry them exactly.
public enum Diagrams {}

// MARK: - Shared layout

extension Diagrams {
    /// The width layouts are computed for: the caller's limit, within sane bounds.
    static func layoutWidth(_ options: DiagramOptions) -> Int {
        min(max(options.maxWidth, 1), 400)
    }

    /// Inputs below 1 are drawn as 1.
    static func positive(_ n: Int) -> Int {
        max(1, n)
    }

    /// The widest a single box's front face may grow at this width.
    static func frontCap(_ width: Int, share: Int = 45) -> Int {
        min(60, width * share / 100)
    }

    /// Front rows left for a box with this offset when the whole box may take `rows`; the fewest (3) in a
    /// compact picture.
    static func frontRowLimit(boxRows rows: Int, offset: Int, ceiling: Int = 7, _ options: DiagramOptions) -> Int {
        options.compact ? 3 : max(3, min(ceiling, rows - offset))
    }

    /// Diagonal steps that draw a depth (`Scale.depthSteps`); one in a compact picture.
    static func depthSteps(_ depth: Int, _ options: DiagramOptions) -> Int {
        Scale.depthSteps(depth, limit: options.compact ? 1 : 3)
    }

    /// Title lines, each made of segments that break apart only when they must, above `body`; no line
    /// wider than `width` or the body.
    static func titled(_ titles: [([String], TextRole)], width: Int, body: Diagram) -> Diagram {
        var lines: [StyledLine] = []
        for (segments, role) in titles {
            lines += TextLayout.phrases(segments, width: max(width, body.width))
                .map { StyledLine($0, role: role) }
        }
        return Diagram(lines: lines).above(body)
    }

    /// An arrow whose text sits `rowsBelow` lines above the bottom, for bottom-aligned horizontal layouts.
    static func arrowBlock(_ lines: [(String, TextRole)], rowsBelow: Int) -> Diagram {
        let blank = Array(repeating: StyledLine(), count: max(0, rowsBelow))
        return Diagram(lines: lines.map { StyledLine($0.0, role: $0.1) } + blank)
    }

    /// Whether `finish` cuts lines to the width limit; tests turn it off to check that layouts fit by themselves.
    @TaskLocal static var clipsToWidth = true

    /// The final step of every diagram: never wider than the caller allows.
    static func finish(_ diagram: Diagram, _ options: DiagramOptions) -> Diagram {
        clipsToWidth ? diagram.clipped(toWidth: max(1, options.maxWidth)) : diagram
    }

    /// Ways to label a depth edge with `name number`, from roomiest to tightest.
    static func edgeLabels(_ name: String, _ number: Int, glyphs: Glyphs) -> [[String]] {
        let head = String(glyphs.leftHead)
        return [
            ["\(head) \(name) \(number)"],
            ["\(name) \(number)"],
            ["\(head) \(name)", "  \(number)"],
            [name, "\(number)"],
            ["\(number)"],
            [],
        ]
    }

    /// A front width nudged up by one column when that centres `label` exactly.
    static func centring(_ frontWidth: Int, for label: String) -> Int {
        let spare = frontWidth - 2 - label.count
        return spare >= 0 && spare % 2 == 1 ? frontWidth + 1 : frontWidth
    }

    /// `n`, or one less when even (never below 3): odd widths centre odd-length labels.
    static func odd(_ n: Int) -> Int {
        n % 2 == 0 ? max(3, n - 1) : max(3, n)
    }

    /// `1 kernel`, `3 kernels`.
    static func plural(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
        count == 1 ? "\(count) \(singular)" : "\(count) \(plural ?? singular + "s")"
    }
}
