/// The wrong number each misconception gives for a question, for the misconceptions that apply to
/// its structure (forgetting the input's depth is no mistake when the depth is 1). A value of
/// `Checked(nil)` is a wrong count too large to hold.
enum MisconceptionCandidates {
    typealias Candidate = (id: MisconceptionID, value: Checked)

    static func of(_ facts: QuizFacts) -> [Candidate] {
        let all: [Candidate]
        switch facts.skill {
        case .conv2d, .conv2dNoBias, .conv2dRect, .conv1d, .conv3d, .conv2dHidden, .grouped:
            all = singleConvolution(facts)
        case .depthwise: all = depthwise(facts.focus)
        case .separable: all = separable(facts.focus)
        case .transposed: all = transposed(facts.focus)
        case .outputShape: all = outputHeight(facts.focus)
        case .denseAfterFlatten: all = denseAfterFlatten(facts)
        case .network: all = network(facts)
        case .batchnorm: all = batchNormalization(facts)
        case .macs: all = multiplyAccumulates(facts.focus)
        }
        let wanted = MisconceptionLibrary.applicable(to: facts.skill)
        return wanted.compactMap { id in all.first { $0.id == id } }
    }

    // MARK: - Convolutions

    /// A standard or grouped convolution of any rank, alone or after other layers.
    static func singleConvolution(_ facts: QuizFacts) -> [Candidate] {
        let f = facts.focus
        let m = Checked(f.filters), cells = Checked(f.cells), depth = Checked(f.kernelDepth)
        let w = Checked(f.weights), b = Checked(f.biases), t = Checked(f.total)
        let channels = Checked(f.inChannels)
        var list: [Candidate] = []
        if f.useBias {
            list.append((.forgotBiases, w))
            if f.perKernel > 1 { list.append((.biasPerWeight, w * 2)) }
            if f.filters > 1 { list.append((.oneBiasForLayer, w + 1)) }
        } else {
            list.append((.countedMissingBiases, w + m))
        }
        if f.kernelDepth > 1 { list.append((.forgotInputDepth, m * cells + b)) }
        list.append((.noWeightSharing, w * Checked(f.inPositions) + b))
        if f.outPositions != f.inPositions { list.append((.multipliedByOutputSize, w * Checked(f.outPositions) + b)) }
        if f.groups == 1 && f.filters != f.kernelDepth { list.append((.filtersAsDepth, m * cells * m + b)) }
        list.append((.offByOneFilter, (m + 1) * (Checked(f.perKernel) + (f.useBias ? 1 : 0))))
        list.append((.countedAsDense, Checked(f.inPositions) * channels * m + b))
        if f.kernel.count == 1, f.cells > 1 {
            list.append((.squaredKernel, m * cells * cells * depth + b))
        } else if f.kernel.count == 2, let longer = f.kernel.max(), f.kernel[0] != f.kernel[1] {
            list.append((.squaredKernel, m * Checked(longer) * Checked(longer) * depth + b))
        }
        if f.kernel.count == 3 {
            let frames = f.inSpatial[0], kernelFrames = f.kernel[0]
            let face = Checked.product(Array(f.kernel.dropFirst()))
            if frames != kernelFrames { list.append((.kernelDepthFromInput, m * Checked(frames) * face * depth + b)) }
            if kernelFrames > 1 { list.append((.forgotKernelDepth, m * face * depth + b)) }
        }
        if facts.focusIndex > 0 {
            let modelDepth = facts.modelInputChannels
            if modelDepth != f.kernelDepth { list.append((.usedModelInputDepth, m * cells * Checked(modelDepth) + b)) }
            let others = facts.layers.indices.filter { $0 != facts.focusIndex }.reduce(Checked(0)) {
                $0 + Checked(facts.layers[$1].total)
            }
            list.append((.countedWholeModel, t + others))
        }
        if f.groups > 1 {
            let g = Checked(f.groups)
            list.append((.ignoredGroups, m * cells * channels + b))
            list.append((.dividedFiltersByGroups, Checked(f.filters / f.groups) * cells * depth + b))
            if f.useBias { list.append((.biasPerGroup, w + g)) }
        }
        return list
    }

