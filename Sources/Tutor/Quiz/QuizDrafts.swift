import ConvMath

/// Draws the sizes of a question for each skill and writes it in words, Keras and PyTorch.
///
/// Small numbers for mental arithmetic; the sizes real networks use at `.typical`; well-known
/// course and interview sizes, with twists, at `.interview`.
enum QuizDrafts {
    static func draft(_ skill: Skill, difficulty: Difficulty, random: inout SeededGenerator) -> QuizDraft {
        switch skill {
        case .conv2d: return standard(difficulty, useBias: true, random: &random)
        case .conv2dNoBias: return standard(difficulty, useBias: false, random: &random)
        case .conv2dRect: return rectangular(difficulty, random: &random)
        case .conv2dHidden: return hidden(difficulty, random: &random)
        case .conv1d: return conv1d(difficulty, random: &random)
        case .conv3d: return conv3d(difficulty, random: &random)
        case .depthwise: return depthwise(difficulty, random: &random)
        case .separable: return separable(difficulty, random: &random)
        case .grouped: return grouped(difficulty, random: &random)
        case .transposed: return transposed(difficulty, random: &random)
        case .outputShape: return outputShape(difficulty, random: &random)
        case .denseAfterFlatten: return denseAfterFlatten(difficulty, random: &random)
        case .network: return network(difficulty, random: &random)
        case .batchnorm: return batchNormalization(difficulty, random: &random)
        case .macs: return multiplyAccumulates(difficulty, random: &random)
        case .separableSavings: return separableSavings(difficulty, random: &random)
        case .bottleneck: return bottleneck(difficulty, random: &random)
        case .flops: return floatingPointOperations(difficulty, random: &random)
        case .receptiveField: return receptiveField(difficulty, random: &random)
        case .stacked3x3: return stackedThree(difficulty, random: &random)
        case .dilation: return dilation(difficulty, random: &random)
        case .pooling: return pooling(difficulty, random: &random)
        case .validSizes: return validSizes(difficulty, random: &random)
        case .transposedShape: return transposedShape(difficulty, random: &random)
        case .memory: return memory(difficulty, random: &random)
        case .solveBackwards: return solveBackwards(difficulty, random: &random)
        case .famousLayers: return famousLayer(difficulty, random: &random)
        }
    }

    // MARK: - Shared pieces

    /// A square input's side and channels, as real networks see them at some depth.
    static let typicalInputs: [(side: Int, channels: Int)] = [
        (224, 3), (112, 64), (56, 64), (56, 128), (28, 128), (28, 256), (14, 256), (14, 512), (32, 3), (64, 3), (32, 32),
    ]
    static let interviewInputs: [(side: Int, channels: Int)] = [
        (24, 3), (300, 3), (128, 3), (227, 3), (32, 3), (28, 1), (64, 3), (100, 3), (55, 96), (13, 256),
    ]

    static func input(_ side: Int, _ channels: Int) -> [Int] { [side, side, channels] }

    static func kerasInput(_ shape: [Int]) -> String { "Input(shape=\(TensorShape(shape)))" }

    /// Channels first, as PyTorch wants it.
    static func channelsFirst(_ shape: [Int]) -> TensorShape {
        TensorShape(Array(shape.suffix(1)) + shape.dropLast())
    }

    static func biases(_ useBias: Bool) -> String { useBias ? "with biases" : "without biases" }

    /// "a" or "an" before a number as it is read aloud: an 8, an 11, an 18, an 80, a 24.
    static func article(_ value: Int) -> String {
        var leading = value
        while leading >= 1_000 { leading /= 1_000 }
        let first = String(leading).first
        return first == "8" || leading == 11 || leading == 18 ? "an" : "a"
    }

    /// "a 24×24×3 input", "an 8×8×3 input".
    static func anInput(_ shape: [Int]) -> String {
        "\(article(shape.first ?? 0)) \(timesText(shape)) input"
    }

