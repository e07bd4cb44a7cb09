import ConvMath

/// The wrong numbers each derivation step invites, with what to say about each.
enum GuidedCandidates {
    typealias Candidate = (id: MisconceptionID, value: Int, message: String)

    static func of(_ kind: DerivationStep.Kind, facts: QuizFacts, correct: Int) -> [Candidate] {
        let f = facts.focus
        switch (kind, f.kind) {
        case (.kernelDepth, .depthwise):
            return [(.depthwiseAsStandard, f.inChannels,
                     "\(number(f.inChannels)) is the input's depth: a depthwise kernel sees one channel only, so it is 1 deep.")]
        case (.kernelDepth, _):
            return kernelDepth(facts, correct: correct)
        case (.weightsPerKernel, .dense):
            return denseInputs(facts, correct: correct)
        case (.weightsPerKernel, .depthwise):
            return [(.depthwiseAsStandard, f.cells * f.inChannels,
                     "\(number(f.cells * f.inChannels)) is a standard kernel, \(f.kernelText)×\(number(f.inChannels)): "
                        + "a depthwise kernel is \(f.kernelText)×1, \(number(correct)) weights.")]
        case (.weightsPerKernel, .convolution):
            return weightsPerKernel(facts, correct: correct)
        case (.allWeights, .batchNormalization), (.statistics, .batchNormalization):
            return batchNormalization(kind, facts: facts, correct: correct)
        case (.allWeights, .convolution), (.allWeights, .transposed), (.allWeights, .depthwise):
            return allWeights(facts, correct: correct)
        case (.biases, _):
            return biases(facts, correct: correct)
        case (.depthwiseStage, _), (.pointwiseStage, _):
            return separableStage(kind, facts: facts, correct: correct)
        default:
            return []
        }
    }

    private static func kernelDepth(_ facts: QuizFacts, correct: Int) -> [Candidate] {
        let f = facts.focus
        var list: [Candidate] = []
        if f.groups > 1 {
            list.append((.ignoredGroups, f.inChannels,
                         "\(number(f.inChannels)) is all the input's channels: with groups=\(f.groups) each kernel sees "
                            + "only its own group's \(plural(correct, "channel"))."))
        }
        if facts.focusIndex > 0 {
            list.append((.usedModelInputDepth, facts.modelInputChannels,
                         "\(number(facts.modelInputChannels)) is the depth of the model's input: this layer sees the "
                            + "previous layer's output, which has \(plural(correct, "channel"))."))
        }
        if f.kernel.count == 3, let frames = f.inSpatial.first {
            list.append((.kernelDepthFromInput, frames,
                         "\(number(frames)) is the number of frames, which the kernel slides along: the depth asked "
                            + "for is the channels it spans in full, \(number(correct))."))
        }
        list.append((.filtersAsDepth, f.filters,
                     "\(number(f.filters)) is the number of filters: a kernel is as deep as its input, "
                        + "\(plural(correct, "channel"))."))
        list.append((.forgotInputDepth, 1,
                     "1 would be a flat kernel: it reaches through all \(plural(correct, "channel")) it sees."))
        return list
    }

    private static func weightsPerKernel(_ facts: QuizFacts, correct: Int) -> [Candidate] {
        let f = facts.focus
        let full = "the kernel is \(f.kernelText)×\(f.kernelDepth), \(number(correct)) weights"
        var list: [Candidate] = [
            (.forgotInputDepth, f.cells, "\(number(f.cells)) is one channel's \(f.kernelText): \(full)."),
        ]
        if f.groups > 1 {
            list.append((.ignoredGroups, f.cells * f.inChannels,
                         "\(number(f.cells * f.inChannels)) spans all \(number(f.inChannels)) channels: with "
                            + "groups=\(f.groups) \(full)."))
        }
        if facts.focusIndex > 0 {
            list.append((.usedModelInputDepth, f.cells * facts.modelInputChannels,
                         "\(number(f.cells * facts.modelInputChannels)) uses the model input's depth, "
                            + "\(number(facts.modelInputChannels)): this layer sees the previous layer's output, so \(full)."))
        }
        if f.kernel.count == 1 {
            list.append((.squaredKernel, f.cells * f.cells * f.kernelDepth,
                         "\(number(f.cells * f.cells * f.kernelDepth)) takes the 1-D kernel as \(f.kernelText)×\(f.kernelText): \(full)."))
        } else if f.kernel.count == 2, let side = f.kernel.max(), f.kernel[0] != f.kernel[1] {
            list.append((.squaredKernel, side * side * f.kernelDepth,
                         "\(number(side * side * f.kernelDepth)) takes the kernel as \(side)×\(side): \(full)."))
        } else if f.kernel.count == 3, let frames = f.inSpatial.first {
            let face = f.kernel.dropFirst().reduce(1, *)
            list.append((.forgotKernelDepth, face * f.kernelDepth,
                         "\(number(face * f.kernelDepth)) leaves out the kernel's own depth of \(f.kernel[0]): \(full)."))
            list.append((.kernelDepthFromInput, frames * face * f.kernelDepth,
                         "\(number(frames * face * f.kernelDepth)) makes the kernel as deep as the \(number(frames)) "
                            + "frames: \(full)."))
        }
        list.append((.filtersAsDepth, f.cells * f.filters,
                     "\(number(f.cells * f.filters)) makes the kernel \(number(f.filters)) deep, the number of filters: \(full)."))
        return list
    }