    static func depthwise(_ f: LayerFacts) -> [Candidate] {
        let c = Checked(f.inChannels), cells = Checked(f.cells), w = Checked(f.weights), b = Checked(f.biases)
        var list: [Candidate] = []
        if f.inChannels > 1 { list.append((.depthwiseAsStandard, w * c + b)) }
        if f.useBias { list.append((.forgotBiases, w)) }
        if f.depthMultiplier > 1 { list.append((.ignoredDepthMultiplier, c * cells + (f.useBias ? c : 0))) }
        if f.filters > 1 { list.append((.oneKernelForAllChannels, cells + (f.useBias ? 1 : 0))) }
        list.append((.noWeightSharing, w * Checked(f.inPositions) + b))
        return list
    }

    static func separable(_ f: LayerFacts) -> [Candidate] {
        let c = Checked(f.inChannels), middle = Checked(f.inChannels * f.depthMultiplier)
        let cells = Checked(f.cells), filters = Checked(f.filters), b = Checked(f.biases), t = Checked(f.total)
        let depthwise = middle * cells, pointwise = middle * filters
        var list: [Candidate] = []
        if f.useBias {
            list.append((.separableBiasOnBoth, t + middle))
            list.append((.forgotBiases, depthwise + pointwise))
        }
        list.append((.separableAsStandard, filters * cells * c + b))
        list.append((.forgotPointwise, depthwise + b))
        list.append((.forgotDepthwise, pointwise + b))
        if f.depthMultiplier > 1 { list.append((.ignoredDepthMultiplier, c * cells + c * filters + b)) }
        return list
    }

    static func transposed(_ f: LayerFacts) -> [Candidate] {
        let m = Checked(f.filters), cells = Checked(f.cells), w = Checked(f.weights), b = Checked(f.biases)
        var list: [Candidate] = []
        if f.useBias {
            if f.inChannels != f.filters { list.append((.swappedTransposedChannels, w + Checked(f.inChannels))) }
            list.append((.forgotBiases, w))
        }
        if f.inChannels > 1 { list.append((.forgotInputDepth, m * cells + b)) }
        list.append((.multipliedByOutputSize, w * Checked(f.outPositions) + b))
        let stride = f.strides.reduce(1, *)
        if stride > 1 { list.append((.countedStride, w * Checked(stride) + b)) }
        return list
    }

    // MARK: - Output size

    static func outputHeight(_ f: LayerFacts) -> [Candidate] {
        guard let n = f.inSpatial.first, let k = f.kernel.first, let s = f.strides.first, let d = f.dilation.first else {
            return []
        }
        let span = d * (k - 1) + 1
        var list: [Candidate] = []
        if f.padding == .same {
            if n >= span { list.append((.forgotPadding, Checked((n - span) / s + 1))) }
            if s > 1 { list.append((.forgotStride, Checked(n))) }
        } else {
            list.append((.assumedSamePadding, Checked((n + s - 1) / s)))
            if s > 1 { list.append((.forgotStride, Checked(n - span + 1))) }
            if d > 1, n >= k { list.append((.forgotDilation, Checked((n - k) / s + 1))) }
            if n - span >= s { list.append((.forgotPlusOne, Checked((n - span) / s))) }
            if s > 1, (n - span) % s != 0 { list.append((.roundedUp, Checked((n - span) / s + 2))) }
        }
        return list
    }

    // MARK: - Models

    static func denseAfterFlatten(_ facts: QuizFacts) -> [Candidate] {
        let conv = facts.firstConvolution, dense = facts.focus
        let units = Checked(dense.filters), b = Checked(dense.biases), t = Checked(dense.total)
        let channels = Checked(conv.filters)
        let pool = facts.pooling.flatMap { $0.kernel.first } ?? 1
        func pooled(_ size: Int) -> Checked { Checked(size / pool) }
        func denseCount(height: Checked, width: Checked) -> Checked { height * width * channels * units + b }
        var list: [Candidate] = [
            (.flattenedModelInput, Checked(conv.inPositions) * Checked(conv.inChannels) * units + b),
            (.forgotFlatten, channels * units + b),
        ]
        if dense.useBias { list.append((.forgotBiases, Checked(dense.weights))) }
        if conv.outSpatial != conv.inSpatial, conv.inSpatial.count == 2 {
            list.append((.assumedSamePadding, denseCount(height: pooled(conv.inSpatial[0]), width: pooled(conv.inSpatial[1]))))
        }
        list.append((.countedWholeModel, t + Checked(conv.total)))
        if conv.padding == .valid, conv.strides.allSatisfy({ $0 == 1 }), conv.inSpatial.count == 2, conv.kernel.count == 2,
           (conv.inSpatial[0] - conv.kernel[0]) / pool >= 1, (conv.inSpatial[1] - conv.kernel[1]) / pool >= 1 {
            list.append((.forgotPlusOne, denseCount(height: pooled(conv.inSpatial[0] - conv.kernel[0]),
                                               width: pooled(conv.inSpatial[1] - conv.kernel[1]))))
        }
        if facts.pooling != nil, conv.outSpatial.count == 2 {
            list.append((.forgotPooling, denseCount(height: Checked(conv.outSpatial[0]), width: Checked(conv.outSpatial[1]))))
        }
        return list
    }

