import StyledText

extension Diagrams {
    /// A grouped convolution: the input's channels cut into g groups, each group with its own kernels that are
    /// only as deep as the group (D/g).
    public static func grouped(
        inputHeight: Int, inputWidth: Int, channels: Int, groups: Int,
        kernelHeight: Int, kernelWidth: Int, filters: Int,
        options: DiagramOptions
    ) -> Diagram {
        let glyphs = Glyphs(options)
        let width = layoutWidth(options)
        let (h, w, c) = (positive(inputHeight), positive(inputWidth), positive(channels))
        let (kh, kw, m) = (positive(kernelHeight), positive(kernelWidth), positive(filters))
        let g = min(positive(groups), c)
        let groupDepth = c / g
        let perGroup = max(1, m / g)

        let title = [
            (
                ["input", glyphs.volume([h, w], channels: c), "cut into", plural(g, "group"), "of", plural(groupDepth, "channel")],
                TextRole.input
            ),
            (
                ["\(plural(m, "kernel")),", "\(perGroup) per group,", "each", glyphs.volume([kh, kw], channels: groupDepth) + ":", "as deep as its group"],
                .kernel
            ),
        ].flatMap { segments, role in
            TextLayout.phrases(segments, width: width).map { StyledLine($0, role: role) }
        }

        let steps = depthSteps(groupDepth, options)
        let offset = steps + 1
        let multiplier = " \(glyphs.times) \(perGroup)"
        let kernelFront = odd(Scale.size(kw, reference: 64, lower: 5, upper: width >= 100 ? 11 : 7))
        let rowLimit = frontRowLimit(boxRows: 8, offset: offset, ceiling: 6, options)
        let groupFace = glyphs.dims([h, w])
        let groupBox = { (front: Int) in
            Box3D(
                frontWidth: centring(front, for: groupFace),
                frontHeight: Scale.size(h, reference: 64, lower: 3, upper: rowLimit),
                depth: steps
            )
        }
        let kernelBox = Box3D(
            frontWidth: kernelFront, frontHeight: Scale.size(kh, reference: 64, lower: 3, upper: rowLimit), depth: steps
        )

        let plans: [[Int?]] = switch g {
        case 1: [[1]]
        case 2: [[1, 2], [1, nil], [1]]
        case 3: [[1, 2, 3], [1, nil, 3], [1, nil], [1]]
        default: [[1, 2, nil, g], [1, nil, g], [1, nil], [1]]
        }
        let ellipsis = { (plan: [Int?]) in
            plan.last == .some(nil) ? "\(glyphs.ellipsis) \(glyphs.times) \(g) groups" : glyphs.ellipsis
        }
        let gap = 3
        let fits = { (plan: [Int?], front: Int) -> Bool in
            let groupWidth = groupBox(front).width + 2 + kernelBox.width + multiplier.count
            let groupsWidth = plan.compactMap { $0 }.count * groupWidth
            let ellipsisWidth = plan.contains(nil) ? ellipsis(plan).count : 0
            return groupsWidth + ellipsisWidth + gap * (plan.count - 1) <= width
        }
        let natural = Scale.size(w, reference: 128, lower: kernelFront + 2, upper: max(kernelFront + 2, frontCap(width, share: 25)))
        var chosen: (plan: [Int?], front: Int) = (plans[plans.count - 1], 5)
        search: for plan in plans {
            for front in stride(from: natural, through: kernelFront + 2, by: -1) where fits(plan, front) {
                chosen = (plan, front)
                break search
            }
        }
        if !fits(chosen.plan, chosen.front) {
            chosen.front = 5
        }

        var items: [RowItem] = []
        for entry in chosen.plan {
            guard let index = entry else {
                let rows = min(groupBox(chosen.front).frontHeight, kernelBox.frontHeight) / 2
                items.append(RowItem(body: arrowBlock([(ellipsis(chosen.plan), .emphasis)], rowsBelow: rows), gapAfter: gap))
                continue
            }
            let body = groupBody(
                group: groupBox(chosen.front), kernel: kernelBox, multiplier: multiplier,
                faces: (groupFace, glyphs.dims([kh, kw])), glyphs: glyphs
            )
            let last = index * groupDepth
            let channelsText = "channel\(groupDepth == 1 ? "" : "s") \(glyphs.range(last - groupDepth + 1, last))"
            items.append(RowItem(body: body, title: [(["group \(index):", channelsText], .input)], gapAfter: gap))
        }
        let (row, _) = RowLayout.place(items, width: width)
        return finish(Diagram(lines: title).above(row.diagram), options)
    }

    /// One group's slice of the input and one of its kernels, equally deep, bottoms level.
    private static func groupBody(
        group: Box3D, kernel: Box3D, multiplier: String, faces: (group: String, kernel: String), glyphs: Glyphs
    ) -> Diagram {
        var canvas = Canvas()
        let height = max(group.height, kernel.height)
        let groupGeometry = group.draw(on: &canvas, at: Point(row: height - group.height, col: 0), role: .input, glyphs: glyphs)
        groupGeometry.putLabel(faces.group, on: &canvas, role: .input)
        let kernelGeometry = kernel.draw(
            on: &canvas, at: Point(row: height - kernel.height, col: group.width + 2), role: .kernel, glyphs: glyphs
        )
        kernelGeometry.putLabel(faces.kernel, on: &canvas, role: .kernel)
        canvas.put(multiplier, at: Point(row: kernelGeometry.middleRow, col: kernelGeometry.bounds.right + 1), role: .kernel)
        return canvas.diagram
    }
}
