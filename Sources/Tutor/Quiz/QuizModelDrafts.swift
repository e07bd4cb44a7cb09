import ConvMath

extension QuizDrafts {
    // MARK: - Output size

    static func outputShape(_ difficulty: Difficulty, random: inout SeededGenerator) -> QuizDraft {
        let side: Int, channels: Int, filters: Int, kernel: Int
        var stride = 1, dilation = 1
        switch difficulty {
        case .mental:
            (side, channels, filters, kernel) = (random.int(in: 5...20), random.int(in: 1...3), random.int(in: 2...8), random.pick([2, 3, 4, 5]))
            if random.chance(1, in: 4) { dilation = 2 } else { stride = random.pick([1, 2, 2, 3]) }
        case .typical:
            (side, channels) = random.pick([(224, 3), (112, 64), (56, 64), (28, 128), (32, 3), (64, 3), (14, 256)])
            (filters, kernel) = (random.pick([32, 64, 128]), random.pick([1, 3, 3, 5, 7]))
            if random.chance(1, in: 4) { dilation = 2 } else { stride = random.pick([1, 2, 2]) }
        case .interview:
            (side, channels) = random.pick([(227, 3), (300, 3), (128, 3), (55, 96), (27, 96), (13, 256), (100, 3), (99, 1), (225, 3)])
            (filters, kernel) = (random.pick([64, 96, 256, 10]), random.pick([3, 5, 7, 11]))
            if random.chance(1, in: 4) { dilation = random.pick([2, 3]) } else { stride = random.pick([1, 2, 3, 4]) }
        }
        let same = random.chance(1, in: 3)
        let code = ConvolutionCode(filters: filters, kernel: [kernel, kernel], strides: stride, same: same,
                                   dilation: dilation, showPadding: true)
        let shape = input(side, channels)
        var details = ["padding='\(same ? "same" : "valid")'"]
        if stride > 1 { details.insert("stride \(stride)", at: 0) }
        if dilation > 1 { details.insert("dilation \(dilation)", at: 0) }
        return QuizDraft(
            sentence: "\(filters) filters of \(kernel)×\(kernel) with \(details.joined(separator: " and ")) over \(anInput(shape)).",
            ask: "What is the output's height?", target: .outputHeight,
            keras: [kerasInput(shape), code.keras],
            pytorch: code.pytorch(inChannels: channels).map { [$0] } ?? [],
            pytorchInput: channelsFirst(shape), focusLayer: 0)
    }

    // MARK: - Dense after Flatten

    static func denseAfterFlatten(_ difficulty: Difficulty, random: inout SeededGenerator) -> QuizDraft {
        let shape: [Int], conv: ConvolutionCode, units: Int
        var pool = 1
        switch difficulty {
        case .mental:
            shape = input(random.int(in: 5...10), random.int(in: 1...3))
            conv = ConvolutionCode(filters: random.int(in: 2...4), kernel: Array(repeating: random.pick([2, 3]), count: 2))
            units = random.int(in: 2...10)
        case .typical:
            let (side, channels) = random.pick([(28, 1), (32, 3), (64, 3), (48, 1), (28, 3)])
            shape = input(side, channels)
            conv = ConvolutionCode(filters: random.pick([8, 16, 32]), kernel: Array(repeating: random.pick([3, 5]), count: 2))
            units = random.pick([10, 64, 128])
        case .interview:
            let (side, channels, filters, classes) = random.pick([
                (28, 1, 32, 128), (32, 3, 32, 10), (14, 512, 512, 4096), (64, 3, 16, 100), (28, 1, 64, 10), (16, 256, 256, 1000),
            ])
            shape = input(side, channels)
            conv = ConvolutionCode(filters: filters, kernel: [3, 3])
            units = classes
            pool = 2
        }
        let channels = shape.last ?? 1
        var keras = [kerasInput(shape), conv.keras]
        var pytorch = [conv.pytorch(inChannels: channels)].compactMap { $0 }
        var flow = "\(conv.filters) filters of \(conv.kernelText)"
        let side = (shape.first ?? 0) - (conv.kernel.first ?? 0) + 1
        if pool > 1 {
            keras.append("MaxPooling2D(pool_size=(\(pool), \(pool)))")
            pytorch.append("nn.MaxPool2d(\(pool))")
            flow += ", \(pool)×\(pool) max pooling"
        }
        let pooledSide = side / pool
        keras += ["Flatten()", "Dense(units=\(units), use_bias=True)"]
        pytorch += ["nn.Flatten()", "nn.Linear(\(conv.filters) * \(pooledSide) * \(pooledSide), \(units))"]
        return QuizDraft(
            sentence: "\(article(shape.first ?? 0).capitalizedFirst) \(timesText(shape)) input goes through \(flow), "
                + "is flattened, and feeds a Dense layer of \(units) units. Every layer has biases.",
            ask: "How many parameters does the Dense layer have?", target: .layerParameters,
            keras: keras, pytorch: pytorch, pytorchInput: channelsFirst(shape), focusLayer: keras.count - 2)
    }