    /// One convolution over an input, asking for its parameters.
    static func convolution(_ code: ConvolutionCode, input shape: [Int]) -> QuizDraft {
        let channels = shape.last ?? 1
        let groups = code.groups > 1 ? " in \(code.groups) groups" : ""
        return QuizDraft(
            sentence: "\(code.filters) filters of \(code.kernelText)\(groups) over \(anInput(shape)), \(biases(code.useBias)).",
            ask: QuizDraft.layerAsk, target: .layerParameters,
            keras: [kerasInput(shape), code.keras],
            pytorch: code.pytorch(inChannels: channels).map { [$0] } ?? [],
            pytorchInput: channelsFirst(shape), focusLayer: 0)
    }

    // MARK: - Conv2D

    static func standard(_ difficulty: Difficulty, useBias: Bool, random: inout SeededGenerator) -> QuizDraft {
        switch difficulty {
        case .mental:
            let kernel = random.pick([2, 3, 3])
            let shape = input(random.int(in: max(kernel + 2, 5)...12), random.int(in: 1...4))
            return convolution(ConvolutionCode(filters: random.int(in: 2...10), kernel: [kernel, kernel], useBias: useBias),
                               input: shape)
        case .typical:
            let (side, channels) = random.pick(typicalInputs)
            let kernel = random.pick([1, 3, 3, 3, 5, 7])
            return convolution(ConvolutionCode(filters: random.pick([16, 32, 64, 128, 256]), kernel: [kernel, kernel],
                                               useBias: useBias),
                               input: input(side, channels))
        case .interview:
            if random.chance(1, in: 4) {
                let classic = useBias
                    ? random.pick([(10, 3, [24, 24, 3]), (100, 5, [300, 300, 3]), (2, 3, [32, 32, 3])])
                    : random.pick([(64, 5, [128, 128, 3]), (10, 3, [24, 24, 3])])
                return convolution(ConvolutionCode(filters: classic.0, kernel: [classic.1, classic.1], useBias: useBias),
                                   input: classic.2)
            }
            let (side, channels) = random.pick(interviewInputs)
            let kernel = random.pick([3, 5, 7, 11])
            return convolution(ConvolutionCode(filters: random.pick([6, 10, 20, 48, 64, 96, 100]), kernel: [kernel, kernel],
                                               useBias: useBias),
                               input: input(side, channels))
        }
    }

    static func rectangular(_ difficulty: Difficulty, random: inout SeededGenerator) -> QuizDraft {
        let kernel: [Int], shape: [Int], filters: Int
        switch difficulty {
        case .mental:
            kernel = random.pick([[1, 3], [3, 1], [2, 3], [3, 2], [1, 2], [2, 1]])
            shape = [random.int(in: 5...12), random.int(in: 5...12), random.int(in: 1...4)]
            filters = random.int(in: 2...8)
        case .typical:
            kernel = random.pick([[1, 7], [7, 1], [1, 3], [3, 1], [1, 5], [5, 1]])
            let (side, channels) = random.pick([(17, 768), (17, 128), (35, 64), (8, 384), (28, 64), (56, 64), (17, 192)])
            shape = input(side, channels)
            filters = random.pick([32, 64, 128, 192])
        case .interview:
            kernel = random.pick([[3, 5], [5, 3], [2, 4], [1, 9], [9, 1], [3, 7], [20, 8]])
            shape = random.pick([[32, 100, 1], [28, 28, 1], [64, 128, 3], [40, 101, 1], [99, 161, 1]])
            filters = random.pick([10, 20, 50, 64, 100])
        }
        let code = ConvolutionCode(filters: filters, kernel: kernel)
        return convolution(code, input: shape)
    }

