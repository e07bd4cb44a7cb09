import ConvMath

extension QuizDrafts {
    // MARK: - A 1×1 bottleneck

    /// A 1×1 reduction before a wide 'same' convolution, as in Inception: the path's parameters, its
    /// MACs, the wide convolution's MACs without the reduction, or what the reduction saves.
    static func bottleneck(_ difficulty: Difficulty, random: inout SeededGenerator) -> QuizDraft {
        let side: Int, channels: Int, reduced: Int, filters: Int, kernel: Int
        let inception = [(28, 192, 16, 32, 5), (28, 192, 96, 128, 3), (28, 256, 32, 96, 5), (14, 480, 16, 48, 5),
                         (14, 512, 24, 64, 5), (56, 256, 64, 64, 3), (28, 512, 128, 128, 3), (14, 832, 32, 128, 5)]
        switch difficulty {
        case .mental:
            channels = random.int(in: 4...12)
            (side, reduced, filters, kernel) = (random.int(in: 3...6), random.int(in: 1...3), random.int(in: 2...6), 3)
        case .typical:
            (side, channels, reduced, filters, kernel) = random.pick(inception)
        case .interview:
            (side, channels, reduced, filters, kernel) = random.chance(1, in: 3) ? (28, 192, 16, 32, 5) : random.pick(inception)
        }
        let shape = input(side, channels)
        let reduction = ConvolutionCode(filters: reduced, kernel: [1, 1])
        let wide = ConvolutionCode(filters: filters, kernel: [kernel, kernel], same: true)
        let (target, ask): (QuestionTarget, String) = random.pick([
            (.bottleneckSavings, "How many multiply-accumulates (MACs) does the reduction save, against the \(kernel)×\(kernel) "
                + "convolution applied directly to the input? Leave out the bias additions."),
            (.modelMultiplyAccumulates, "How many multiply-accumulates (MACs) do the two layers do for one input? Leave out the "
                + "bias additions."),
            (.directMultiplyAccumulates, "Without the 1×1 reduction, how many multiply-accumulates (MACs) would the "
                + "\(kernel)×\(kernel) convolution do on the input? Leave out the bias additions."),
            (.modelParameters, "How many parameters do the two layers have?"),
        ])
        let pytorch = [reduction.pytorch(inChannels: channels), wide.pytorch(inChannels: reduced)].compactMap { $0 }
        let agrees = target == .modelParameters || target == .modelMultiplyAccumulates
        return QuizDraft(
            sentence: "\(article(side).capitalizedFirst) \(timesText(shape)) input goes through a 1×1 convolution down to "
                + "\(plural(reduced, "channel")), then \(wide.phrase), both with biases.",
            ask: ask, target: target, keras: [kerasInput(shape), reduction.keras, wide.keras],
            pytorch: agrees && pytorch.count == 2 ? pytorch : [], pytorchInput: channelsFirst(shape), focusLayer: 1)
    }
}