    // MARK: - Network

    static func network(_ difficulty: Difficulty, random: inout SeededGenerator) -> QuizDraft {
        let shape: [Int]
        var convs: [ConvolutionCode] = []
        var poolAfter: [Bool] = []
        switch difficulty {
        case .mental:
            shape = input(random.int(in: 6...12), random.int(in: 1...3))
            for _ in 0..<2 {
                convs.append(ConvolutionCode(filters: random.int(in: 2...6), kernel: Array(repeating: random.pick([2, 3]), count: 2)))
                poolAfter.append(false)
            }
        case .typical:
            let (side, channels) = random.pick([(32, 3), (64, 3), (28, 1), (224, 3), (96, 3)])
            shape = input(side, channels)
            var filters = random.pick([16, 32, 64])
            for _ in 0..<random.int(in: 2...3) {
                let kernel = random.pick([3, 3, 5])
                convs.append(ConvolutionCode(filters: filters, kernel: [kernel, kernel], same: true))
                poolAfter.append(true)
                filters *= 2
            }
        case .interview:
            let (side, channels) = random.pick([(224, 3), (32, 3), (28, 1), (64, 3)])
            shape = input(side, channels)
            var filters = random.pick([32, 64])
            for index in 0..<random.int(in: 3...4) {
                let kernel = index == 0 ? random.pick([3, 5, 7]) : random.pick([1, 3, 3])
                convs.append(ConvolutionCode(filters: filters, kernel: [kernel, kernel], same: kernel > 1))
                let pool = index % 2 == 1
                poolAfter.append(pool)
                if pool || random.chance(1, in: 3) { filters *= 2 }
            }
        }
        var keras = [kerasInput(shape)]
        var pytorch: [String] = []
        var parts: [String] = []
        var channels = shape.last ?? 1
        var focus = 0
        for (index, conv) in convs.enumerated() {
            if index == 1 { focus = keras.count - 1 }
            keras.append(conv.keras)
            if let line = conv.pytorch(inChannels: channels) { pytorch.append(line) }
            parts.append(conv.phrase)
            channels = conv.filters
            if poolAfter[index] {
                keras.append("MaxPooling2D(pool_size=(2, 2))")
                pytorch.append("nn.MaxPool2d(2)")
                parts.append("2×2 max pooling")
            }
        }
        return QuizDraft(
            sentence: "\(article(shape.first ?? 0).capitalizedFirst) \(timesText(shape)) input goes through "
                + parts.joined(separator: ", then ") + ". Every convolution has biases.",
            ask: "How many parameters does the model have in total?", target: .modelParameters,
            keras: keras, pytorch: pytorch.count == keras.count - 1 ? pytorch : [],
            pytorchInput: channelsFirst(shape), focusLayer: focus)
    }

    // MARK: - Batch normalization

