import ConvMath

extension QuizDrafts {
    // MARK: - Pooling

    static func pooling(_ difficulty: Difficulty, random: inout SeededGenerator) -> QuizDraft {
        let kind = random.below(3)
        if kind == 2 { return poolingModel(difficulty, random: &random) }
        var side: Int, channels: Int, size: Int, stride: Int
        switch difficulty {
        case .mental:
            (side, channels) = (random.int(in: 7...31), random.int(in: 1...8))
            (size, stride) = random.pick([(2, 2), (2, 2), (3, 2), (3, 3), (3, 1)])
        case .typical:
            (side, channels) = random.pick([(109, 64), (55, 96), (27, 256), (13, 384), (57, 128), (113, 64), (75, 32), (149, 32)])
            (size, stride) = random.pick([(2, 2), (2, 2), (3, 2)])
        case .interview:
            (side, channels, size, stride) = random.pick([
                (109, 64, 2, 2), (55, 96, 3, 2), (27, 256, 3, 2), (13, 256, 3, 2), (147, 64, 3, 2), (71, 192, 3, 2), (35, 288, 3, 2),
            ])
        }
        var padding = 0
        if kind == 1 {
            if stride == 1 { (size, stride) = (2, 2) }
            if difficulty != .interview && random.chance(1, in: 3) { (size, stride, padding) = (2, 2, 1) }
            if (side + 2 * padding - size) % stride == 0 { side += 1 }
        }
        let shape = input(side, channels)
        let window = "A \(size)×\(size) max pooling" + (stride == size ? "" : " with stride \(stride)")
        let pytorchInput = channelsFirst(shape)
        if kind == 1 {
            let call = "nn.MaxPool2d(\(size)" + (stride == size ? "" : ", stride=\(stride)") + (padding > 0 ? ", padding=\(padding)" : "")
                + ", ceil_mode=True)"
            return QuizDraft(
                sentence: "\(window)\(padding > 0 ? ", padding \(padding)" : ""), with ceil_mode=True, over \(anInput(pytorchInput.dimensions)) in PyTorch.",
                ask: "What is the output's height?", target: .outputHeight, keras: [], pytorch: [call],
                pytorchInput: pytorchInput, focusLayer: 0, engine: .pytorch)
        }
        let same = difficulty != .mental && random.chance(1, in: 4)
        var keras = "MaxPooling2D(pool_size=\(kerasTuple([size, size]))"
        if stride != size { keras += ", strides=\(kerasTuple([stride, stride]))" }
        keras += same ? ", padding='same')" : ")"
        return QuizDraft(
            sentence: "\(window)\(same ? (stride == size ? " with" : " and") + " padding='same'" : "") over \(anInput(shape)).",
            ask: "What is the output's height?", target: .outputHeight, keras: [kerasInput(shape), keras],
            pytorch: same ? [] : ["nn.MaxPool2d(\(size)" + (stride == size ? ")" : ", stride=\(stride))")],
            pytorchInput: pytorchInput, focusLayer: 0)
    }

    /// A convolution, a pooling layer and a second convolution: how many parameters in all.
    static func poolingModel(_ difficulty: Difficulty, random: inout SeededGenerator) -> QuizDraft {
        let shape: [Int], first: ConvolutionCode, second: ConvolutionCode, size: Int
        switch difficulty {
        case .mental:
            shape = input(random.int(in: 10...16), random.int(in: 1...3))
            first = ConvolutionCode(filters: random.int(in: 2...6), kernel: [3, 3])
            second = ConvolutionCode(filters: random.int(in: 2...6), kernel: [3, 3])
            size = 2
        case .typical:
            let (side, channels) = random.pick([(32, 3), (28, 1), (64, 3), (224, 3)])
            shape = input(side, channels)
            let filters = random.pick([16, 32, 64])
            first = ConvolutionCode(filters: filters, kernel: [3, 3], same: true)
            second = ConvolutionCode(filters: filters * 2, kernel: [3, 3], same: true)
            size = 2
        case .interview:
            shape = input(227, 3)
            first = ConvolutionCode(filters: 96, kernel: [11, 11], strides: 4)
            second = ConvolutionCode(filters: 256, kernel: [5, 5], same: true)
            size = 3
        }
        let layers: [StackLayerCode] = [.convolution(first), .pooling(size: size, stride: 2), .convolution(second)]
        let stack = StackLayerCode.stack(layers, input: shape)
        return QuizDraft(
            sentence: "\(article(shape.first ?? 0).capitalizedFirst) \(timesText(shape)) input goes through \(stack.words). "
                + "Every convolution has biases.",
            ask: "How many parameters does the model have in total?", target: .modelParameters,
            keras: stack.keras, pytorch: stack.pytorch, pytorchInput: channelsFirst(shape), focusLayer: 2)
    }
}
