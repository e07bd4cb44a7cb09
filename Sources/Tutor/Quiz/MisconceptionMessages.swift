/// What to say about a wrong answer: what the number counted and what should have been counted,
/// with the question's own numbers.
enum MisconceptionMessages {
    static func message(_ id: MisconceptionID, value: Int, facts: QuizFacts) -> String {
        let v = number(value), t = number(facts.answer)
        let f = facts.focus
        switch id {
        case .forgotBiases:
            switch facts.skill {
            case .network:
                let biases = facts.convolutions.map { number($0.biases) }.joined(separator: " + ")
                return "\(v) is every weight but none of the biases: each convolution adds one bias per filter "
                    + "(\(biases)), so the total is \(t)."
            case .batchnorm:
                let conv = facts.firstConvolution
                return "\(v) leaves out the convolution's \(number(conv.biases)) biases: with use_bias=True it has one "
                    + "per filter, so the count is \(t)."
            default:
                return "\(v) is every weight but none of the \(number(f.biases)) biases: \(biasOwner(f)) adds one bias, "
                    + "so the count is \(number(f.weights)) + \(number(f.biases)) = \(t)."
            }
        case .forgotInputDepth:
            switch facts.skill {
            case .network:
                let depths = listText(facts.convolutions.map(\.inChannels))
                return "\(v) treats every kernel as one channel deep: a kernel reaches through all the channels of its "
                    + "layer's input (\(depths)), so the total is \(t)."
            case .macs:
                return "\(v) leaves out the \(number(f.inChannels)) input channels: each output value sums "
                    + "\(f.kernelText)×\(f.kernelDepth) = \(number(f.perKernel)) products, so the layer does \(t) MACs."
            case .transposed:
                return "\(v) leaves out the \(number(f.inChannels)) input channels: each of them has its own "
                    + "\(f.kernelText) kernel for each of the \(plural(f.filters, "output channel")), "
                    + "\(number(f.weights)) weights, so the count is \(t)."
            default:
                let steps = f.kernel.count == 1 ? " steps" : ""
                return "\(v) counts each kernel as \(f.kernelText)\(steps) only: it also reaches through \(depthSource(facts)), "
                    + "so one kernel holds \(f.kernelText)×\(f.kernelDepth) = \(number(f.perKernel)) weights "
                    + "and the layer \(t) parameters."
            }
        case .noWeightSharing:
            return "\(v) multiplies the weights by the input's \(f.inSpatialText) positions, as if every position had "
                + "kernels of its own: the same \(plural(f.filters, "kernel")) slide over all of them (weight sharing), "
                + "so the input's size never enters the count: \(t)."
        case .multipliedByOutputSize:
            return "\(v) multiplies the weights by the \(f.outSpatialText) output positions: that is how often the "
                + "kernels are used, not how many weights there are. The weights are shared, so the count is \(t)."
        case .biasPerWeight:
            return "\(v) gives every weight a bias: a bias belongs to a whole filter, so there are "
                + "\(number(f.biases)) biases, not \(number(f.weights)), and the count is \(t)."
        case .filtersAsDepth:
            if facts.skill == .network {
                let depths = listText(facts.convolutions.map(\.inChannels))
                return "\(v) makes each layer's kernels as deep as its own filter count: a kernel is as deep as the "
                    + "layer's input (\(depths) channels), so the total is \(t)."
            }
            return "\(v) makes each kernel \(number(f.filters)) deep, the number of filters: a kernel is as deep as "
                + "its input, \(plural(f.kernelDepth, "channel")), so the count is \(t)."
        case .offByOneFilter:
            let perFilter = f.perKernel + (f.useBias ? 1 : 0)
            let parts = f.useBias ? " (\(number(f.perKernel)) weights and a bias)" : ""
            return "\(v) is \(number(f.filters + 1)) filters' worth: the layer has \(number(f.filters)) filters of "
                + "\(number(perFilter)) parameters each\(parts), so the count is \(t)."
        case .oneBiasForLayer:
            return "\(v) adds a single bias for the whole layer: every filter has its own, so there are "
                + "\(number(f.biases)) biases and the count is \(t)."
        case .countedAsDense:
            return "\(v) is what a fully connected layer of \(number(f.filters)) units would need on this "
                + "\(f.inputText) input: a convolution connects each filter to one \(f.kernelText) window at a time "
                + "and reuses it everywhere, so the count is \(t)."
        case .countedMissingBiases:
            return "\(v) adds \(number(f.filters)) biases, but use_bias=False leaves them out: the count is the "
                + "weights alone, \(t)."
        case .squaredKernel:
            if f.kernel.count == 1 {
                return "\(v) treats the kernel of \(f.kernelText) as \(f.kernelText)×\(f.kernelText): a Conv1D kernel "
                    + "spans \(f.kernelText) steps (through the input's \(plural(f.kernelDepth, "channel"))), so the count is \(t)."
            }
            let side = f.kernel.max() ?? 0
            return "\(v) treats the \(f.kernelText) kernel as \(side)×\(side): it has \(f.kernel.map(String.init).joined(separator: "·")) "
                + "= \(f.cells) cells per channel, so the count is \(t)."
        case .oneFilterOnly:
            return "\(v) counts one filter: \(every(f.filters, "filter")) run at each of the \(f.outSpatialText) "
                + "positions, so the layer does \(t) MACs."
        case .usedModelInputDepth:
            if facts.skill == .network {
                let depths = listText(facts.convolutions.map(\.inChannels))
                return "\(v) makes every kernel \(number(facts.modelInputChannels)) deep, the depth of the model's input: "
                    + "each layer after the first sees the previous layer's filters, so the depths are \(depths) "
                    + "and the total is \(t)."
            }
            return "\(v) makes the second layer's kernels \(number(facts.modelInputChannels)) deep, the depth of the "
                + "model's input: that layer sees the first layer's output, which has \(plural(f.inChannels, "channel")), "
                + "so its kernels are \(f.kernelText)×\(number(f.inChannels)) and the count is \(t)."
        case .countedWholeModel:
            let others = facts.layers.indices.filter { $0 != facts.focusIndex }.reduce(0) { $0 + facts.layers[$1].total }
            if facts.skill == .denseAfterFlatten {
                return "\(v) adds the convolution's \(number(others)) parameters: the Dense layer alone has \(t)."
            }
            return "\(v) adds the first layer's \(number(others)) parameters: the question is about the second layer "
                + "alone, which has \(t)."
        case .answeredOneLayer:
            let parts = facts.convolutions.map { number($0.total) }.joined(separator: " + ")
            return "\(v) is the last convolution alone: the model's total adds up every layer, \(parts) = \(t)."
        case .kernelDepthFromInput:
            let frames = f.inSpatial.first ?? 0, own = f.kernel.first ?? 0
            return "\(v) makes the kernel \(frames) deep, as deep as the input's \(frames) frames: a 3-D kernel has "
                + "a depth of its own, \(own), and slides along the frames (it is the input's \(plural(f.inChannels, "channel")) "
                + "that it spans in full), so the count is \(t)."
        case .forgotKernelDepth:
            let face = f.kernel.dropFirst().map(String.init).joined(separator: "×")
            return "\(v) counts a \(face) kernel, as in 2-D: a Conv3D kernel is \(f.kernelText) and spans the input's "
                + "\(plural(f.inChannels, "channel")), \(number(f.perKernel)) weights, so the count is \(t)."
        case .depthwiseAsStandard:
            return "\(v) counts standard kernels, \(f.kernelText)×\(number(f.inChannels)): a depthwise kernel sees "
                + "one channel only (\(f.kernelText)×1), so the count is \(t)."
        case .ignoredDepthMultiplier:
            let kernels = number(f.inChannels * f.depthMultiplier)
            if f.kind == .separable {
                return "\(v) gives each channel one depthwise kernel: depth_multiplier=\(f.depthMultiplier) makes "
                    + "\(kernels) of them, and the pointwise kernels are \(kernels) deep, so the count is \(t)."
            }
            return "\(v) gives each channel one kernel: depth_multiplier=\(f.depthMultiplier) gives each of the "
                + "\(number(f.inChannels)) channels \(f.depthMultiplier), \(kernels) kernels (and biases) in all, "
                + "so the count is \(t)."
        case .oneKernelForAllChannels:
            return "\(v) counts one \(f.kernelText) kernel\(f.useBias ? " and bias" : "") for all channels: a depthwise "
                + "layer has one per channel\(f.depthMultiplier > 1 ? " and multiplier" : ""), "
                + "\(number(f.filters)) in all, so the count is \(t)."
        case .separableBiasOnBoth:
            return "\(v) puts biases on both stages: Keras' SeparableConv2D has none on the depthwise stage, only the "
                + "\(number(f.biases)) on the pointwise one, so the count is \(t)."
        case .separableAsStandard:
            let middle = f.inChannels * f.depthMultiplier
            return "\(v) is a standard \(f.kernelText) convolution with \(number(f.filters)) filters: a separable one "
                + "has a depthwise stage (\(number(middle * f.cells)) weights) and a pointwise 1×1 stage "
                + "(\(number(middle * f.filters)) weights), plus \(number(f.biases)) biases: \(t)."
        case .forgotPointwise:
            let middle = f.inChannels * f.depthMultiplier
            return "\(v) leaves out the pointwise stage: \(number(f.filters)) kernels of 1×1×\(number(middle)) add "
                + "\(number(middle * f.filters)) weights, so the count is \(t)."
        case .forgotDepthwise:
            let middle = f.inChannels * f.depthMultiplier
            return "\(v) leaves out the depthwise stage: \(number(middle)) kernels of \(f.kernelText) add "
                + "\(number(middle * f.cells)) weights, so the count is \(t)."
        case .ignoredGroups:
            return "\(v) is the count without groups: with groups=\(f.groups) each kernel sees only its own group's "
                + "\(plural(f.kernelDepth, "channel")) out of \(number(f.inChannels)), so the count is \(t)."
        case .dividedFiltersByGroups:
            return "\(v) divides by the groups twice: the kernels are \(number(f.kernelDepth)) deep, but there are "
                + "still all \(number(f.filters)) of them (\(number(f.filters / max(f.groups, 1))) per group), "
                + "so the count is \(t)."
        case .biasPerGroup:
            return "\(v) gives one bias per group: each of the \(number(f.filters)) filters has its own, "
                + "so the count is \(t)."
        case .swappedTransposedChannels:
            return "\(v) gives a bias to each of the \(number(f.inChannels)) input channels: a transposed "
                + "convolution's biases belong to its \(plural(f.filters, "output channel")), the filters, so the count "
                + "is \(number(f.weights)) + \(number(f.filters)) = \(t)."
        case .countedStride:
            let stride = f.strides.map(String.init).joined(separator: "×")
            return "\(v) multiplies the weights by the stride, \(stride): the stride spreads the output apart but "
                + "adds no weights, so the count is \(t)."
        case .forgotPadding, .forgotStride, .forgotDilation, .roundedUp:
            return outputSize(id, v: v, t: t, f: f)
        case .assumedSamePadding, .forgotPlusOne:
            if facts.skill == .denseAfterFlatten { return denseInput(id, v: v, t: t, facts: facts) }
            return outputSize(id, v: v, t: t, f: f)
        case .flattenedModelInput, .forgotFlatten, .forgotPooling:
            return denseInput(id, v: v, t: t, facts: facts)
        case .countedBatchNormStatistics, .leftOutBatchNormStatistics, .allBatchNormNonTrainable,
             .batchNormOnInputChannels, .batchNormPerValue:
            return batchNormalization(id, v: v, t: t, facts: facts)
        case .answeredParameters:
            return "\(v) is the layer's parameter count, not its work: each of the \(f.outputText) output values takes "
                + "\(f.kernelText)×\(f.kernelDepth) = \(number(f.perKernel)) multiply-accumulates, so the layer does \(t)."
        case .macsOverInputSize:
            return "\(v) slides the kernels over all \(f.inSpatialText) input positions: they fit at only "
                + "\(f.outSpatialText) positions, so the layer does \(t) MACs."
        case .macsCountedBiases:
            return "\(v) counts the \(number(f.outPositions * f.filters)) bias additions: a bias is an addition "
                + "without a multiplication, so the MACs are \(t)."
        case .flopsNotMACs:
            return "\(v) counts the multiplications and the additions separately (FLOPs): a MAC is one multiply and "
                + "one add together, so the layer does \(t) MACs."
        }
    }

