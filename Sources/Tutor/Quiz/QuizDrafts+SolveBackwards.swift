import ConvMath

extension QuizDrafts {
    // MARK: - Solving backwards

    /// A convolution drawn forward (filters, kernel, input), its count computed by the engine, and one
    /// of its sizes hidden: the question gives the count and asks for that size, which the count's
    /// rule fixes to exactly one positive whole number. The code shows the hidden size as `?`.
    static func solveBackwards(_ difficulty: Difficulty, random: inout SeededGenerator) -> QuizDraft {
        var layer: BackwardsLayer
        switch difficulty {
        case .mental:
            layer = BackwardsLayer(spatial: [random.int(in: 8...16), 0], channels: random.int(in: 1...4),
                                   kernel: random.pick([1, 2, 3, 3]), filters: random.int(in: 2...10), useBias: !random.chance(1, in: 3))
            layer.spatial[1] = layer.spatial[0]
        case .typical:
            let (side, channels) = random.pick(typicalInputs)
            layer = BackwardsLayer(spatial: [side, side], channels: channels, kernel: random.pick([1, 3, 3, 5, 7]),
                                   filters: random.pick([16, 32, 64, 128, 256]), useBias: !random.chance(1, in: 3))
        case .interview:
            if random.chance(1, in: 4) {
                layer = BackwardsLayer(spatial: [24, 24], channels: 3, kernel: 3, filters: 10, useBias: true)
            } else if random.chance(1, in: 3) {
                let (steps, channels) = random.pick([(16000, 1), (400, 13), (50, 768), (200, 40), (128, 12), (80, 300)])
                layer = BackwardsLayer(spatial: [steps], channels: channels, kernel: random.pick([3, 5, 10, 25]),
                                       filters: random.pick([10, 16, 40, 100]), useBias: !random.chance(1, in: 3))
            } else {
                let (side, channels) = random.pick(interviewInputs)
                layer = BackwardsLayer(spatial: [side, side], channels: channels, kernel: random.pick([3, 5, 7, 11]),
                                       filters: random.pick([6, 10, 20, 48, 64, 96, 100]), useBias: !random.chance(1, in: 3))
            }
        }
        // A 1×1 kernel hides nothing to solve for: K·K is 1 whatever the count.
        return backwards(layer, hiding: random.pick(layer.kernel > 1 ? UnknownQuantity.allCases : [.filters, .inputDepth]))
    }

    /// The question that gives `layer`'s count and hides one of its sizes.
    static func backwards(_ layer: BackwardsLayer, hiding unknown: UnknownQuantity) -> QuizDraft {
        let count = layer.count
        let sentence = count.map { "\(layer.phrase(hiding: unknown)) has \(plural($0, "parameter")), \(biases(layer.useBias))." }
            ?? layer.phrase(hiding: unknown) + "."
        return QuizDraft(
            sentence: sentence, ask: unknown.ask, target: .unknown(unknown),
            keras: [kerasInput(layer.shape), layer.keras(hiding: nil)],
            pytorch: [layer.pytorch(hiding: nil)], pytorchInput: channelsFirst(layer.shape), focusLayer: 0, keepsTarget: true,
            shown: (keras: [layer.kerasInput(hiding: unknown), layer.keras(hiding: unknown)],
                    pytorch: [layer.pytorchInput(hiding: unknown), layer.pytorch(hiding: unknown)]))
    }
}

/// The one convolution of a solve-backwards question, written with any of its sizes as `?`.
struct BackwardsLayer {
    /// One size per spatial axis: 1-D or 2-D.
    var spatial: [Int]
    var channels: Int
    /// The side of a square kernel (the length of a 1-D one).
    var kernel: Int
    var filters: Int
    var useBias: Bool

    var rank: Int { spatial.count }
    var shape: [Int] { spatial + [channels] }

    /// The parameter count, as the engine computes it going forward; nil when it refuses the layer.
    var count: Int? {
        let convolution = Convolution(framework: .keras, filters: filters, kernelSize: Array(repeating: kernel, count: rank),
                                      useBias: useBias)
        return try? convolution.analyze(TensorShape(shape)).parameters.total
    }

    private func written(_ value: Int, _ quantity: UnknownQuantity, hiding unknown: UnknownQuantity?) -> String {
        quantity == unknown ? "?" : "\(value)"
    }

    /// "A Conv2D layer of M filters of 3×3 over a 24×24×3 input", naming every size but the hidden one.
    func phrase(hiding unknown: UnknownQuantity) -> String {
        let side = unknown == .kernelSize ? "K" : "\(kernel)"
        let kernelText = rank == 1 ? "size \(side)" : "\(side)×\(side)"
        let filtersText = unknown == .filters ? "M filters" : "\(plural(filters, "filter"))"
        let depth = unknown == .inputDepth ? "D" : "\(channels)"
        let input = rank == 1
            ? "a sequence of \(spatial[0]) steps with \(unknown == .inputDepth ? "D channels" : plural(channels, "channel"))"
            : "\(QuizDrafts.article(spatial[0])) \(timesText(spatial))×\(depth) input"
        return "A Conv\(rank)D layer of \(filtersText) of \(kernelText) over \(input)"
    }

    func kerasInput(hiding unknown: UnknownQuantity?) -> String {
        "Input(shape=(" + spatial.map(String.init).joined(separator: ", ") + ", \(written(channels, .inputDepth, hiding: unknown))))"
    }

    func keras(hiding unknown: UnknownQuantity?) -> String {
        // Keras takes one number for a square kernel, so hiding its side hides one number.
        "Conv\(rank)D(filters=\(written(filters, .filters, hiding: unknown)), kernel_size=\(written(kernel, .kernelSize, hiding: unknown)), "
            + "use_bias=\(useBias ? "True" : "False"))"
    }

    func pytorchInput(hiding unknown: UnknownQuantity?) -> String {
        "# input: (" + ([written(channels, .inputDepth, hiding: unknown)] + spatial.map(String.init)).joined(separator: ", ") + ")"
    }

    func pytorch(hiding unknown: UnknownQuantity?) -> String {
        "nn.Conv\(rank)d(\(written(channels, .inputDepth, hiding: unknown)), \(written(filters, .filters, hiding: unknown)), "
            + "kernel_size=\(written(kernel, .kernelSize, hiding: unknown))" + (useBias ? ")" : ", bias=False)")
    }
}
