import StyledText

/// One drawing in a left-to-right row: a body, an optional title above it, and the gap that follows it.
struct RowItem: Sendable {
    var body: Diagram
    var title: [([String], TextRole)] = []
    var gapAfter: Int = 2
    /// Columns the item takes even when its body is narrower, to give its title room.
    var minimumWidth: Int = 0

    var width: Int { max(body.width, minimumWidth) }
}

/// Lays drawings out left to right with their bottoms level; each title sits right above its own body and
/// may run over untitled neighbours (arrows) up to the next title.
enum RowLayout {
    /// The drawn row and each body's top-left corner.
    static func place(_ items: [RowItem], width: Int) -> (canvas: Canvas, origins: [Point]) {
        var lefts: [Int] = []
        var col = 0
        for item in items {
            lefts.append(col)
            col += item.width + item.gapAfter
        }
        let titles: [[(String, TextRole)]] = items.indices.map { index in
            let item = items[index]
            let nextTitled = items.indices.first { $0 > index && !items[$0].title.isEmpty }
            let room = (nextTitled.map { lefts[$0] - 2 } ?? width) - lefts[index]
            let wrapWidth = max(item.width, room)
            return item.title.flatMap { segments, role in
                TextLayout.phrases(segments, width: wrapWidth).map { ($0, role) }
            }
        }
        let height = items.indices.reduce(0) { max($0, titles[$1].count + items[$1].body.height) }

        var canvas = Canvas()
        var origins: [Point] = []
        for index in items.indices {
            let origin = Point(row: height - items[index].body.height, col: lefts[index])
            canvas.draw(items[index].body, at: origin)
            for (line, entry) in titles[index].enumerated() {
                canvas.put(entry.0, at: Point(row: origin.row - titles[index].count + line, col: origin.col), role: entry.1)
            }
            origins.append(origin)
        }
        canvas.ensureHeight(height)
        return (canvas, origins)
    }
}