    /// What carries one bias each: "each filter", "each output channel".
    private static func biasOwner(_ f: LayerFacts) -> String {
        switch f.kind {
        case .depthwise, .transposed: return "each output channel"
        case .separable: return "each pointwise filter"
        case .dense: return "each unit"
        default: return "each filter"
        }
    }

    /// Where a kernel's depth comes from: "all 3 input channels", "the 16 channels the first layer makes".
    private static func depthSource(_ facts: QuizFacts) -> String {
        let f = facts.focus
        if f.groups > 1 {
            return "the \(number(f.kernelDepth)) channels of its group"
        }
        if facts.focusIndex > 0 {
            return "the \(number(f.kernelDepth)) channels the first layer makes"
        }
        return every(f.kernelDepth, "input channel")
    }

    private static func outputSize(_ id: MisconceptionID, v: String, t: String, f: LayerFacts) -> String {
        let n = f.inSpatial.first ?? 0, k = f.kernel.first ?? 0, s = f.strides.first ?? 1, d = f.dilation.first ?? 1
        let span = d * (k - 1) + 1
        let valid = s == 1 ? "\(n) − \(span) + 1 = \(t)" : "⌊(\(n) − \(span))/\(s)⌋ + 1 = \(t)"
        let same = s == 1 ? "the input's height, \(t)" : "⌈\(n)/\(s)⌉ = \(t)"
        switch id {
        case .forgotPadding:
            return "\(v) is the height without padding: padding='same' pads the input so that the output is \(same)."
        case .forgotStride:
            return "\(v) ignores the stride: the kernel moves \(s) cells at a time, so the output is "
                + (f.padding == .same ? same : valid) + "."
        case .forgotDilation:
            return "\(v) ignores the dilation: with dilation_rate=\(d) the \(k)-cell kernel spans \(span) cells, "
                + "so the output is \(valid)."
        case .roundedUp:
            return "\(v) rounds up: a position only counts when the whole kernel fits, so the division rounds down: "
                + "\(valid)."
        case .assumedSamePadding:
            return "\(v) keeps the height\(s > 1 ? " (divided by the stride only)" : ""), as 'same' padding would: with "
                + "padding='valid' the kernel must fit inside the input, so the output is \(valid)."
        default:
            return "\(v) forgets the + 1: the first position counts too, so the output is \(valid)."
        }
    }

