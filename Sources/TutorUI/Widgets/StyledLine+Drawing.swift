import StyledText

extension StyledLine {
    /// Draws the line into a buffer from a position, clipped to `width` columns, each run in the
    /// cell style of its role.
    func draw(into buffer: inout ScreenBuffer, column: Int, row: Int, width: Int) {
        var x = column
        for run in runs {
            let room = column + width - x
            guard room > 0 else { return }
            let text = run.text.count > room ? String(run.text.prefix(room)) : run.text
            x = buffer.put(text, column: x, row: row, style: CellStyle(run: run))
        }
    }
}

extension CellStyle {
    /// How a run of styled text looks on the screen: its role picks the colour, `strong` adds bold.
    init(run: StyledRun) {
        self.init(role: run.role)
        if run.strong { bold = true }
    }

    /// The look of a role on its own.
    init(role: TextRole) {
        switch role {
        case .plain: self = .plain
        case .emphasis: self = CellStyle(bold: true)
        case .input: self = CellStyle(Palette.input)
        case .kernel: self = CellStyle(Palette.kernel)
        case .output: self = CellStyle(Palette.output)
        case .bias: self = CellStyle(Palette.bias)
        case .accent: self = CellStyle(Palette.accent)
        case .muted: self = CellStyle(Palette.muted)
        case .correct: self = CellStyle(Palette.correct)
        case .wrong: self = CellStyle(Palette.wrong)
        case .field: self = CellStyle(Palette.field, underline: true)
        case .selected: self = CellStyle(Palette.accent, bold: true, reverse: true)
        }
    }
}
