extension Diagrams {
    /// M kernels of KH×KW×D in a row ("⋯" and the last one beyond a handful), optionally one bias "b" beside each,
    /// with a caption line such as "10 kernels × (3·3·3) = 270 weights": the weights alone, since the biases
    /// and the total are later steps.
    public static func kernelStack(
        kernelHeight: Int, kernelWidth: Int, depth: Int,
        count: Int, biases: Bool,
        options: DiagramOptions
    ) -> Diagram {
        let glyphs = Glyphs(options)
        let width = layoutWidth(options)
        let (kh, kw, d, m) = (positive(kernelHeight), positive(kernelWidth), positive(depth), positive(count))

        let steps = depthSteps(d, options)
        let face = glyphs.dims([kh, kw])
        let box = Box3D(
            frontWidth: centring(Scale.size(kw, reference: 64, lower: 7, upper: width >= 100 ? 15 : width >= 70 ? 13 : 9), for: face),
            frontHeight: Scale.size(kh, reference: 64, lower: options.compact ? 3 : 4, upper: frontRowLimit(boxRows: 8, offset: steps + 1, ceiling: 5, options)),
            depth: steps
        )
        let bias = biases ? " + b" : ""
        let slot = box.width + bias.count
        let gap = 2
        let plan = stackPlans(count: m).first { stackWidth($0, slot: slot, gap: gap, glyphs: glyphs, count: m) <= width }
            ?? [1]

        var canvas = Canvas()
        let title = TextLayout.phrases([m == 1 ? "1 kernel," : "\(m) kernels, each", glyphs.volume([kh, kw], channels: d)], width: width)
        canvas.put(lines: title, at: Point(row: 0, col: 0), role: .kernel)
        let top = title.count
        var col = 0
        for item in plan {
            if let index = item {
                let geometry = box.draw(on: &canvas, at: Point(row: top, col: col), role: .kernel, glyphs: glyphs)
                geometry.putLabel(face, on: &canvas, role: .kernel)
                canvas.put(bias, at: Point(row: geometry.middleRow, col: col + box.width), role: .bias)
                canvas.put(
                    "#\(index)", centeredIn: geometry.front.left, geometry.front.right,
                    row: geometry.front.bottom + 1, role: .muted
                )
                col += slot + gap
            } else {
                let text = ellipsisText(after: plan, glyphs: glyphs, count: m)
                canvas.put(text, at: Point(row: top + box.offset + box.frontHeight / 2, col: col), role: .emphasis)
                col += text.count + gap
            }
        }

        let weights = DecimalNatural(m) * DecimalNatural.product([kh, kw, d])
        var segments = ["\(plural(m, "kernel")) \(glyphs.times) (\(glyphs.product([kh, kw, d]))) = \(weights.grouped) weights"]
        if biases {
            // The biases and the total are steps of their own: the picture of the weights never gives them away.
            segments += ["(each kernel's bias b comes next)"]
        } else {
            segments += ["(no biases)"]
        }
        let captionLines = TextLayout.wrap(segments: segments, width: width)
        canvas.put(lines: captionLines, at: Point(row: top + box.height + 1, col: 0), role: .muted)
        return finish(canvas.diagram, options)
    }

    /// Which kernels to draw, from most to fewest; `nil` stands for the elided ones.
    private static func stackPlans(count: Int) -> [[Int?]] {
        switch count {
        case 1: return [[1]]
        case 2: return [[1, 2], [1, nil]]
        case 3: return [[1, 2, 3], [1, nil, 3], [1, nil]]
        case 4: return [[1, 2, 3, 4], [1, 2, nil, 4], [1, nil, 4], [1, nil]]
        default: return [[1, 2, 3, nil, count], [1, 2, nil, count], [1, nil, count], [1, nil]]
        }
    }

    /// `⋯` between kernels, `⋯ × M` when it ends the row.
    private static func ellipsisText(after plan: [Int?], glyphs: Glyphs, count: Int) -> String {
        plan.last == .some(nil) ? "\(glyphs.ellipsis) \(glyphs.times) \(count)" : glyphs.ellipsis
    }

    private static func stackWidth(_ plan: [Int?], slot: Int, gap: Int, glyphs: Glyphs, count: Int) -> Int {
        let items = plan.map { $0 == nil ? ellipsisText(after: plan, glyphs: glyphs, count: count).count : slot }
        return items.reduce(0, +) + gap * (items.count - 1)
    }
}