    static func hidden(_ difficulty: Difficulty, random: inout SeededGenerator) -> QuizDraft {
        let shape: [Int], first: ConvolutionCode, second: ConvolutionCode
        switch difficulty {
        case .mental:
            shape = input(random.int(in: 6...12), random.int(in: 1...3))
            first = ConvolutionCode(filters: random.int(in: 2...6), kernel: Array(repeating: random.pick([2, 3]), count: 2))
            second = ConvolutionCode(filters: random.int(in: 2...8), kernel: Array(repeating: random.pick([2, 3]), count: 2))
        case .typical:
            let (side, channels) = random.pick([(224, 3), (32, 3), (64, 3), (28, 1), (56, 64), (112, 32)])
            shape = input(side, channels)
            first = ConvolutionCode(filters: random.pick([16, 32, 64]), kernel: Array(repeating: random.pick([3, 3, 5, 7]), count: 2))
            second = ConvolutionCode(filters: random.pick([32, 64, 128]), kernel: Array(repeating: random.pick([1, 3, 3]), count: 2))
        case .interview:
            (shape, first, second) = random.pick([
                ([32, 32, 1], ConvolutionCode(filters: 6, kernel: [5, 5]), ConvolutionCode(filters: 16, kernel: [5, 5])),
                ([227, 227, 3], ConvolutionCode(filters: 96, kernel: [11, 11], strides: 4),
                 ConvolutionCode(filters: 256, kernel: [5, 5], same: true)),
                ([224, 224, 3], ConvolutionCode(filters: 64, kernel: [3, 3], same: true),
                 ConvolutionCode(filters: 64, kernel: [3, 3], same: true)),
                ([28, 28, 1], ConvolutionCode(filters: 32, kernel: [3, 3]), ConvolutionCode(filters: 64, kernel: [3, 3])),
                ([56, 56, 256], ConvolutionCode(filters: 64, kernel: [1, 1]), ConvolutionCode(filters: 64, kernel: [3, 3], same: true)),
                ([32, 32, 3], ConvolutionCode(filters: 32, kernel: [3, 3], same: true), ConvolutionCode(filters: 32, kernel: [3, 3])),
            ])
        }
        let channels = shape.last ?? 1
        let pytorch = [first.pytorch(inChannels: channels), second.pytorch(inChannels: first.filters)].compactMap { $0 }
        return QuizDraft(
            sentence: "\(article(shape.first ?? 0).capitalizedFirst) \(timesText(shape)) input goes through "
                + "\(first.phrase), then \(second.phrase), both with biases.",
            ask: "How many parameters does the second convolution have?", target: .layerParameters,
            keras: [kerasInput(shape), first.keras, second.keras],
            pytorch: pytorch.count == 2 ? pytorch : [], pytorchInput: channelsFirst(shape), focusLayer: 1)
    }

    // MARK: - Other ranks

    static func conv1d(_ difficulty: Difficulty, random: inout SeededGenerator) -> QuizDraft {
        let steps: Int, channels: Int, kernel: Int, filters: Int
        switch difficulty {
        case .mental:
            (steps, channels, kernel, filters) =
                (random.int(in: 8...20), random.int(in: 1...4), random.pick([2, 3, 4, 5]), random.int(in: 2...8))
        case .typical:
            (steps, channels) = random.pick([(100, 300), (128, 64), (256, 128), (1000, 4), (500, 16), (100, 50), (400, 40)])
            (kernel, filters) = (random.pick([3, 5, 7]), random.pick([32, 64, 128, 256]))
        case .interview:
            (steps, channels) = random.pick([(16000, 1), (400, 13), (50, 768), (200, 40), (128, 12), (80, 300)])
            (kernel, filters) = (random.pick([3, 5, 10, 25, 80]), random.pick([10, 16, 40, 100]))
        }
        let code = ConvolutionCode(filters: filters, kernel: [kernel])
        let shape = [steps, channels]
        return QuizDraft(
            sentence: "\(filters) filters of size \(kernel) slide along a sequence of \(steps) steps with "
                + "\(plural(channels, "channel")) (\(timesText(shape))), with biases.",
            ask: QuizDraft.layerAsk, target: .layerParameters,
            keras: [kerasInput(shape), code.keras],
            pytorch: code.pytorch(inChannels: channels).map { [$0] } ?? [],
            pytorchInput: channelsFirst(shape), focusLayer: 0)
    }

