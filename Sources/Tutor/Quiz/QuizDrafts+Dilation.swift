import ConvMath

extension QuizDrafts {
    // MARK: - Dilation

    static func dilation(_ difficulty: Difficulty, random: inout SeededGenerator) -> QuizDraft {
        let side: Int, channels: Int, filters: Int, kernel: Int, dilation: Int
        switch difficulty {
        case .mental:
            (side, channels, filters) = (random.int(in: 12...30), random.int(in: 1...3), random.int(in: 2...8))
            (kernel, dilation) = (random.pick([2, 3, 3, 4, 5]), random.pick([2, 2, 3, 4]))
        case .typical:
            (side, channels) = random.pick([(64, 64), (56, 128), (32, 32), (28, 256), (128, 3), (65, 256)])
            (filters, kernel, dilation) = (random.pick([32, 64, 128, 256]), random.pick([3, 3, 3, 5]), random.pick([2, 2, 4, 6, 8]))
        case .interview:
            (side, channels, filters, kernel, dilation) = random.pick([
                (33, 2048, 256, 3, 6), (65, 2048, 256, 3, 12), (65, 1024, 256, 3, 18), (64, 64, 64, 3, 2), (97, 512, 512, 3, 4),
                (128, 32, 32, 3, 8), (100, 16, 16, 5, 3),
            ])
        }
        let shape = input(side, channels)
        let code = ConvolutionCode(filters: filters, kernel: [kernel, kernel], dilation: dilation, showPadding: true)
        let (target, ask): (QuestionTarget, String) = random.pick([
            (.spatial(.effectiveKernel), "How many rows of the input does one placement of the dilated kernel span?"),
            (.outputHeight, "What is the output's height?"),
        ])
        return QuizDraft(
            sentence: "\(filters) filters of \(kernel)×\(kernel) with dilation \(dilation) and padding='valid' over "
                + "\(anInput(shape)).",
            ask: ask, target: target, keras: [kerasInput(shape), code.keras],
            pytorch: code.pytorch(inChannels: channels).map { [$0] } ?? [], pytorchInput: channelsFirst(shape), focusLayer: 0,
            keepsTarget: true)
    }
}