    static func network(_ facts: QuizFacts) -> [Candidate] {
        let convs = facts.convolutions
        let modelDepth = Checked(facts.modelInputChannels)
        func sum(_ term: (LayerFacts) -> Checked) -> Checked {
            convs.reduce(Checked(0)) { $0 + term($1) }
        }
        var list: [Candidate] = []
        if convs.contains(where: \.useBias) { list.append((.forgotBiases, sum { Checked($0.weights) })) }
        if convs.dropFirst().contains(where: { $0.inChannels != facts.modelInputChannels }) {
            list.append((.usedModelInputDepth, sum { Checked($0.filters) * Checked($0.cells) * modelDepth + Checked($0.biases) }))
        }
        if convs.contains(where: { $0.inChannels > 1 }) {
            list.append((.forgotInputDepth, sum { Checked($0.filters) * Checked($0.cells) + Checked($0.biases) }))
        }
        if convs.contains(where: { $0.inChannels != $0.filters }) {
            list.append((.filtersAsDepth, sum {
                Checked($0.filters) * Checked($0.cells) * Checked($0.filters) + Checked($0.biases)
            }))
        }
        if convs.count > 1, let last = convs.last { list.append((.answeredOneLayer, Checked(last.total))) }
        return list
    }

    static func batchNormalization(_ facts: QuizFacts) -> [Candidate] {
        let conv = facts.firstConvolution
        let c = Checked(conv.filters), p = Checked(conv.total), d = Checked(facts.modelInputChannels)
        let values = Checked(conv.outPositions) * c
        var list: [Candidate] = []
        switch facts.target {
        case .modelNonTrainable:
            list.append((.allBatchNormNonTrainable, c * 4))
            if facts.modelInputChannels != conv.filters { list.append((.batchNormOnInputChannels, d * 2)) }
            if conv.outPositions > 1 { list.append((.batchNormPerValue, values * 2)) }
        case .modelTrainable:
            list.append((.countedBatchNormStatistics, p + c * 4))
            if facts.modelInputChannels != conv.filters { list.append((.batchNormOnInputChannels, p + d * 2)) }
            if conv.outPositions > 1 { list.append((.batchNormPerValue, p + values * 2)) }
            if conv.useBias { list.append((.forgotBiases, p - c + c * 2)) }
        default:
            list.append((.leftOutBatchNormStatistics, p + c * 2))
            if facts.modelInputChannels != conv.filters { list.append((.batchNormOnInputChannels, p + d * 4)) }
            if conv.outPositions > 1 { list.append((.batchNormPerValue, p + values * 4)) }
            if conv.useBias { list.append((.forgotBiases, p - c + c * 4)) }
        }
        return list
    }

    // MARK: - Multiply-accumulates

    static func multiplyAccumulates(_ f: LayerFacts) -> [Candidate] {
        let t = Checked(f.multiplyAccumulates), m = Checked(f.filters), cells = Checked(f.cells)
        let depth = Checked(f.kernelDepth), positions = Checked(f.outPositions)
        var list: [Candidate] = [(.answeredParameters, Checked(f.total))]
        if f.inPositions != f.outPositions { list.append((.macsOverInputSize, Checked(f.inPositions) * m * cells * depth)) }
        if f.useBias { list.append((.macsCountedBiases, t + positions * m)) }
        list.append((.flopsNotMACs, t * 2))
        if f.kernelDepth > 1 { list.append((.forgotInputDepth, positions * m * cells)) }
        if f.filters > 1 { list.append((.oneFilterOnly, positions * cells * depth)) }
        return list
    }
}
