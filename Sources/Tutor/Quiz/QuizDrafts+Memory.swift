import ConvMath

extension QuizDrafts {
    // MARK: - Memory

    /// A size in memory: a convolution's output for one input or a batch (in bytes, or in KB or MB of
    /// 1,024 when that is a whole number), a layer's parameters, or a small network's parameters.
    static func memory(_ difficulty: Difficulty, random: inout SeededGenerator) -> QuizDraft {
        let dataType = difficulty == .mental ? random.pick([DataType.float32, .float32, .float16, .int8])
            : random.pick([DataType.float32, .float32, .float16, .bfloat16, .int8, .float64])
        switch random.below(4) {
        case 3:
            return largestLayer(difficulty, random: &random)
        case 0:
            return activations(difficulty, dataType: dataType, random: &random)
        case 1:
            var draft = random.chance(1, in: 3) ? denseAfterFlatten(difficulty, random: &random)
                : standard(difficulty, useBias: true, random: &random)
            draft.target = .memory(MemoryTarget(stored: .layerParameters, dataType: dataType))
            draft.ask = "How many bytes do the \(draft.focusLayer == 0 ? "layer" : "Dense layer")'s parameters take in "
                + "\(dataType.rawValue)?"
            return draft
        default:
            var draft = network(difficulty, random: &random)
            draft.target = .memory(MemoryTarget(stored: .modelParameters, dataType: dataType))
            draft.ask = "How many bytes do the model's parameters take in \(dataType.rawValue)?"
            return draft
        }
    }

    /// A small VGG-like network, convolutions and pooling, then Dense layers: which layer holds the
    /// most parameters (a Dense layer), or the most activations (the first convolution).
    private static func largestLayer(_ difficulty: Difficulty, random: inout SeededGenerator) -> QuizDraft {
        let side: Int, channels: Int, first: Int, blocks: Int, units: Int
        switch difficulty {
        case .mental:
            (side, channels, first, blocks, units) = (random.pick([16, 24, 32]), random.int(in: 1...3), random.pick([4, 8]), 2,
                                                      random.pick([16, 32, 64]))
        case .typical:
            (side, channels, first, blocks, units) = (random.pick([32, 64, 96]), 3, random.pick([16, 32]), random.int(in: 2...3),
                                                      random.pick([128, 256, 512]))
        case .interview:
            (side, channels, first, blocks, units) = (random.pick([64, 128, 224]), 3, random.pick([32, 64]), random.int(in: 3...4),
                                                      random.pick([256, 512, 1024, 4096]))
        }
        let shape = input(side, channels)
        var keras = [kerasInput(shape)]
        var parts: [String] = []
        var filters = first
        for _ in 0..<blocks {
            let code = ConvolutionCode(filters: filters, kernel: [3, 3], same: true)
            keras += [code.keras, "MaxPooling2D(pool_size=(2, 2))"]
            parts.append("\(code.phrase), 2×2 max pooling")
            filters *= 2
        }
        keras += ["Flatten()", "Dense(units=\(units), use_bias=True)", "Dense(units=10, use_bias=True)"]
        let measure: LayerMeasure = random.chance(1, in: 2) ? .parameters : .activations
        let what = measure == .parameters ? "the most parameters" : "the largest output (the most activations) for one input"
        return QuizDraft(
            sentence: "\(article(side).capitalizedFirst) \(timesText(shape)) input goes through \(parts.joined(separator: ", then ")), "
                + "then Flatten, a Dense layer of \(units) units and one of 10. Every layer has biases.",
            ask: "Counting the layers after Input from 1, which layer holds \(what)? Give its number.",
            target: .largestLayer(measure), keras: keras, pytorch: [], pytorchInput: channelsFirst(shape),
            focusLayer: keras.count - 2)
    }

    /// A 'same' convolution's output, kept for one input or a batch.
    private static func activations(_ difficulty: Difficulty, dataType: DataType, random: inout SeededGenerator) -> QuizDraft {
        let side: Int, channels: Int, filters: Int, batch: Int
        switch difficulty {
        case .mental:
            (side, channels, filters) = (random.int(in: 4...10), random.int(in: 1...3), random.int(in: 2...8))
            batch = random.pick([1, 1, 2, 4])
        case .typical:
            (side, channels) = random.pick(typicalInputs)
            filters = random.pick([32, 64, 128, 256])
            batch = random.pick([1, 1, 8, 16, 32])
        case .interview:
            (side, channels, filters) = random.chance(1, in: 3) ? (224, 3, 64)
                : random.pick([(100, 3, 64), (100, 3, 128), (56, 64, 128), (112, 64, 128), (28, 256, 512), (50, 32, 64)])
            batch = random.pick([1, 32, 64, 128])
        }
        // The unit is chosen so that the answer is a whole number of it; the answer itself is the engine's.
        let bytes = side * side * filters * dataType.bytes * batch
        var unit = MemoryTarget.Unit.bytes
        if difficulty != .mental, bytes % MemoryTarget.Unit.kilobytes.rawValue == 0, random.chance(2, in: 3) {
            unit = bytes % MemoryTarget.Unit.megabytes.rawValue == 0 && random.chance(1, in: 2) ? .megabytes : .kilobytes
        }
        let shape = input(side, channels)
        let code = ConvolutionCode(filters: filters, kernel: [3, 3], same: true)
        let inputs = batch > 1 ? "for a batch of \(batch) inputs" : "for one input"
        let asked = unit == .bytes ? "How many bytes" : "How many \(unit.symbol) (1 \(unit.symbol) = \(number(unit.rawValue)) bytes)"
        return QuizDraft(
            sentence: "\(code.phrase.capitalizedFirst) over \(anInput(shape)), with biases. Its output is kept in \(dataType.rawValue).",
            ask: "\(asked) does the layer's output take \(inputs)?",
            target: .memory(MemoryTarget(stored: .layerOutput, dataType: dataType, batch: batch, unit: unit)),
            keras: [kerasInput(shape), code.keras],
            pytorch: code.pytorch(inChannels: channels).map { [$0] } ?? [],
            pytorchInput: channelsFirst(shape), focusLayer: 0)
    }
}
