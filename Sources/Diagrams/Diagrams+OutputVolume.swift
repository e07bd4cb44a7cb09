import StyledText

extension Diagrams {
    /// Input volume → output volume OH×OW×M, with caption lines passed in (e.g. the size formula) beside the
    /// output when there is room, else below; in ASCII mode their non-ASCII signs are spelled in ASCII.
    public static func outputVolume(
        inputHeight: Int, inputWidth: Int, inputDepth: Int,
        outputHeight: Int, outputWidth: Int, outputDepth: Int,
        caption: [String],
        options: DiagramOptions
    ) -> Diagram {
        let glyphs = Glyphs(options)
        let width = layoutWidth(options)
        let (ih, iw, id) = (positive(inputHeight), positive(inputWidth), positive(inputDepth))
        let (oh, ow, od) = (positive(outputHeight), positive(outputWidth), positive(outputDepth))
        let caption = caption.filter { !$0.isEmpty }.map(glyphs.safe)

        let (inSteps, outSteps) = (depthSteps(id, options), depthSteps(od, options))
        let arrow = glyphs.arrow(5)
        let gap = 2
        let fixed = (inSteps + 1) + (outSteps + 1) + arrow.count + 2 * gap
        let roomForBoxes = 2 * 5 + 16
        let captionNatural = TextLayout.width(caption)
        let captionRoom = min(captionNatural, width - fixed - roomForBoxes - 3)
        let beside = !caption.isEmpty && captionRoom >= min(captionNatural, 24)
        let boxesWidth = beside ? width - captionRoom - 3 : width

        let inLabel = glyphs.dims([ih, iw])
        let outLabel = glyphs.dims([oh, ow])
        let fronts = Scale.widths(
            [iw, ow], budget: boxesWidth - fixed - 2, minimum: 5,
            cap: frontCap(width, share: 30), reference: 128
        )
        let inBox = Box3D(
            frontWidth: centring(fronts[0], for: inLabel),
            frontHeight: Scale.size(ih, reference: 64, lower: 3, upper: frontRowLimit(boxRows: 9, offset: inSteps + 1, options)),
            depth: inSteps
        )
        let outBox = Box3D(
            frontWidth: centring(fronts[1], for: outLabel),
            frontHeight: Scale.size(oh, reference: 64, lower: 3, upper: frontRowLimit(boxRows: 9, offset: outSteps + 1, options)),
            depth: outSteps
        )

        let items = [
            RowItem(
                body: inBox.diagram(role: .input, glyphs: glyphs, label: inLabel),
                title: [(["input", glyphs.volume([ih, iw], channels: id)], .input)]
            ),
            RowItem(body: arrowBlock([(arrow, .emphasis)], rowsBelow: min(inBox.frontHeight, outBox.frontHeight) / 2)),
            RowItem(
                body: outBox.diagram(role: .output, glyphs: glyphs, label: outLabel),
                title: [(["output", glyphs.volume([oh, ow], channels: od)], .output)]
            ),
        ]
        var (canvas, origins) = RowLayout.place(items, width: width)
        if beside {
            let lines = caption.flatMap { WordWrap.lines($0, width: captionRoom) }
            let top = max(0, min(origins[2].row, canvas.height - lines.count))
            let left = origins[2].col + items[2].body.width + 3
            canvas.put(lines: lines, at: Point(row: top, col: left), role: .muted)
        } else {
            let lines = caption.flatMap { WordWrap.lines($0, width: width) }
            canvas.put(lines: lines, at: Point(row: canvas.height, col: 0), role: .muted)
        }
        return finish(canvas.diagram, options)
    }
}