    private static func allWeights(_ facts: QuizFacts, correct: Int) -> [Candidate] {
        let f = facts.focus
        let (w, m, cells) = (Checked(correct), Checked(f.filters), Checked(f.cells))
        let all = "so the layer's kernels hold \(number(correct)) weights"
        var list: [(MisconceptionID, Checked, String)] = []
        switch f.kind {
        case .depthwise:
            list.append((.oneKernelForAllChannels, cells, "is a single kernel: every channel has its own, \(all)"))
            if f.depthMultiplier > 1 {
                list.append((.ignoredDepthMultiplier, Checked(f.inChannels) * cells,
                             "leaves out depth_multiplier=\(f.depthMultiplier): there are \(number(f.filters)) kernels, \(all)"))
            }
            list.append((.depthwiseAsStandard, w * Checked(f.inChannels),
                         "counts standard kernels, \(number(f.inChannels)) deep: depthwise kernels are 1 deep, \(all)"))
        case .transposed:
            list.append((.forgotInputDepth, cells * m,
                         "leaves out the \(plural(f.inChannels, "input channel")): each has its own kernels, \(all)"))
        default:
            list.append((.oneFilterOnly, Checked(f.perKernel),
                         "is one kernel: there are \(plural(f.filters, "filter")), \(all)"))
            list.append((.forgotInputDepth, m * cells,
                         "counts each kernel as \(f.kernelText) only: it is \(number(f.kernelDepth)) deep, \(all)"))
            if f.filters != f.kernelDepth, f.groups == 1 {
                list.append((.filtersAsDepth, m * cells * m,
                             "makes each kernel \(number(f.filters)) deep, the number of filters: it is "
                                + "\(number(f.kernelDepth)) deep, \(all)"))
            }
            if f.groups > 1 {
                list.append((.ignoredGroups, m * cells * Checked(f.inChannels),
                             "is the count without groups: each kernel sees only \(plural(f.kernelDepth, "channel")), \(all)"))
            }
            if facts.focusIndex > 0 {
                list.append((.usedModelInputDepth, m * cells * Checked(facts.modelInputChannels),
                             "uses the model input's depth: this layer's kernels are \(number(f.kernelDepth)) deep, \(all)"))
            }
        }
        list.append((.noWeightSharing, w * Checked(f.inPositions),
                     "multiplies by the input's \(f.inSpatialText) positions: the same kernels slide over all of them, \(all)"))
        if f.outPositions != f.inPositions {
            list.append((.multipliedByOutputSize, w * Checked(f.outPositions),
                         "multiplies by the \(f.outSpatialText) output positions: the kernels are shared, \(all)"))
        }
        return list.compactMap { id, value, text in value.value.map { (id, $0, "\(number($0)) \(text).") } }
    }

