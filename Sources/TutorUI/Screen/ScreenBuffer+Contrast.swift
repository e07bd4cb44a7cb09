extension ScreenBuffer {
    /// The frame with nothing dim: muted text drawn plain and the dim attribute dropped, for a
    /// projector, where dim text washes out.
    func withoutDimText() -> ScreenBuffer {
        var buffer = self
        for row in 0..<size.rows {
            for column in 0..<size.columns {
                var cell = buffer[column, row]
                guard cell.style.palette == .muted || cell.style.dim else { continue }
                if cell.style.palette == .muted { cell.style.palette = .plain }
                cell.style.dim = false
                buffer[column, row] = cell
            }
        }
        return buffer
    }
}
