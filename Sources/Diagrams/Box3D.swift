import StyledText

/// A box drawn in oblique projection: a front rectangle, with the top and right faces receding up and to
/// the right along `╱` diagonals. `depth` counts the diagonal characters (0 draws a flat rectangle).
struct Box3D: Sendable, Equatable {
    /// Columns of the front rectangle, borders included.
    var frontWidth: Int
    /// Rows of the front rectangle, borders included.
    var frontHeight: Int
    /// Diagonal characters on each receding edge.
    var depth: Int

    init(frontWidth: Int, frontHeight: Int, depth: Int) {
        self.frontWidth = max(2, frontWidth)
        self.frontHeight = max(2, frontHeight)
        self.depth = max(0, depth)
    }

    /// How far the back face sits up and to the right of the front face.
    var offset: Int { depth == 0 ? 0 : depth + 1 }
    var width: Int { frontWidth + offset }
    var height: Int { frontHeight + offset }

    /// Draws the visible edges with the bounding box's top-left corner at `origin`. An opaque box first
    /// blanks everything it covers, so it can be drawn in front of another.
    @discardableResult
    func draw(on canvas: inout Canvas, at origin: Point, role: TextRole, glyphs: Glyphs, opaque: Bool = true) -> BoxGeometry {
        let geometry = BoxGeometry(
            front: CellRect(
                top: origin.row + offset,
                left: origin.col,
                bottom: origin.row + offset + frontHeight - 1,
                right: origin.col + frontWidth - 1
            ),
            offset: offset
        )
        let front = geometry.front
        if opaque {
            for row in origin.row...front.bottom {
                let fromTop = row - origin.row
                let left = fromTop <= offset ? front.left + offset - fromTop : front.left
                let backBottom = geometry.depthEdge.topRow
                let right = row <= backBottom ? front.right + offset : front.right + offset - (row - backBottom)
                canvas.clear(row: row, from: left, through: right)
            }
        }
        drawRectangle(front, on: &canvas, role: role, glyphs: glyphs)
        guard offset > 0 else { return geometry }

        let back = CellRect(top: origin.row, left: front.left + offset, bottom: front.bottom - offset, right: front.right + offset)
        canvas.put(glyphs.topLeft, row: back.top, col: back.left, role: role)
        canvas.put(glyphs.rule(frontWidth - 2), at: Point(row: back.top, col: back.left + 1), role: role)
        canvas.put(glyphs.topRight, row: back.top, col: back.right, role: role)
        for step in 1...depth {
            canvas.put(glyphs.diagonal, row: back.top + step, col: back.left - step, role: role)
            canvas.put(glyphs.diagonal, row: back.top + step, col: back.right - step, role: role)
            canvas.put(glyphs.diagonal, row: back.bottom + step, col: back.right - step, role: role)
        }
        if back.bottom - back.top >= 2 {
            for row in (back.top + 1)...(back.bottom - 1) {
                canvas.put(glyphs.vertical, row: row, col: back.right, role: role)
            }
        }
        canvas.put(glyphs.bottomRight, row: back.bottom, col: back.right, role: role)
        return geometry
    }

    /// The box alone, with `label` centred on its front face when it fits there.
    func diagram(role: TextRole, glyphs: Glyphs, label: String? = nil) -> Diagram {
        var canvas = Canvas()
        let geometry = draw(on: &canvas, at: Point(row: 0, col: 0), role: role, glyphs: glyphs)
        if let label {
            geometry.putLabel(label, on: &canvas, role: role)
        }
        return canvas.diagram
    }

    private func drawRectangle(_ rect: CellRect, on canvas: inout Canvas, role: TextRole, glyphs: Glyphs) {
        canvas.put(glyphs.topLeft, row: rect.top, col: rect.left, role: role)
        canvas.put(glyphs.rule(rect.width - 2), at: Point(row: rect.top, col: rect.left + 1), role: role)
        canvas.put(glyphs.topRight, row: rect.top, col: rect.right, role: role)
        if rect.height > 2 {
            for row in (rect.top + 1)...(rect.bottom - 1) {
                canvas.put(glyphs.vertical, row: row, col: rect.left, role: role)
                canvas.put(glyphs.vertical, row: row, col: rect.right, role: role)
            }
        }
        canvas.put(glyphs.bottomLeft, row: rect.bottom, col: rect.left, role: role)
        canvas.put(glyphs.rule(rect.width - 2), at: Point(row: rect.bottom, col: rect.left + 1), role: role)
        canvas.put(glyphs.bottomRight, row: rect.bottom, col: rect.right, role: role)
    }
}