    private static func denseInput(_ id: MisconceptionID, v: String, t: String, facts: QuizFacts) -> String {
        let conv = facts.firstConvolution, dense = facts.focus
        let seen = "the Dense layer sees \(number(dense.inputs)) values and has \(t) parameters"
        switch id {
        case .flattenedModelInput:
            return "\(v) flattens the model's \(conv.inputText) input: the Dense layer sees the output before it, "
                + "\(number(dense.inputs)) values, so it has \(number(dense.inputs))·\(number(dense.filters)) + "
                + "\(number(dense.biases)) = \(t)."
        case .forgotFlatten:
            return "\(v) connects each unit to the \(number(conv.filters)) channels only, as Dense does without "
                + "Flatten: after Flatten each unit sees all \(number(dense.inputs)) values, so the count is \(t)."
        case .forgotPooling:
            let pool = facts.pooling?.kernelText ?? "2×2"
            let pooled = facts.pooling?.outSpatialText ?? ""
            return "\(v) leaves out the pooling: \(pool) max pooling shrinks \(conv.outSpatialText) to \(pooled), "
                + "so \(seen)."
        case .assumedSamePadding:
            return "\(v) assumes the convolution keeps the \(conv.inSpatialText) size: with 'valid' padding it "
                + "shrinks to \(conv.outSpatialText), so \(seen)."
        default:
            let height = conv.inSpatial.first ?? 0, k = conv.kernel.first ?? 0
            let pooled = facts.pooling.map { " (\($0.outSpatial.first ?? 0) after pooling)" } ?? ""
            return "\(v) uses \(height) − \(k) positions along each side: the convolution's output is "
                + "\(height) − \(k) + 1 = \(conv.outSpatial.first ?? 0) high\(pooled), so \(seen)."
        }
    }