    private static func biases(_ facts: QuizFacts, correct: Int) -> [Candidate] {
        let f = facts.focus
        guard correct > 0 else {
            return [(.countedMissingBiases, f.filters,
                     "\(number(f.filters)) counts biases, but use_bias=False leaves them out: there are none.")]
        }
        let owner = f.kind == .separable ? "pointwise filter" : f.kind == .dense ? "unit" : f.kind == .convolution ? "filter" : "output channel"
        let each = "one bias per \(owner), \(number(correct))"
        var list: [Candidate] = [
            (.forgotBiases, 0, "0 leaves the biases out: use_bias=True gives \(each)."),
            (.oneBiasForLayer, 1, "1 is a single bias for the layer: there is \(each)."),
            (.biasPerWeight, f.weights, "\(number(f.weights)) gives every weight a bias: there is \(each)."),
        ]
        if f.groups > 1 {
            list.append((.biasPerGroup, f.groups, "\(f.groups) is one bias per group: there is \(each)."))
        }
        if f.kind == .transposed {
            list.append((.swappedTransposedChannels, f.inChannels,
                         "\(number(f.inChannels)) counts the input channels: the biases belong to the output channels, \(number(correct))."))
        }
        if f.kind == .depthwise, f.depthMultiplier > 1 {
            list.append((.ignoredDepthMultiplier, f.inChannels,
                         "\(number(f.inChannels)) leaves out depth_multiplier=\(f.depthMultiplier): there is \(each)."))
        }
        if f.kind == .separable {
            let both = correct + f.inChannels * f.depthMultiplier
            list.append((.separableBiasOnBoth, both,
                         "\(number(both)) puts biases on the depthwise stage too: Keras puts them on the pointwise stage only, \(number(correct))."))
        }
        return list
    }

    private static func separableStage(_ kind: DerivationStep.Kind, facts: QuizFacts, correct: Int) -> [Candidate] {
        let f = facts.focus
        let middle = f.inChannels * f.depthMultiplier
        var list: [Candidate] = []
        if kind == .depthwiseStage {
            list.append((.separableBiasOnBoth, correct + middle,
                         "\(number(correct + middle)) adds biases to the depthwise stage: Keras gives it none, so it holds \(number(correct))."))
            list.append((.separableAsStandard, f.filters * f.cells * f.inChannels,
                         "\(number(f.filters * f.cells * f.inChannels)) is a standard convolution's weights: the depthwise "
                            + "stage has one \(f.kernelText) kernel per channel, \(number(correct))."))
            if f.depthMultiplier > 1 {
                list.append((.ignoredDepthMultiplier, f.inChannels * f.cells,
                             "\(number(f.inChannels * f.cells)) leaves out depth_multiplier=\(f.depthMultiplier): there are "
                                + "\(number(middle)) kernels, \(number(correct)) weights."))
            }
        } else {
            list.append((.oneFilterOnly, middle,
                         "\(number(middle)) is one pointwise kernel: there are \(plural(f.filters, "filter")), \(number(correct)) weights."))
            if f.depthMultiplier > 1 {
                list.append((.ignoredDepthMultiplier, f.inChannels * f.filters,
                             "\(number(f.inChannels * f.filters)) leaves out depth_multiplier=\(f.depthMultiplier): the pointwise "
                                + "kernels are \(number(middle)) deep, \(number(correct)) weights."))
            }
        }
        return list
    }

    private static func denseInputs(_ facts: QuizFacts, correct: Int) -> [Candidate] {
        let conv = facts.firstConvolution
        guard conv.kind == .convolution else { return [] }
        let sees = "each unit sees the \(number(correct)) values Flatten makes of the layer before"
        var list: [Candidate] = [
            (.flattenedModelInput, conv.inPositions * conv.inChannels,
             "\(number(conv.inPositions * conv.inChannels)) is the model's input flattened: \(sees)."),
            (.forgotFlatten, conv.filters, "\(number(conv.filters)) is the channels alone: \(sees)."),
        ]
        if facts.pooling != nil {
            list.append((.forgotPooling, conv.outPositions * conv.filters,
                         "\(number(conv.outPositions * conv.filters)) leaves out the pooling: \(sees)."))
        }
        return list
    }

    private static func batchNormalization(_ kind: DerivationStep.Kind, facts: QuizFacts, correct: Int) -> [Candidate] {
        let f = facts.focus
        let channels = f.filters
        let perChannel = "batch normalization keeps its numbers per channel, \(plural(channels, "channel"))"
        var list: [Candidate] = []
        if kind == .allWeights {
            list.append((.countedBatchNormStatistics, 2 * correct,
                         "\(number(2 * correct)) counts the moving mean and variance as learned: only gamma and beta are, \(number(correct))."))
        }
        if facts.modelInputChannels != channels {
            let value = correct / max(channels, 1) * facts.modelInputChannels
            list.append((.batchNormOnInputChannels, value,
                         "\(number(value)) uses the model input's \(plural(facts.modelInputChannels, "channel")): \(perChannel)."))
        }
        let values = f.inPositions * correct
        if f.inPositions > 1 {
            list.append((.batchNormPerValue, values, "\(number(values)) gives every value its own numbers: \(perChannel)."))
        }
        return list
    }
}
