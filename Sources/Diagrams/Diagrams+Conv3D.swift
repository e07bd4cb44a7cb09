/// The Conv3D figure with the geometry of its two boxes, so tests can compare their depth edges.
struct Conv3DFigure: Sendable, Equatable {
    var canvas: Canvas
    var input: BoxGeometry
    var kernel: BoxGeometry

    var diagram: Diagram { canvas.diagram }
}

extension Diagrams {
    /// Spatial depth of input (inputDepth) vs kernel (kernelDepth) drawn different; channels equal.
    public static func conv3D(
        inputDepth: Int, inputHeight: Int, inputWidth: Int, channels: Int,
        kernelDepth: Int, kernelHeight: Int, kernelWidth: Int,
        options: DiagramOptions
    ) -> Diagram {
        let figure = conv3DFigure(
            inputDepth: inputDepth, inputHeight: inputHeight, inputWidth: inputWidth, channels: channels,
            kernelDepth: kernelDepth, kernelHeight: kernelHeight, kernelWidth: kernelWidth, options: options
        )
        return finish(figure.diagram, options)
    }

    static func conv3DFigure(
        inputDepth: Int, inputHeight: Int, inputWidth: Int, channels: Int,
        kernelDepth: Int, kernelHeight: Int, kernelWidth: Int,
        options: DiagramOptions
    ) -> Conv3DFigure {
        let glyphs = Glyphs(options)
        let width = layoutWidth(options)
        let (d, h, w, c) = (positive(inputDepth), positive(inputHeight), positive(inputWidth), positive(channels))
        let (kd, kh, kw) = (positive(kernelDepth), positive(kernelHeight), positive(kernelWidth))

        let (inSteps, kernelSteps) = distinctSteps(d, kd, options)
        let minimum = 5
        let inLabels = edgeLabels("depth", d, glyphs: glyphs)
        let kernelLabels = edgeLabels("depth", kd, glyphs: glyphs)
        let fixed = inSteps + kernelSteps + 2 + 2 * minimum + 4 + 2
        let choice = inLabels.indices.first {
            fixed + TextLayout.width(inLabels[$0]) + TextLayout.width(kernelLabels[$0]) + 4 <= width
        } ?? inLabels.count - 1
        let (inLabel, kernelLabel) = (inLabels[choice], kernelLabels[choice])
        let gap = TextLayout.width(inLabel) + 4

        let inFace = glyphs.dims([h, w])
        let kernelFace = glyphs.dims([kh, kw])
        let fronts = Scale.widths(
            [w, kw], budget: width - inSteps - kernelSteps - 2 - gap - TextLayout.width(kernelLabel) - 2 - 2,
            minimum: minimum, cap: frontCap(width, share: 40), reference: 128
        )
        let inBox = Box3D(
            frontWidth: centring(fronts[0], for: inFace),
            frontHeight: Scale.size(
                h, reference: 64, lower: 3, upper: frontRowLimit(boxRows: 9, offset: inSteps + 1, ceiling: 6, options)
            ),
            depth: inSteps
        )
        let kernelBox = Box3D(
            frontWidth: centring(fronts[1], for: kernelFace),
            frontHeight: Scale.size(
                kh, reference: 64, lower: 3, upper: frontRowLimit(boxRows: 9, offset: kernelSteps + 1, ceiling: 6, options)
            ),
            depth: kernelSteps
        )

        let kernelCol = inBox.width + gap
        let inTitle = TextLayout.wrap(
            segments: ["input", glyphs.dims([d, h, w])], separator: " ", width: max(inBox.width, kernelCol - 2)
        )
        let kernelTitle = TextLayout.wrap(
            segments: ["one kernel", glyphs.dims([kd, kh, kw])], separator: " ", width: max(kernelBox.width, width - kernelCol)
        )
        let columnHeight = max(inTitle.count + inBox.height, kernelTitle.count + kernelBox.height)

        var canvas = Canvas()
        let input = inBox.draw(on: &canvas, at: Point(row: columnHeight - inBox.height, col: 0), role: .input, glyphs: glyphs)
        let kernel = kernelBox.draw(
            on: &canvas, at: Point(row: columnHeight - kernelBox.height, col: kernelCol), role: .kernel, glyphs: glyphs
        )
        canvas.put(lines: inTitle, at: Point(row: input.bounds.top - inTitle.count, col: 0), role: .input)
        canvas.put(lines: kernelTitle, at: Point(row: kernel.bounds.top - kernelTitle.count, col: kernelCol), role: .kernel)
        input.putLabel(inFace, on: &canvas, role: .input)
        kernel.putLabel(kernelFace, on: &canvas, role: .kernel)
        input.depthEdge.putLabel(inLabel, on: &canvas, role: .input)
        kernel.depthEdge.putLabel(kernelLabel, on: &canvas, role: .kernel)

        let channelText = "\(glyphs.times) \(plural(c, "channel"))"
        canvas.put(channelText, centeredIn: input.front.left, input.front.right, row: columnHeight, role: .emphasis)
        canvas.put(channelText, centeredIn: kernel.front.left, kernel.front.right, row: columnHeight, role: .emphasis)
        let depthNote = d == kd
            ? "here the spatial depth matches too (\(d) = \(kd))"
            : "the spatial depth need not (\(d) vs \(kd))"
        let caption = TextLayout.phrases(["channels match (\(c) = \(c));", depthNote], width: width)
        canvas.put(lines: caption, at: Point(row: columnHeight + 1, col: 0), role: .muted)
        return Conv3DFigure(canvas: canvas, input: input, kernel: kernel)
    }

    /// Depth steps for two depths that keep their order visible: a smaller depth always gets fewer steps.
    static func distinctSteps(_ first: Int, _ second: Int, _ options: DiagramOptions) -> (Int, Int) {
        var (a, b) = (depthSteps(first, options), depthSteps(second, options))
        if first != second, a == b {
            if first > second {
                if a < 3 { a += 1 } else { b -= 1 }
            } else {
                if b < 3 { b += 1 } else { a -= 1 }
            }
        }
        return (a, b)
    }
}