    static func conv3d(_ difficulty: Difficulty, random: inout SeededGenerator) -> QuizDraft {
        let shape: [Int], kernel: [Int], filters: Int
        switch difficulty {
        case .mental:
            let face = random.pick([2, 3])
            shape = [random.int(in: 4...8), random.int(in: 4...8), random.int(in: 4...8), random.int(in: 1...3)]
            kernel = [random.pick([2, 3]), face, face]
            filters = random.int(in: 2...6)
        case .typical:
            let (frames, side, channels) = random.pick([(16, 112, 3), (8, 56, 64), (32, 64, 1), (16, 56, 64), (64, 64, 1), (8, 28, 128)])
            shape = [frames, side, side, channels]
            kernel = random.pick([[3, 3, 3], [3, 3, 3], [1, 3, 3], [5, 3, 3], [3, 1, 1]])
            filters = random.pick([32, 64, 128])
        case .interview:
            shape = random.pick([[16, 112, 112, 3], [10, 32, 32, 3], [128, 128, 128, 1], [20, 64, 64, 2], [7, 224, 224, 3]])
            let face = random.pick([3, 5, 7])
            kernel = [random.pick([2, 3, 5, 7]), face, face]
            filters = random.pick([8, 10, 20, 64])
        }
        let code = ConvolutionCode(filters: filters, kernel: kernel)
        let channels = shape.last ?? 1
        return QuizDraft(
            sentence: "\(filters) filters of \(code.kernelText) over \(shape[0]) frames of \(timesText(Array(shape[1...2]))) "
                + "with \(plural(channels, "channel")) (\(anInput(shape))), with biases.",
            ask: QuizDraft.layerAsk, target: .layerParameters,
            keras: [kerasInput(shape), code.keras],
            pytorch: code.pytorch(inChannels: channels).map { [$0] } ?? [],
            pytorchInput: channelsFirst(shape), focusLayer: 0)
    }

    // MARK: - Depthwise, separable, grouped, transposed

    static func depthwise(_ difficulty: Difficulty, random: inout SeededGenerator) -> QuizDraft {
        let side: Int, channels: Int, kernel: Int, multiplier: Int
        switch difficulty {
        case .mental:
            (side, channels, kernel, multiplier) =
                (random.int(in: 4...10), random.int(in: 2...8), random.pick([2, 3]), random.pick([1, 1, 2]))
        case .typical:
            (side, channels) = random.pick([(112, 32), (56, 64), (56, 128), (28, 256), (14, 512), (7, 1024), (112, 96), (56, 144)])
            (kernel, multiplier) = (random.pick([3, 3, 5]), random.pick([1, 1, 1, 2]))
        case .interview:
            (side, channels) = random.pick([(112, 32), (14, 576), (7, 960), (28, 192), (56, 24)])
            (kernel, multiplier) = (random.pick([3, 5, 7]), random.pick([1, 2, 4]))
        }
        let shape = input(side, channels)
        var keras = "DepthwiseConv2D(kernel_size=\(kerasTuple([kernel, kernel]))"
        if multiplier > 1 { keras += ", depth_multiplier=\(multiplier)" }
        keras += ", use_bias=True)"
        let multiplierText = multiplier > 1 ? " with depth_multiplier=\(multiplier)" : ""
        return QuizDraft(
            sentence: "A depthwise \(kernel)×\(kernel) convolution\(multiplierText) over \(anInput(shape)), with biases.",
            ask: QuizDraft.layerAsk, target: .layerParameters,
            keras: [kerasInput(shape), keras],
            pytorch: ["nn.Conv2d(\(channels), \(channels * multiplier), kernel_size=\(kernel), groups=\(channels))"],
            pytorchInput: channelsFirst(shape), focusLayer: 0)
    }

