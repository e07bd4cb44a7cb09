import ConvMath

extension QuizDrafts {
    // MARK: - What a separable convolution saves

    /// A standard convolution and its depthwise-separable version, without biases as the classic
    /// comparison counts weights: the separable count, the standard count, or how many fewer.
    static func separableSavings(_ difficulty: Difficulty, random: inout SeededGenerator) -> QuizDraft {
        let side: Int, channels: Int, filters: Int, kernel: Int
        switch difficulty {
        case .mental:
            (side, channels, filters, kernel) = (random.int(in: 6...12), random.int(in: 2...6), random.int(in: 2...8), random.pick([2, 3]))
        case .typical:
            (side, channels, filters) = random.pick([(112, 32, 64), (56, 64, 128), (56, 128, 128), (28, 128, 256), (28, 256, 256),
                                                     (14, 256, 512), (14, 512, 512), (7, 512, 1024)])
            kernel = random.pick([3, 3, 3, 5])
        case .interview:
            if random.chance(1, in: 3) {
                (side, channels, filters, kernel) = (56, 64, 128, 3)
            } else {
                (side, channels, filters) = random.pick([(112, 32, 64), (19, 728, 728), (14, 512, 512), (7, 1024, 1024),
                                                         (28, 256, 256), (32, 3, 64)])
                kernel = random.pick([3, 3, 5, 7])
            }
        }
        let shape = input(side, channels)
        let keras = "SeparableConv2D(filters=\(filters), kernel_size=\(kerasTuple([kernel, kernel])), use_bias=False)"
        let (target, ask): (QuestionTarget, String) = random.pick([
            (.separableSavings, "How many fewer parameters does the separable version have than the standard convolution?"),
            (.separableSavings, "How many fewer parameters does the separable version have than the standard convolution?"),
            (.standardCounterpart, "How many parameters does the standard convolution have?"),
            (.modelParameters, "How many parameters does the separable version have?"),
        ])
        let pytorch = [
            "nn.Conv2d(\(channels), \(channels), kernel_size=\(kernel), groups=\(channels), bias=False)",
            "nn.Conv2d(\(channels), \(filters), kernel_size=1, bias=False)",
        ]
        return QuizDraft(
            sentence: "A standard \(kernel)×\(kernel) convolution from \(channels) to \(filters) channels over "
                + "\(anInput(shape)) is replaced by its depthwise-separable version (Keras SeparableConv2D), "
                + "both without biases.",
            ask: ask, target: target, keras: [kerasInput(shape), keras],
            pytorch: target == .modelParameters ? pytorch : [], pytorchInput: channelsFirst(shape), focusLayer: 0)
    }
}
