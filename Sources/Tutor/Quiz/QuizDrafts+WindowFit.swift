import ConvMath

extension QuizDrafts {
    // MARK: - Sizes that fit

    static func validSizes(_ difficulty: Difficulty, random: inout SeededGenerator) -> QuizDraft {
        var side: Int, channels: Int, filters: Int, kernel: Int, stride: Int
        switch difficulty {
        case .mental:
            (side, channels, filters) = (random.int(in: 7...20), random.int(in: 1...3), random.int(in: 2...8))
            (kernel, stride) = (random.pick([2, 3, 3, 4, 5]), random.pick([2, 2, 3]))
        case .typical:
            (side, channels) = random.pick([(224, 3), (112, 64), (56, 64), (32, 3), (64, 3), (100, 3), (28, 1)])
            (filters, kernel, stride) = (random.pick([16, 32, 64]), random.pick([3, 5, 7]), random.pick([2, 3, 4]))
        case .interview:
            (side, channels, filters, kernel, stride) = random.pick([
                (224, 3, 96, 11, 4), (10, 1, 8, 3, 2), (32, 3, 16, 5, 2), (28, 1, 6, 5, 3), (300, 3, 64, 7, 2), (128, 3, 32, 3, 2),
            ])
        }
        while side >= kernel, (side - kernel) % stride == 0 { side += 1 }
        let shape = input(side, channels)
        let code = ConvolutionCode(filters: filters, kernel: [kernel, kernel], strides: stride, showPadding: true)
        var asks: [(QuestionTarget, String)] = [
            (.outputHeight, "What output height do Keras and PyTorch give?"),
            (.spatial(.fittingInput), "The course convention calls a layer that does not fit exactly invalid. What is the "
                + "smallest input height, from \(side) up, at which this layer fits exactly?"),
        ]
        // When the rows left over and the rows missing are as many, no mistake tells them apart.
        if 2 * ((side - kernel) % stride) != stride {
            asks.append((.spatial(.leftoverRows), "How many rows at the bottom of the input does no window reach?"))
        }
        let (target, ask) = random.pick(asks)
        return QuizDraft(
            sentence: "\(filters) filters of \(kernel)×\(kernel) with stride \(stride) and padding='valid' over \(anInput(shape)): "
                + "(\(side) − \(kernel))/\(stride) + 1 is not a whole number.",
            ask: ask, target: target, keras: [kerasInput(shape), code.keras],
            pytorch: code.pytorch(inChannels: channels).map { [$0] } ?? [], pytorchInput: channelsFirst(shape), focusLayer: 0,
            keepsTarget: true)
    }
}
