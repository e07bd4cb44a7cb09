import StyledText

/// Where a drawn `Box3D` landed: its front rectangle and its receding edges, in canvas cells.
struct BoxGeometry: Sendable, Equatable {
    var front: CellRect
    var offset: Int

    /// The whole box, back face included.
    var bounds: CellRect {
        CellRect(top: front.top - offset, left: front.left, bottom: front.bottom, right: front.right + offset)
    }

    /// The lower-right receding edge, which shows the box's depth.
    var depthEdge: DepthEdge {
        DepthEdge(topRow: front.bottom - offset, bottomRow: front.bottom, backCol: front.right + offset, frontCol: front.right)
    }

    /// The row through the middle of the front face.
    var middleRow: Int {
        front.top + front.height / 2
    }

    /// Writes `label` centred on the front face if it fits inside the borders.
    @discardableResult
    func putLabel(_ label: String, on canvas: inout Canvas, role: TextRole) -> Bool {
        guard front.height >= 3, label.count <= front.width - 2 else { return false }
        canvas.put(label, centeredIn: front.left + 1, front.right - 1, row: middleRow, role: role)
        return true
    }
}

/// A receding edge from the back corner (top row) down-left to the front corner (bottom row).
struct DepthEdge: Sendable, Equatable {
    var topRow: Int
    var bottomRow: Int
    var backCol: Int
    var frontCol: Int

    /// Rows the edge spans, corners included.
    var verticalExtent: Int { bottomRow - topRow + 1 }

    /// Writes label lines to the right of the edge, the first one level with the back corner.
    func putLabel(_ lines: [String], on canvas: inout Canvas, role: TextRole) {
        canvas.put(lines: lines, at: Point(row: topRow, col: backCol + 2), role: role)
    }
}
