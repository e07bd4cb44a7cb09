import StyledText

extension Diagrams {
    /// A transposed convolution: the input volume grows into a larger output volume, and the caption shows
    /// the weight shape with in and out channels in swapped places. Without `outputSizeShown` the output's
    /// height and width are written `?` (the box still drawn to scale), for a step that comes before the
    /// one working them out.
    public static func transposed(
        inputHeight: Int, inputWidth: Int, inputChannels: Int,
        outputHeight: Int, outputWidth: Int, outputChannels: Int,
        kernelHeight: Int, kernelWidth: Int,
        outputSizeShown: Bool = true,
        options: DiagramOptions
    ) -> Diagram {
        let glyphs = Glyphs(options)
        let width = layoutWidth(options)
        let (ih, iw, ic) = (positive(inputHeight), positive(inputWidth), positive(inputChannels))
        let (oh, ow, oc) = (positive(outputHeight), positive(outputWidth), positive(outputChannels))
        let (kh, kw) = (positive(kernelHeight), positive(kernelWidth))

        let (inSteps, outSteps) = (depthSteps(ic, options), depthSteps(oc, options))
        let kernelText = glyphs.dims([kh, kw])
        let arrowWidth = max(6, min(kernelText.count, 12))
        let gap = 2
        let fixed = (inSteps + 1) + (outSteps + 1) + arrowWidth + 2 * gap
        let inFace = glyphs.dims([ih, iw])
        let unknown = "? \(glyphs.times) ?"
        let outFace = outputSizeShown ? glyphs.dims([oh, ow]) : unknown
        let outTitle = outputSizeShown ? glyphs.volume([oh, ow], channels: oc)
            : glyphs.channelsFirst ? "\(oc) \(glyphs.times) \(unknown)" : "\(unknown) \(glyphs.times) \(oc)"
        var fronts = Scale.widths(
            [iw, ow], budget: width - fixed - 2, minimum: 5, cap: frontCap(width, share: 40), reference: 128
        )
        let rowLimit = min(frontRowLimit(boxRows: 8, offset: inSteps + 1, options), frontRowLimit(boxRows: 8, offset: outSteps + 1, options))
        var rows = [ih, oh].map { Scale.size($0, reference: 64, lower: 3, upper: rowLimit) }
        fronts = ordered(fronts, by: (iw, ow), step: 2, minimum: 5)
        rows = ordered(rows, by: (ih, oh), step: 1, minimum: 3)
        let inBox = Box3D(frontWidth: centring(fronts[0], for: inFace), frontHeight: rows[0], depth: inSteps)
        let outBox = Box3D(frontWidth: centring(fronts[1], for: outFace), frontHeight: rows[1], depth: outSteps)

        let arrowLines = TextLayout.phrases(["kernel", kernelText], width: arrowWidth).map { ($0, TextRole.kernel) }
            + [(glyphs.arrow(arrowWidth), TextRole.emphasis)]
        let items = [
            RowItem(
                body: inBox.diagram(role: .input, glyphs: glyphs, label: inFace),
                title: [(["input", glyphs.volume([ih, iw], channels: ic)], .input)]
            ),
            RowItem(body: arrowBlock(arrowLines, rowsBelow: min(inBox.frontHeight, outBox.frontHeight) / 2)),
            RowItem(
                body: outBox.diagram(role: .output, glyphs: glyphs, label: outFace),
                title: [(["output", outTitle], .output)]
            ),
        ]
        var (canvas, _) = RowLayout.place(items, width: width)

        let list = { (numbers: [Int]) in "(" + numbers.map(String.init).joined(separator: ", ") + ")" }
        let caption = [
            ["the weight shape swaps in and out:"],
            ["Keras kernel", list([kh, kw, oc, ic]), "= (kh, kw, out, in)"],
            ["PyTorch weight", list([ic, oc, kh, kw]), "= (in, out, kh, kw)"],
        ].flatMap { TextLayout.phrases($0, width: width) }
        canvas.put(lines: caption, at: Point(row: canvas.height, col: 0), role: .muted)
        return finish(canvas.diagram, options)
    }

    /// Two drawn sizes nudged apart by `step` so that the larger number is drawn larger (and equal numbers equal).
    static func ordered(_ sizes: [Int], by numbers: (Int, Int), step: Int, minimum: Int) -> [Int] {
        var (a, b) = (sizes[0], sizes[1])
        if numbers.0 < numbers.1, a >= b {
            a = max(minimum, b - step)
            if a >= b { b = a + step }
        } else if numbers.0 > numbers.1, b >= a {
            b = max(minimum, a - step)
            if b >= a { a = b + step }
        }
        return [a, b]
    }
}
