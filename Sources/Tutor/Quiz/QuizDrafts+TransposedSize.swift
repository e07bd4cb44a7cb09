import ConvMath

extension QuizDrafts {
    // MARK: - A transposed convolution's output size

    static func transposedShape(_ difficulty: Difficulty, random: inout SeededGenerator) -> QuizDraft {
        var side: Int, channels: Int, filters: Int, kernel: Int, stride: Int, padding = 0, extra = 0
        switch difficulty {
        case .mental:
            (side, channels, filters) = (random.int(in: 2...9), random.int(in: 2...8), random.int(in: 2...8))
            (kernel, stride) = (random.pick([2, 3, 3, 4, 5]), random.pick([1, 2, 2, 3]))
            padding = random.pick([0, 0, 1])
        case .typical:
            (side, channels, filters) = (random.pick([4, 7, 8, 14, 16, 28, 32]), random.pick([64, 128, 256, 512]), random.pick([32, 64, 128]))
            (kernel, stride, padding) = random.pick([(4, 2, 1), (2, 2, 0), (3, 2, 1), (3, 2, 0), (5, 2, 2), (3, 1, 1)])
        case .interview:
            (side, channels, filters, kernel, stride, padding, extra) = random.pick([
                (7, 64, 32, 3, 2, 1, 1), (1, 100, 512, 4, 1, 0, 0), (4, 512, 256, 4, 2, 1, 0), (16, 128, 64, 5, 2, 2, 1),
                (14, 32, 1, 3, 2, 1, 1), (28, 64, 32, 2, 2, 0, 0), (8, 256, 128, 3, 3, 1, 2),
            ])
        }
        if difficulty != .interview, padding > 0, stride > 1, random.chance(1, in: 3) { extra = 1 }
        padding = min(padding, (kernel - 1) / 2 + (kernel % 2 == 0 ? 1 : 0))
        let shape = input(side, channels)
        let pytorchInput = channelsFirst(shape)
        var call = "nn.ConvTranspose2d(\(channels), \(filters), kernel_size=\(kernel)"
        if stride > 1 { call += ", stride=\(stride)" }
        if padding > 0 { call += ", padding=\(padding)" }
        if extra > 0 { call += ", output_padding=\(extra)" }
        call += ")"
        let settings = ["stride \(stride)"] + (padding > 0 ? ["padding \(padding)"] : []) + (extra > 0 ? ["output_padding \(extra)"] : [])
        if padding > 0 || extra > 0 || random.chance(1, in: 2) {
            return QuizDraft(
                sentence: "A transposed convolution with \(filters) filters of \(kernel)×\(kernel), "
                    + settings.joined(separator: ", ") + ", over \(anInput(pytorchInput.dimensions)) in PyTorch.",
                ask: "What is the output's height?", target: .outputHeight, keras: [], pytorch: [call], pytorchInput: pytorchInput,
                focusLayer: 0, engine: .pytorch)
        }
        let same = random.chance(1, in: 3)
        var keras = "Conv2DTranspose(filters=\(filters), kernel_size=\(kerasTuple([kernel, kernel]))"
        if stride > 1 { keras += ", strides=\(kerasTuple([stride, stride]))" }
        keras += ", padding='\(same ? "same" : "valid")')"
        return QuizDraft(
            sentence: "A transposed convolution with \(filters) filters of \(kernel)×\(kernel), stride \(stride) and "
                + "padding='\(same ? "same" : "valid")' over \(anInput(shape)).",
            ask: "What is the output's height?", target: .outputHeight, keras: [kerasInput(shape), keras],
            pytorch: !same && kernel >= stride ? [call] : [], pytorchInput: pytorchInput, focusLayer: 0)
    }
}