    static func separable(_ difficulty: Difficulty, random: inout SeededGenerator) -> QuizDraft {
        let side: Int, channels: Int, filters: Int, kernel: Int, multiplier: Int
        switch difficulty {
        case .mental:
            (side, channels, filters) = (random.int(in: 4...10), random.int(in: 2...6), random.int(in: 2...8))
            (kernel, multiplier) = (random.pick([2, 3]), random.pick([1, 1, 2]))
        case .typical:
            (side, channels) = random.pick([(150, 32), (147, 64), (74, 128), (37, 256), (19, 728), (56, 64)])
            (filters, kernel, multiplier) = (random.pick([64, 128, 256, 728]), 3, 1)
        case .interview:
            (side, channels) = random.pick([(19, 728), (10, 1024), (32, 3), (64, 32), (37, 128)])
            (filters, kernel, multiplier) = (random.pick([32, 100, 1536, 2048, 256]), random.pick([3, 5]), random.pick([1, 2]))
        }
        let shape = input(side, channels)
        var keras = "SeparableConv2D(filters=\(filters), kernel_size=\(kerasTuple([kernel, kernel]))"
        if multiplier > 1 { keras += ", depth_multiplier=\(multiplier)" }
        keras += ", use_bias=True)"
        let multiplierText = multiplier > 1 ? ", depth_multiplier=\(multiplier)," : ""
        return QuizDraft(
            sentence: "A separable \(kernel)×\(kernel) convolution (Keras SeparableConv2D) with \(filters) filters"
                + "\(multiplierText) over \(anInput(shape)), with biases.",
            ask: QuizDraft.layerAsk, target: .modelParameters,
            keras: [kerasInput(shape), keras],
            pytorch: [
                "nn.Conv2d(\(channels), \(channels * multiplier), kernel_size=\(kernel), groups=\(channels), bias=False)",
                "nn.Conv2d(\(channels * multiplier), \(filters), kernel_size=1)",
            ],
            pytorchInput: channelsFirst(shape), focusLayer: 0)
    }

    static func grouped(_ difficulty: Difficulty, random: inout SeededGenerator) -> QuizDraft {
        let side: Int, channels: Int, filters: Int, kernel: Int, groups: Int
        switch difficulty {
        case .mental:
            groups = random.pick([2, 3])
            (side, channels, filters) = (random.int(in: 4...10), groups * random.int(in: 1...3), groups * random.int(in: 1...4))
            kernel = random.pick([2, 3])
        case .typical:
            (side, channels) = random.pick([(56, 128), (28, 256), (14, 512), (56, 64), (28, 128)])
            (groups, filters, kernel) = (random.pick([2, 4, 8, 32]), random.pick([64, 128, 256, 512]), random.pick([1, 3, 3]))
        case .interview:
            let classic = random.pick([
                (27, 96, 256, 5, 2), (13, 384, 384, 3, 2), (13, 384, 256, 3, 2), (56, 128, 128, 3, 32),
                (28, 240, 240, 1, 3), (14, 1024, 1024, 3, 32),
            ])
            (side, channels, filters, kernel, groups) = classic
        }
        return convolution(ConvolutionCode(filters: filters, kernel: [kernel, kernel], groups: groups),
                           input: input(side, channels))
    }

    static func transposed(_ difficulty: Difficulty, random: inout SeededGenerator) -> QuizDraft {
        let side: Int, channels: Int, filters: Int, kernel: Int
        switch difficulty {
        case .mental:
            (side, channels, filters, kernel) = (random.int(in: 2...6), random.int(in: 2...6), random.int(in: 2...6), random.pick([2, 3]))
        case .typical:
            (side, channels) = random.pick([(7, 128), (14, 64), (28, 32), (16, 256), (8, 512), (32, 128)])
            (filters, kernel) = (random.pick([32, 64, 128, 256]), random.pick([2, 3, 4]))
        case .interview:
            (side, channels, filters, kernel) = random.pick([
                (4, 1024, 512, 5), (8, 512, 256, 5), (28, 1024, 512, 2), (56, 256, 128, 2), (7, 128, 64, 4), (16, 128, 1, 4),
            ])
        }
        let shape = input(side, channels)
        return QuizDraft(
            sentence: "A transposed convolution with \(filters) filters of \(kernel)×\(kernel) and stride 2 over "
                + "\(anInput(shape)), with biases.",
            ask: QuizDraft.layerAsk, target: .layerParameters,
            keras: [kerasInput(shape),
                    "Conv2DTranspose(filters=\(filters), kernel_size=\(kerasTuple([kernel, kernel])), strides=(2, 2), use_bias=True)"],
            pytorch: ["nn.ConvTranspose2d(\(channels), \(filters), kernel_size=\(kernel), stride=2)"],
            pytorchInput: channelsFirst(shape), focusLayer: 0)
    }
}
