import StyledText

extension Diagrams {
    /// A depthwise convolution: every input channel on its own row with its own KH×KW×1 kernel(s)
    /// (× depth multiplier) and its own output map(s); nothing crosses between rows.
    public static func depthwise(
        inputHeight: Int, inputWidth: Int, channels: Int,
        kernelHeight: Int, kernelWidth: Int, depthMultiplier: Int,
        biases: Bool = true,
        options: DiagramOptions
    ) -> Diagram {
        let glyphs = Glyphs(options)
        let width = layoutWidth(options)
        let (h, w, c) = (positive(inputHeight), positive(inputWidth), positive(channels))
        let (kh, kw, dm) = (positive(kernelHeight), positive(kernelWidth), positive(depthMultiplier))

        let convolve = "  \(glyphs.convolve)  "
        let multiplier = dm > 1 ? " \(glyphs.times) \(dm)" : ""
        let arrow = "  \(glyphs.arrow(3))  "
        let bias = biases ? " + b" : ""
        let room = width - convolve.count - multiplier.count - arrow.count - bias.count
        let kernelWidthDrawn = odd(min(Scale.size(kw, reference: 64, lower: 5, upper: 9), max(3, room / 5)))
        let inputWidthDrawn = min(
            Scale.size(w, reference: 256, lower: 9, upper: max(9, frontCap(width, share: 30))),
            max(3, (room - kernelWidthDrawn) * 55 / 100)
        )
        let outputWidthDrawn = max(3, min(inputWidthDrawn - 2, room - kernelWidthDrawn - inputWidthDrawn))

        let kernelCol = inputWidthDrawn + convolve.count
        let outputCol = kernelCol + kernelWidthDrawn + multiplier.count + arrow.count

        var canvas = Canvas()
        let kernels = glyphs.volume([kh, kw], channels: 1)
        let summary = dm == 1
            ? ["one", kernels, "kernel per input channel;", "channels never mix"]
            : ["\(dm) kernels", kernels, "per channel", "(multiplier \(dm)),", "no mixing"]
        let title = TextLayout.phrases(summary, width: width)
        canvas.put(lines: title, at: Point(row: 0, col: 0), role: .muted)
        let headers: [([String], Int, Int, TextRole)] = [
            (["input", glyphs.volume([h, w], channels: c)], 0, kernelCol - 2, .input),
            ([dm == 1 ? "kernel" : "kernels"], kernelCol, outputCol - 2, .kernel),
            (["output"], outputCol, width, .output),
        ]
        let headerLines = headers.map { TextLayout.phrases($0.0, width: max(1, $0.2 - $0.1)) }
        for (index, header) in headers.enumerated() {
            canvas.put(lines: headerLines[index], at: Point(row: title.count, col: header.1), role: header.3)
        }

        var row = title.count + headerLines.reduce(0) { max($0, $1.count) }
        let drawnWhole = options.compact ? 2 : 3
        let shown: [Int?] = c <= drawnWhole ? (1...c).map { $0 } : options.compact ? [1, nil, c] : [1, 2, nil, c]
        for channel in shown {
            guard let channel else {
                for (col, span) in [(0, inputWidthDrawn), (kernelCol, kernelWidthDrawn), (outputCol, outputWidthDrawn)] {
                    canvas.put(glyphs.verticalEllipsis, centeredIn: col, col + span - 1, row: row, role: .emphasis)
                }
                row += 1
                continue
            }
            let middle = row + 1
            let input = Box3D(frontWidth: inputWidthDrawn, frontHeight: 3, depth: 0)
                .draw(on: &canvas, at: Point(row: row, col: 0), role: .input, glyphs: glyphs)
            let inputName = ["channel \(channel)", "ch \(channel)", "\(channel)"].first { $0.count <= inputWidthDrawn - 2 }
            if let inputName { input.putLabel(inputName, on: &canvas, role: .input) }
            canvas.put(convolve, at: Point(row: middle, col: inputWidthDrawn), role: .emphasis)

            let kernel = Box3D(frontWidth: kernelWidthDrawn, frontHeight: 3, depth: 0)
                .draw(on: &canvas, at: Point(row: row, col: kernelCol), role: .kernel, glyphs: glyphs)
            kernel.putLabel("\(channel)", on: &canvas, role: .kernel)
            canvas.put(multiplier, at: Point(row: middle, col: kernelCol + kernelWidthDrawn), role: .kernel)
            canvas.put(arrow, at: Point(row: middle, col: kernelCol + kernelWidthDrawn + multiplier.count), role: .emphasis)

            let output = Box3D(frontWidth: outputWidthDrawn, frontHeight: 3, depth: 0)
                .draw(on: &canvas, at: Point(row: row, col: outputCol), role: .output, glyphs: glyphs)
            let mapNames = dm == 1 ? ["map \(channel)", "\(channel)"] : ["\(dm) maps", "\(dm)"]
            if let mapName = mapNames.first(where: { $0.count <= outputWidthDrawn - 2 }) {
                output.putLabel(mapName, on: &canvas, role: .output)
            }
            canvas.put(bias, at: Point(row: middle, col: outputCol + outputWidthDrawn), role: .bias)
            row += 3
        }
        return finish(canvas.diagram, options)
    }
}
