import StyledText

/// The key figure with the geometry of its two boxes, so tests can check that the depth edges line up.
struct KernelMatchesInputFigure: Sendable, Equatable {
    var canvas: Canvas
    var input: BoxGeometry
    var kernel: BoxGeometry

    var diagram: Diagram { canvas.diagram }
}

extension Diagrams {
    /// The key figure: input H×W×D and one kernel KH×KW×D side by side, depth edges level and equal, labelled "depth D".
    public static func kernelMatchesInput(
        inputHeight: Int, inputWidth: Int, depth: Int,
        kernelHeight: Int, kernelWidth: Int,
        options: DiagramOptions
    ) -> Diagram {
        let figure = kernelMatchesInputFigure(
            inputHeight: inputHeight, inputWidth: inputWidth, depth: depth,
            kernelHeight: kernelHeight, kernelWidth: kernelWidth, options: options
        )
        return finish(figure.diagram, options)
    }

    static func kernelMatchesInputFigure(
        inputHeight: Int, inputWidth: Int, depth: Int,
        kernelHeight: Int, kernelWidth: Int,
        options: DiagramOptions
    ) -> KernelMatchesInputFigure {
        let glyphs = Glyphs(options)
        let width = layoutWidth(options)
        let (h, w, d) = (positive(inputHeight), positive(inputWidth), positive(depth))
        let (kh, kw) = (positive(kernelHeight), positive(kernelWidth))

        let steps = depthSteps(d, options)
        let offset = steps + 1
        let minimumFront = 5
        let label = edgeLabels("depth", d, glyphs: glyphs).first {
            2 * (minimumFront + offset + TextLayout.width($0) + 2) + 2 + 4 <= width
        } ?? []
        let labelWidth = TextLayout.width(label)
        let gap = labelWidth + 4

        let fronts = Scale.widths(
            [w, kw], budget: width - 2 * offset - gap - labelWidth - 2 - 2, minimum: minimumFront,
            cap: frontCap(width), reference: 128
        )
        let rowLimit = frontRowLimit(boxRows: 10, offset: offset, options)
        let inputLabel = glyphs.dims([h, w])
        let kernelLabel = glyphs.dims([kh, kw])
        let inputBox = Box3D(
            frontWidth: centring(fronts[0], for: inputLabel),
            frontHeight: Scale.size(h, reference: 64, lower: 3, upper: rowLimit),
            depth: steps
        )
        let kernelBox = Box3D(
            frontWidth: centring(fronts[1], for: kernelLabel),
            frontHeight: Scale.size(kh, reference: 64, lower: 3, upper: rowLimit),
            depth: steps
        )

        let kernelCol = inputBox.width + gap
        let inputTitle = TextLayout.phrases(["input", glyphs.volume([h, w], channels: d)], width: max(inputBox.width, kernelCol - 2))
        let kernelTitle = TextLayout.phrases(["one kernel", glyphs.volume([kh, kw], channels: d)], width: max(kernelBox.width, width - kernelCol))
        let columnHeight = max(inputTitle.count + inputBox.height, kernelTitle.count + kernelBox.height)

        var canvas = Canvas()
        let input = inputBox.draw(on: &canvas, at: Point(row: columnHeight - inputBox.height, col: 0), role: .input, glyphs: glyphs)
        let kernel = kernelBox.draw(
            on: &canvas, at: Point(row: columnHeight - kernelBox.height, col: kernelCol), role: .kernel, glyphs: glyphs
        )
        canvas.put(lines: inputTitle, at: Point(row: input.bounds.top - inputTitle.count, col: 0), role: .input)
        canvas.put(lines: kernelTitle, at: Point(row: kernel.bounds.top - kernelTitle.count, col: kernelCol), role: .kernel)
        input.putLabel(inputLabel, on: &canvas, role: .input)
        kernel.putLabel(kernelLabel, on: &canvas, role: .kernel)
        input.depthEdge.putLabel(label, on: &canvas, role: .emphasis)
        kernel.depthEdge.putLabel(label, on: &canvas, role: .emphasis)

        let caption = WordWrap.lines("a kernel is as deep as its input: \(plural(d, "channel"))", width: width)
        canvas.put(lines: caption, at: Point(row: columnHeight, col: 0), role: .muted)
        return KernelMatchesInputFigure(canvas: canvas, input: input, kernel: kernel)
    }
}
