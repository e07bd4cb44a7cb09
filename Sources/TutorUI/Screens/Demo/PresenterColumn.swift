import StyledText

/// Where classroom mode puts its lines: one column of at most `cap` characters, centred in the
/// window, so that a projector's wide screen is read like a page and not like a ticker.
struct PresenterColumn: Equatable {
    /// The longest line, in characters: about what a reader takes in at a glance.
    static let cap = 70

    /// Columns the lines may take.
    let width: Int
    /// Blank columns before the column, within the frame's margin.
    let indent: Int

    init(size: Size) {
        let room = max(1, size.columns - 2 * Frame.margin)
        width = min(PresenterColumn.cap, room)
        indent = (room - width) / 2
    }

    /// The lines moved into the column.
    func place(_ lines: [StyledLine]) -> [StyledLine] {
        lines.map { $0.runs.isEmpty ? $0 : $0.indented(indent) }
    }

    /// Lines of one block (large glyphs, a picture) centred within the column as a whole.
    func centred(_ lines: [StyledLine]) -> [StyledLine] {
        let widest = lines.map(\.width).max() ?? 0
        let shift = max(0, (width - widest) / 2)
        return lines.map { $0.runs.isEmpty ? $0 : $0.indented(shift) }
    }
}