    private static func batchNormalization(_ id: MisconceptionID, v: String, t: String, facts: QuizFacts) -> String {
        let conv = facts.firstConvolution
        let c = conv.filters
        switch id {
        case .countedBatchNormStatistics:
            return "\(v) counts the moving mean and variance as trainable: Keras reports those \(number(2 * c)) as "
                + "non-trainable, so the trainable count is the convolution's \(number(conv.total)) plus gamma and "
                + "beta, \(number(2 * c)): \(t)."
        case .leftOutBatchNormStatistics:
            return "\(v) leaves out the moving mean and variance, as PyTorch's count does: Keras counts them too, "
                + "\(number(2 * c)) non-trainable parameters, so its total is \(t)."
        case .allBatchNormNonTrainable:
            return "\(v) counts gamma and beta as non-trainable too: they are learned; only the moving mean and "
                + "variance, 2·\(number(c)), are non-trainable: \(t)."
        case .batchNormOnInputChannels:
            return "\(v) normalizes the model input's \(plural(facts.modelInputChannels, "channel")): batch normalization "
                + "comes after the convolution, whose output has \(number(c)) channels, so the count is \(t)."
        default:
            return "\(v) gives each of the \(conv.outputText) values numbers of its own: batch normalization keeps "
                + "them per channel, \(number(c)) channels, so the count is \(t)."
        }
    }
}
