extension Diagrams {
    /// A Conv1D layer: the input strip (length × channels) and one kernel K × channels, drawn exactly as tall
    /// as the strip, with the number of kernels (filters) below.
    public static func conv1D(
        length: Int, channels: Int, kernelSize: Int, filters: Int,
        biases: Bool = true,
        options: DiagramOptions
    ) -> Diagram {
        let glyphs = Glyphs(options)
        let width = layoutWidth(options)
        let (l, c, k, f) = (positive(length), positive(channels), positive(kernelSize), positive(filters))

        let minimum = 5
        let label = edgeLabels("channels", c, glyphs: glyphs).first {
            2 * (minimum + TextLayout.width($0) + 2) + 2 + 4 <= width
        } ?? []
        let labelWidth = TextLayout.width(label)
        let gap = labelWidth + 4
        let fronts = Scale.widths(
            [l, k], budget: width - gap - labelWidth - 2, minimum: minimum,
            cap: frontCap(width, share: 50), reference: 256
        )
        let rows = options.compact ? 3 : Scale.size(c, reference: 64, lower: 3, upper: 6)
        let strip = Box3D(frontWidth: fronts[0], frontHeight: rows, depth: 0)
        let kernel = Box3D(frontWidth: fronts[1], frontHeight: rows, depth: 0)
        let kernelCol = strip.width + gap

        let stripTitle = TextLayout.wrap(
            segments: ["input", glyphs.volume([l], channels: c), glyphs.channelsFirst ? "(channels \(glyphs.times) length)" : "(length \(glyphs.times) channels)"],
            separator: " ", width: max(strip.width, kernelCol - 2)
        )
        let kernelTitle = TextLayout.wrap(
            segments: ["one kernel", glyphs.volume([k], channels: c)],
            separator: " ", width: max(kernel.width, width - kernelCol)
        )
        let top = max(stripTitle.count, kernelTitle.count)

        var canvas = Canvas()
        canvas.put(lines: stripTitle, at: Point(row: top - stripTitle.count, col: 0), role: .input)
        canvas.put(lines: kernelTitle, at: Point(row: top - kernelTitle.count, col: kernelCol), role: .kernel)
        let stripGeometry = strip.draw(on: &canvas, at: Point(row: top, col: 0), role: .input, glyphs: glyphs)
        let kernelGeometry = kernel.draw(on: &canvas, at: Point(row: top, col: kernelCol), role: .kernel, glyphs: glyphs)
        for geometry in [stripGeometry, kernelGeometry] {
            canvas.put(lines: label, at: Point(row: geometry.front.top + 1, col: geometry.front.right + 2), role: .emphasis)
        }
        let below = top + rows
        canvas.put("length \(l)", centeredIn: 0, strip.width - 1, row: below, role: .input)
        canvas.put("size \(k)", centeredIn: kernelCol, kernelCol + kernel.width - 1, row: below, role: .kernel)

        let slides = f == 1 ? "1 kernel like this slides" : "\(f) kernels like this slide"
        let caption = TextLayout.wrap(
            segments: ["\(slides) along the length,", biases ? "one bias each" : "no biases"],
            separator: " ", width: width
        )
        canvas.put(lines: caption, at: Point(row: below + 1, col: 0), role: .muted)
        return finish(canvas.diagram, options)
    }
}