    static func batchNormalization(_ difficulty: Difficulty, random: inout SeededGenerator) -> QuizDraft {
        let shape: [Int], conv: ConvolutionCode
        switch difficulty {
        case .mental:
            shape = input(random.int(in: 4...10), random.int(in: 1...4))
            conv = ConvolutionCode(filters: random.int(in: 2...8), kernel: Array(repeating: random.pick([2, 3]), count: 2))
        case .typical:
            let (side, channels) = random.pick(typicalInputs)
            shape = input(side, channels)
            conv = ConvolutionCode(filters: random.pick([32, 64, 128]), kernel: [3, 3], same: true)
        case .interview:
            let (side, channels) = random.pick([(224, 3), (32, 3), (28, 1), (56, 64)])
            shape = input(side, channels)
            let kernel = random.pick([7, 3, 5])
            conv = ConvolutionCode(filters: random.pick([64, 96, 32]), kernel: [kernel, kernel], strides: random.pick([1, 2]),
                                   same: true)
        }
        let (target, ask): (QuestionTarget, String) = random.pick([
            (.modelParameters, "How many parameters does Keras report for this model in total?"),
            (.modelTrainable, "How many trainable parameters does Keras report for this model?"),
            (.modelNonTrainable, "How many non-trainable parameters does Keras report for this model?"),
        ])
        let channels = shape.last ?? 1
        return QuizDraft(
            sentence: "\(article(shape.first ?? 0).capitalizedFirst) \(timesText(shape)) input goes through "
                + "\(conv.phrase) with biases, then batch normalization.",
            ask: ask, target: target,
            keras: [kerasInput(shape), conv.keras, "BatchNormalization()"],
            pytorch: [conv.pytorch(inChannels: channels), "nn.BatchNorm2d(\(conv.filters))"].compactMap { $0 },
            pytorchInput: channelsFirst(shape), focusLayer: 1)
    }

    // MARK: - Multiply-accumulates

    static func multiplyAccumulates(_ difficulty: Difficulty, random: inout SeededGenerator) -> QuizDraft {
        let shape: [Int], code: ConvolutionCode
        switch difficulty {
        case .mental:
            shape = input(random.int(in: 4...8), random.int(in: 1...3))
            code = ConvolutionCode(filters: random.int(in: 2...4), kernel: Array(repeating: random.pick([2, 3]), count: 2))
        case .typical:
            let (side, channels) = random.pick(typicalInputs)
            shape = input(side, channels)
            let kernel = random.pick([1, 3, 3, 5])
            code = ConvolutionCode(filters: random.pick([32, 64, 128]), kernel: [kernel, kernel], strides: random.pick([1, 1, 2]),
                                   same: random.chance(1, in: 2))
        case .interview:
            let classic = random.pick([
                (227, 3, 96, 11, 4, false), (224, 64, 64, 3, 1, true), (112, 32, 64, 1, 1, false), (224, 3, 64, 7, 2, true),
                (56, 64, 64, 3, 1, true), (28, 1, 6, 5, 1, false),
            ])
            shape = input(classic.0, classic.1)
            code = ConvolutionCode(filters: classic.2, kernel: [classic.3, classic.3], strides: classic.4, same: classic.5)
        }
        var details = ["padding='\(code.same ? "same" : "valid")'"]
        if code.strides > 1 { details.append("stride \(code.strides)") }
        let channels = shape.last ?? 1
        return QuizDraft(
            sentence: "\(code.filters) filters of \(code.kernelText) with \(details.joined(separator: " and ")) over "
                + "\(anInput(shape)), with biases.",
            ask: "How many multiply-accumulates (MACs) does this layer do for one input? Leave out the bias additions.",
            target: .layerMultiplyAccumulates,
            keras: [kerasInput(shape), ConvolutionCode(filters: code.filters, kernel: code.kernel, strides: code.strides,
                                                       same: code.same, showPadding: true).keras],
            pytorch: code.pytorch(inChannels: channels).map { [$0] } ?? [],
            pytorchInput: channelsFirst(shape), focusLayer: 0)
    }
}
