import StyledText

extension Diagrams {
    /// A separable convolution: a depthwise stage (one KH×KW×1 kernel per channel × depth multiplier, no bias),
    /// then a pointwise stage of M kernels 1×1×(D·multiplier), which carries the biases.
    public static func separable(
        inputHeight: Int, inputWidth: Int, channels: Int,
        kernelHeight: Int, kernelWidth: Int, depthMultiplier: Int, filters: Int,
        biases: Bool = true,
        options: DiagramOptions
    ) -> Diagram {
        let glyphs = Glyphs(options)
        let width = layoutWidth(options)
        let (h, w, c) = (positive(inputHeight), positive(inputWidth), positive(channels))
        let (kh, kw, dm, m) = (positive(kernelHeight), positive(kernelWidth), positive(depthMultiplier), positive(filters))
        let (product, overflow) = c.multipliedReportingOverflow(by: dm)
        let middleDepth = overflow ? Int.max : product
        let middleText = (DecimalNatural(c) * DecimalNatural(dm)).grouped

        let inSteps = depthSteps(c, options)
        let arrow = arrowBlock([(glyphs.arrow(4), .emphasis)], rowsBelow: 1)
        let pointwise = pointwiseBody(depth: middleDepth, count: m, biases: biases, glyphs: glyphs, options: options)
        let fullRow = depthwiseBody(count: middleDepth, countText: middleText, maxDrawn: 3, glyphs: glyphs)
        let shortRow = depthwiseBody(count: middleDepth, countText: middleText, maxDrawn: 1, glyphs: glyphs)
        let inputMinimum = 9 + inSteps + 1
        let plans: [(depthwise: Diagram, withInput: Bool)] = [(fullRow, true), (shortRow, true), (shortRow, false)]
        let rowWidth = { (plan: (depthwise: Diagram, withInput: Bool)) in
            (plan.withInput ? inputMinimum + arrow.width + 4 : 0) + plan.depthwise.width + arrow.width + pointwise.width + 4
        }
        let plan = plans.first { rowWidth($0) <= width }

        let depthwiseTitle: [([String], TextRole)] = [
            (["depthwise:", middleDepth == 1 ? "1 kernel" : "\(middleText) kernels", glyphs.volume([kh, kw], channels: 1)], .kernel),
            ([dm == 1 ? "one per channel," : "\(dm) per channel,", "no bias"], .kernel),
        ]
        let pointwiseTitle: [([String], TextRole)] = [
            (["pointwise:", plural(m, "kernel"), glyphs.channelsFirst ? "\(middleText) \(glyphs.times) 1 \(glyphs.times) 1" : "1 \(glyphs.times) 1 \(glyphs.times) \(middleText)"], .kernel),
            ([biases ? "+ 1 bias each" : "no bias"], .bias),
        ]
        let inputTitle = ["input", glyphs.volume([h, w], channels: c)]
        guard let plan else {
            let header = TextLayout.phrases(inputTitle, width: width).map { StyledLine($0, role: .input) }
            let stages = Diagram.vertical([
                Diagram(lines: header),
                titled(depthwiseTitle, width: width, body: shortRow),
                titled(pointwiseTitle, width: width, body: pointwise),
            ], gap: 0)
            return finish(stages, options)
        }
        var items = [
            RowItem(body: plan.depthwise, title: depthwiseTitle),
            RowItem(body: arrow),
            RowItem(body: pointwise, title: pointwiseTitle),
        ]
        let pointwiseTitleWidth = "pointwise: \(plural(m, "kernel"))".count
        let slack = width - rowWidth(plan) - max(0, pointwiseTitleWidth - pointwise.width)
        items[0].minimumWidth = min(24, plan.depthwise.width + max(0, slack))
        var header: [String] = []
        if plan.withInput {
            let used = items.reduce(0) { $0 + $1.width + $1.gapAfter } + arrow.width + 2
            let face = glyphs.dims([h, w])
            let front = centring(
                Scale.size(
                    w, reference: 128, lower: 7,
                    upper: max(7, min(frontCap(width, share: 25), width - used - inSteps - 1 - 1))
                ),
                for: face
            )
            let box = Box3D(
                frontWidth: front,
                frontHeight: Scale.size(
                    h, reference: 64, lower: 3, upper: frontRowLimit(boxRows: 8, offset: inSteps + 1, ceiling: 5, options)
                ),
                depth: inSteps
            )
            items.insert(contentsOf: [
                RowItem(body: box.diagram(role: .input, glyphs: glyphs, label: face), title: [(inputTitle, .input)]),
                RowItem(body: arrow),
            ], at: 0)
        } else {
            header = TextLayout.phrases(inputTitle, width: width)
        }
        let (row, _) = RowLayout.place(items, width: width)
        let top = Diagram(lines: header.map { StyledLine($0, role: .input) })
        return finish(top.above(row.diagram), options)
    }

    /// Depthwise kernels as thin slabs in a row: all of them up to `maxDrawn`, else the first ones, `⋯` and the last.
    private static func depthwiseBody(count: Int, countText: String, maxDrawn: Int, glyphs: Glyphs) -> Diagram {
        let labels: [String?]
        if count <= maxDrawn {
            labels = (1...max(1, count)).map { "\($0)" }
        } else if maxDrawn >= 3 {
            labels = ["1", "2", nil, countText]
        } else {
            labels = ["1", nil]
        }
        var canvas = Canvas()
        var col = 0
        for label in labels {
            if let label {
                let slab = Box3D(frontWidth: max(5, label.count + 2), frontHeight: 3, depth: 1)
                let geometry = slab.draw(on: &canvas, at: Point(row: 0, col: col), role: .kernel, glyphs: glyphs)
                geometry.putLabel(label, on: &canvas, role: .kernel)
                col += slab.width + 1
            } else {
                let text = labels.last == .some(nil) ? "\(glyphs.ellipsis) \(glyphs.times) \(countText)" : glyphs.ellipsis
                canvas.put(text, at: Point(row: 3, col: col), role: .emphasis)
                col += text.count + 1
            }
        }
        return canvas.diagram
    }

    /// One 1×1 kernel as deep as the depthwise output, with its count and, if any, its bias.
    private static func pointwiseBody(depth: Int, count: Int, biases: Bool, glyphs: Glyphs, options: DiagramOptions) -> Diagram {
        let box = Box3D(frontWidth: 3, frontHeight: 3, depth: depthSteps(depth, options))
        var canvas = Canvas()
        let geometry = box.draw(on: &canvas, at: Point(row: 0, col: 0), role: .kernel, glyphs: glyphs)
        canvas.put(" \(glyphs.times) \(count)", at: Point(row: geometry.middleRow, col: box.width), role: .kernel)
        if biases {
            canvas.put(" + b", at: Point(row: geometry.middleRow + 1, col: box.width), role: .bias)
        }
        return canvas.diagram
    }
}
