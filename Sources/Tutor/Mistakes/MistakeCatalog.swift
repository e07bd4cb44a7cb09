import ConvMath

/// Every known mistake, in one place: each is a wrong rule for one or more quantities of a
/// derivation, and the words that name it. Adding a mistake is adding one value here.
enum MistakeCatalog {
    static let all: [Mistake] = biases + depths + cells + filters + weights + stages + models + sizes + flatten
        + normalization + work
        + savings + bottlenecks + floatingPoint + spatial
        + memory + backwards + famous

    static func mistake(_ id: MisconceptionID) -> Mistake? {
        all.first { $0.id == id }
    }

    // MARK: - Biases

    static let biases: [Mistake] = [
        Mistake(.forgotBiases, [.replace(.biases) { $0.correct > 0 ? 0 : nil }]) { site in
            MistakeWording(counted: site.rightSum == 1 ? "is every weight but not the bias"
                            : "is every weight but none of the \(number(site.rightSum)) biases",
                           rule: site.layerCount > 1 ? "each layer adds one bias per filter" : "each \(owner(site.layer)) adds one bias")
        },
        Mistake(.countedMissingBiases, [.replace(.biases) { site in
            site.correct == 0 && !site.layer.useBias && hasBiasArgument(site.layer) ? site.layer.filters : nil
        }]) { site in
            MistakeWording(counted: "adds \(plural(site.wrong, "bias"))",
                           rule: "\(noBiasArgument(site.spelling)) leaves them out, so the layer has weights only")
        },
        Mistake(.biasPerWeight, [.replace(.biases) { site in
            guard site.correct > 0, let weights = site.earlier[.allWeights], weights > site.correct else { return nil }
            return weights
        }]) { site in
            MistakeWording(counted: "gives every weight a bias of its own",
                           rule: "a bias belongs to a whole \(owner(site.layer)), so there \(site.rightSum == 1 ? "is" : "are") \(plural(site.rightSum, "bias"))")
        },
        Mistake(.oneBiasForLayer, [.replace(.biases) { $0.correct > 1 ? 1 : nil }]) { site in
            MistakeWording(counted: "adds a single bias for the whole layer",
                           rule: "every \(owner(site.layer)) has its own, \(plural(site.right, "bias")) in all")
        },
        Mistake(.biasPerInputChannel, [.replace(.biases) { site in
            site.correct > 0 && site.layer.kind != .dense ? site.layer.inChannels : nil
        }]) { site in
            site.layer.kind == .transposed
                ? MistakeWording(counted: "gives the \(number(site.wrong)) input channels the biases",
                                 rule: "a transposed layer's biases belong to its output channels, \(number(site.right)) of them")
                : MistakeWording(counted: "adds one bias per input channel",
                                 rule: "there is one bias per \(owner(site.layer)), \(number(site.right)) in all")
        },
        Mistake(.biasPerOutputValue, [.replace(.biases) { site in
            site.correct > 0 && site.layer.hasKernels && site.layer.outPositions > 1 ? site.correct * site.layer.outPositions : nil
        }]) { site in
            MistakeWording(counted: "gives every output value its own bias",
                           rule: "a \(owner(site.layer))'s one bias serves every position, so there are \(number(site.right))")
        },
        Mistake(.biasPerGroup, [.replace(.biases) { site in
            site.correct > 0 && site.layer.groups > 1 ? site.layer.groups : nil
        }]) { site in
            MistakeWording(counted: "adds one bias per group",
                           rule: "each filter has its own bias, grouped or not: \(number(site.right)) of them")
        },
        Mistake(.separableBiasOnBoth, [.replace(.biases) { site in
            guard site.correct > 0, site.layer.kind == .separable, let middle = site.earlier[.middleChannels] else { return nil }
            return site.correct + middle
        }]) { site in
            MistakeWording(counted: "puts biases on both stages",
                           rule: "Keras puts them on the pointwise stage only, \(number(site.right)) of them")
        },
    ]

    // MARK: - Kernel depth

    static let depths: [Mistake] = [
        Mistake(.forgotInputDepth, [
            .replace(.kernelDepth) { site in site.correct > 1 && site.layer.kind != .depthwise ? 1 : nil },
            .replace(.kernelCount) { site in site.layer.kind == .transposed && site.correct > 1 ? 1 : nil },
        ]) { site in
            if site.layer.kind == .transposed {
                return MistakeWording(counted: "leaves out the \(number(site.right)) input channels",
                                      rule: "each of them has its own \(site.layer.kernelText) kernel for every output channel")
            }
            if site.layer.cells == 1 {
                return MistakeWording(counted: "counts each 1×1 kernel as a single weight",
                                      rule: "a 1×1 kernel is small in space only: it still reaches through all \(number(site.right)) channels")
            }
            if site.layerCount > 1 {
                return MistakeWording(counted: "treats every kernel as one channel deep",
                                      rule: "a kernel reaches through all the channels of its layer's input")
            }
            let steps = site.layer.kernel.count == 1 ? " steps" : ""
            return MistakeWording(counted: "counts each kernel as \(site.layer.kernelText)\(steps) only",
                                  rule: "it also reaches through \(depthSource(site)), so it is "
                                    + "\(site.layer.kernelText)×\(number(site.right))")
        },
        Mistake(.filtersAsDepth, [.replace(.kernelDepth) { site in
            site.layer.kind == .convolution && site.layer.groups == 1 ? site.layer.filters : nil
        }]) { site in
            site.layerCount > 1
                ? MistakeWording(counted: "makes each layer's kernels as deep as its own filter count",
                                 rule: "a kernel is as deep as the layer's input")
                : MistakeWording(counted: "makes each kernel \(number(site.wrong)) deep, the number of filters",
                                 rule: "a kernel is as deep as its input: \(plural(site.right, "channel"))")
        },
        Mistake(.usedModelInputDepth, [.replace(.inputChannels) { site in
            site.layer.index > 0 ? site.model.inputChannels : nil
        }]) { site in
            site.layerCount > 1
                ? MistakeWording(counted: "makes every kernel \(number(site.wrong)) deep, like the model's input",
                                 rule: "each layer after the first reads the previous layer's output, which has one channel per filter")
                : MistakeWording(counted: "makes the kernels \(number(site.wrong)) deep, like the model's input",
                                 rule: "this layer reads the previous layer's output, which has \(plural(site.right, "channel"))")
        },
        Mistake(.ignoredGroups, [.replace(.kernelDepth) { site in
            site.layer.kind == .convolution && site.layer.groups > 1 ? site.layer.inChannels : nil
        }]) { site in
            MistakeWording(counted: "makes each kernel span all \(plural(site.wrong, "input channel"))",
                           rule: "with groups=\(site.layer.groups) a kernel sees only its own group's \(plural(site.right, "channel"))")
        },
        Mistake(.groupsAsDepth, [.replace(.kernelDepth) { site in
            site.layer.kind == .convolution && site.layer.groups > 1 ? site.layer.groups : nil
        }]) { site in
            MistakeWording(counted: "makes each kernel \(number(site.wrong)) deep, the number of groups",
                           rule: "a kernel spans its group's channels: \(site.layer.inChannels)/\(site.layer.groups) = \(number(site.right))")
        },
        Mistake(.depthwiseAsStandard, [.replace(.kernelDepth) { site in
            site.layer.kind == .depthwise ? site.layer.inChannels : nil
        }]) { site in
            MistakeWording(counted: "counts standard kernels of \(site.layer.kernelText)×\(number(site.wrong))",
                           rule: "a depthwise kernel sees one channel only, \(site.layer.kernelText)×1")
        },
    ]

    // MARK: - Kernel cells

    static let cells: [Mistake] = [
        Mistake(.squaredKernel, [.replace(.kernelCells) { site in
            let k = site.layer.kernel
            if k.count == 1, k[0] > 1, site.layer.hasKernels { return k[0] * k[0] }
            if k.count == 2, k[0] != k[1], let longer = k.max() { return longer * longer }
            return nil
        }]) { site in
            let k = site.layer.kernel
            if k.count == 1 {
                return MistakeWording(counted: "treats the kernel of \(k[0]) as \(k[0])×\(k[0])",
                                      rule: "a 1-D kernel spans \(k[0]) steps, through all the input's channels")
            }
            let side = k.max() ?? 0
            return MistakeWording(counted: "treats the \(site.layer.kernelText) kernel as \(side)×\(side)",
                                  rule: "it has \(k.map(String.init).joined(separator: "·")) = \(number(site.right)) cells per channel")
        },
        Mistake(.squaredSmallerSide, [.replace(.kernelCells) { site in
            let k = site.layer.kernel
            guard k.count == 2, k[0] != k[1], let shorter = k.min() else { return nil }
            return shorter * shorter
        }]) { site in
            let side = site.layer.kernel.min() ?? 0
            return MistakeWording(counted: "treats the \(site.layer.kernelText) kernel as \(side)×\(side)",
                                  rule: "it has \(site.layer.kernel.map(String.init).joined(separator: "·")) = "
                                    + "\(number(site.right)) cells per channel")
        },
        Mistake(.kernelDepthFromInput, [.replace(.kernelCells) { site in
            let k = site.layer.kernel
            guard k.count == 3, let frames = site.layer.inSpatial.first, frames != k[0] else { return nil }
            return frames * k[1] * k[2]
        }]) { site in
            let frames = site.layer.inSpatial.first ?? 0, own = site.layer.kernel.first ?? 0
            return MistakeWording(counted: "makes the kernel \(frames) frames deep, as deep as the input's frames",
                                  rule: "a 3-D kernel has a depth of its own, \(own), and slides along the frames")
        },
        Mistake(.framesAsChannels, [
            .replace(.kernelCells) { site in
                let k = site.layer.kernel
                return k.count == 3 && site.layer.hasKernels ? k[1] * k[2] : nil
            },
            .replace(.kernelDepth) { site in
                site.layer.kernel.count == 3 && site.layer.kind == .convolution ? site.layer.inSpatial.first : nil
            },
        ]) { site in
            let k = site.layer.kernel, frames = site.layer.inSpatial.first ?? 0
            let face = k.dropFirst().map(String.init).joined(separator: "×")
            return MistakeWording(counted: "takes the \(frames) frames for channels, as if the kernel were \(face)×\(frames)",
                                  rule: "the frames are a spatial axis that the kernel slides along; the kernel is "
                                    + "\(site.layer.kernelText) and spans the \(plural(site.layer.inChannels, "channel"))")
        },
        Mistake(.forgotKernelDepth, [.replace(.kernelCells) { site in
            let k = site.layer.kernel
            return k.count == 3 && k[0] > 1 ? k[1] * k[2] : nil
        }]) { site in
            let k = site.layer.kernel
            return MistakeWording(counted: "counts a \(k.dropFirst().map(String.init).joined(separator: "×")) kernel, as in 2-D",
                                  rule: "a 3-D kernel is also \(k[0]) frames deep: \(site.layer.kernelText) per channel")
        },
    ]

    // MARK: - Filters and kernels

    static let filters: [Mistake] = [
        Mistake(.forgotFilterCount, [.replace(.kernelCount) { site in
            site.correct > 1 && site.layer.kind != .transposed ? 1 : nil
        }]) { site in
            MistakeWording(counted: "counts the weights of one kernel only",
                           rule: "each of the \(number(site.right)) \(owner(site.layer))s has a kernel of its own")
        },
        Mistake(.oneFilterOnly, [.replace(.filters) { site in
            site.correct > 1 && (site.layer.hasKernels || site.layer.kind == .dense) ? 1 : nil
        }]) { site in
            site.target.asksWork
                ? MistakeWording(counted: "counts one filter", rule: "all \(number(site.right)) filters run at every position")
                : MistakeWording(counted: "is one \(owner(site.layer))'s worth",
                                 rule: "the layer has \(plural(site.right, owner(site.layer)))")
        },
        Mistake(.offByOneFilter, [.replace(.filters) { site in
            site.layer.kind == .convolution ? site.correct + 1 : nil
        }]) { site in
            MistakeWording(counted: "is \(number(site.wrong)) filters' worth", rule: "the layer has \(number(site.right))")
        },
        Mistake(.oneGroupOnly, [.replace(.filters) { site in
            site.layer.kind == .convolution ? site.correct.dividedExactly(by: site.layer.groups) : nil
        }]) { site in
            MistakeWording(counted: "counts one group's \(number(site.wrong)) filters",
                           rule: "every one of the \(site.layer.groups) groups has filters of its own, \(number(site.right)) in all")
        },
        Mistake(.dividedFiltersByGroups, [.replace(.kernelCount) { site in
            site.layer.kind == .convolution ? site.correct.dividedExactly(by: site.layer.groups) : nil
        }]) { site in
            MistakeWording(counted: "divides the filters by the groups as well as the depth",
                           rule: "groups make each kernel shallower, but \(every(site.layer.filters, "filter")) keep their kernels")
        },
        Mistake(.ignoredDepthMultiplier, [
            .replace(.filters) { site in
                site.layer.kind == .depthwise && site.layer.depthMultiplier > 1 ? site.layer.inChannels : nil
            },
            .replace(.middleChannels) { site in
                site.layer.kind == .separable && site.layer.depthMultiplier > 1 ? site.layer.inChannels : nil
            },
        ]) { site in
            MistakeWording(counted: "gives each channel one depthwise kernel",
                           rule: "depth_multiplier=\(site.layer.depthMultiplier) gives each channel \(site.layer.depthMultiplier), "
                            + "\(number(site.right)) in all")
        },
    ]

    // MARK: - Weights

    static let weights: [Mistake] = [
        Mistake(.noWeightSharing, [.replace(.allWeights) { site in
            site.layer.hasKernels && site.layer.inPositions > 1 ? site.correct &* site.layer.inPositions : nil
        }]) { site in
            MistakeWording(counted: "multiplies the weights by the input's \(site.layer.inSpatialText) positions",
                           rule: "the same kernels slide over every position (weight sharing), so the input's size never "
                            + "enters the count")
        },
        Mistake(.multipliedByOutputSize, [.replace(.allWeights) { site in
            site.layer.hasKernels && site.layer.outPositions != site.layer.inPositions ? site.correct &* site.layer.outPositions : nil
        }]) { site in
            MistakeWording(counted: "multiplies the weights by the \(site.layer.outSpatialText) output positions",
                           rule: "that is how often the kernels are used, not how many weights there are")
        },
        Mistake(.countedAsDense, [.replace(.allWeights) { site in
            site.layer.kind == .convolution ? site.layer.inPositions &* site.layer.inChannels &* site.layer.filters : nil
        }]) { site in
            MistakeWording(counted: "is what a fully connected layer of \(plural(site.layer.filters, "unit")) would need on this "
                            + "\(site.layer.inputText) input",
                           rule: "a convolution connects each filter to one "
                            + (site.layer.kernel.count == 1 ? "window of \(site.layer.kernelText) steps" : "\(site.layer.kernelText) window")
                            + " at a time and "
                            + "reuses it everywhere")
        },
        Mistake(.countedStride, [.replace(.allWeights) { site in
            let stride = site.layer.strides.reduce(1, *)
            return site.layer.kind == .transposed && stride > 1 ? site.correct &* stride : nil
        }]) { _ in
            MistakeWording(counted: "multiplies the weights by the stride",
                           rule: "a stride changes where the kernel goes, not how many weights it has")
        },
    ]

    // MARK: - Separable stages

    static let stages: [Mistake] = [
        Mistake(.separableAsStandard, [
            .replace(.depthwiseStage) { _ in 0 },
            .replace(.pointwiseStage) { site in site.layer.filters * site.layer.cells * site.layer.inChannels },
        ]) { _ in
            MistakeWording(counted: "counts a standard convolution of the same size",
                           rule: "a separable layer splits it into a depthwise and a pointwise stage, which hold far fewer weights")
        },
        Mistake(.forgotPointwise, [.replace(.pointwiseStage) { _ in 0 }]) { site in
            MistakeWording(counted: "leaves out the pointwise stage",
                           rule: "after the depthwise stage, \(site.layer.filters) 1×1 kernels mix the channels")
        },
        Mistake(.forgotDepthwise, [.replace(.depthwiseStage) { _ in 0 }]) { site in
            MistakeWording(counted: "leaves out the depthwise stage",
                           rule: "before the pointwise stage, every channel has its own \(site.layer.kernelText) kernel")
        },
    ]

    // MARK: - Models

    static let models: [Mistake] = [
        Mistake(.countedWholeModel, [.replace(.answer) { site in
            guard site.target == .layerParameters, let others = site.earlier[.layerTotal], others > 0 else { return nil }
            return site.correct &+ others
        }]) { site in
            MistakeWording(counted: "adds the other layers' \(number(site.wrong - site.right)) parameters",
                           rule: "the question asks about the \(site.layer.typeName) layer alone")
        },
        Mistake(.answeredOneLayer, [.replace(.modelTotal) { site in
            site.model.weighted.count > 1 ? site.earlier[.layerTotal] : nil
        }]) { _ in
            MistakeWording(counted: "is the last layer's count alone", rule: "the model's total adds up every layer")
        },
        Mistake(.answeredZero, [.replace(.answer) { _ in 0 }]) { site in
            switch site.target {
            case .outputHeight:
                return MistakeWording(counted: "would leave no output at all",
                                      rule: "the kernel fits at least at the first position")
            case .bottleneckSavings:
                return MistakeWording(counted: "would mean the reduction saves nothing",
                                      rule: "a 1×1 layer that narrows the channels makes the wide convolution after it far cheaper")
            case .layerMultiplyAccumulates, .modelMultiplyAccumulates, .directMultiplyAccumulates:
                return MistakeWording(counted: "would mean the layer does no work",
                                      rule: "every output value costs one multiply-accumulate per kernel weight")
            case .separableSavings:
                return MistakeWording(counted: "would mean the separable version saves nothing",
                                      rule: "its two stages hold far fewer weights than one full kernel per filter")
            case .modelNonTrainable:
                return MistakeWording(counted: "would mean every parameter is trained",
                                      rule: "Keras counts batch normalization's moving statistics as non-trainable")
            case .spatial(let target):
                return spatialZero(target)
            case .memory:
                return MistakeWording(counted: "would mean nothing is kept in memory",
                                      rule: "every value stored takes at least one byte")
            default:
                return MistakeWording(counted: "would mean nothing is learned",
                                      rule: "every kernel entry is a weight, and weights are parameters")
            }
        },
    ]

    // MARK: - Output sizes

    static let sizes: [Mistake] = [
        Mistake(.forgotPadding, [.outputSize(.ignorePadding)]) { site in
            switch site.layer.padding {
            case .same, .causal:
                return MistakeWording(counted: "works the size out as with padding='valid'",
                                      rule: "padding='same' adds zeros so that \(site.layer.strides.first ?? 1 > 1 ? "⌈n/s⌉" : "all n") "
                                        + "positions remain")
            default:
                return MistakeWording(counted: "leaves out the padding",
                                      rule: "padding=\(site.layer.padding.description) adds zeros on each side: n + 2p")
            }
        },
        Mistake(.assumedSamePadding, [.outputSize(.assumeSame)]) { _ in
            MistakeWording(counted: "keeps the size, as 'same' padding would",
                           rule: "without padding the kernel only fits where it stays inside the input, so the size shrinks")
        },
        Mistake(.forgotStride, [.outputSize(.ignoreStride)]) { site in
            let s = site.layer.strides.first ?? 1
            return MistakeWording(counted: "leaves out the stride",
                                  rule: "with stride \(s) the kernel moves \(s) at a time, so only every \(ordinal(s)) position is kept")
        },
        Mistake(.forgotDilation, [.outputSize(.ignoreDilation)]) { site in
            let d = site.layer.dilation.first ?? 1, k = site.layer.kernel.first ?? 1
            return MistakeWording(counted: "leaves out the dilation",
                                  rule: "dilation \(d) spreads the kernel's taps, so it reaches \(d)·(\(k) − 1) + 1 = "
                                    + "\(d * (k - 1) + 1) rows")
        },
        Mistake(.forgotPlusOne, [.outputSize(.dropPlusOne)]) { _ in
            MistakeWording(counted: "leaves out the + 1", rule: "the first position counts too, so the rule ends in + 1")
        },
        Mistake(.roundedUp, [.outputSize(.roundUp)]) { _ in
            MistakeWording(counted: "rounds up", rule: "a last position where the kernel does not fit is dropped: round down")
        },
    ]

    // MARK: - Flatten

    static let flatten: [Mistake] = [
        Mistake(.flattenedModelInput, [.replace(.flattenSize) { $0.model.inputValues }]) { site in
            MistakeWording(counted: "flattens the model's \(site.model.inputShape.timesDescription) input",
                           rule: "the Dense layer sees the output of the layers before it, flattened")
        },
        Mistake(.forgotFlatten, [.replace(.flattenSize) { $0.earlier[.flattenChannels] }]) { _ in
            MistakeWording(counted: "connects each unit to the channels only",
                           rule: "Flatten lays out every position of every channel: H′·W′·C inputs")
        },
        Mistake(.flattenedInputChannels, [.replace(.flattenChannels) { $0.model.inputChannels }]) { site in
            MistakeWording(counted: "uses the input's \(plural(site.wrong, "channel")) for the flattened size",
                           rule: "the convolution's output has one channel per filter: \(number(site.right))")
        },
        Mistake(.forgotPooling, [.outputSize(.skipPooling)]) { site in
            MistakeWording(counted: "leaves out the pooling",
                           rule: "the \(site.layer.kernelText) pooling shrinks the feature map to \(number(site.right)) along each axis")
        },
    ]

    // MARK: - Batch normalization

    static let normalization: [Mistake] = [
        Mistake(.leftOutBatchNormStatistics, [.replace(.statistics) { site in
            site.layer.framework == .keras ? 0 : nil
        }]) { _ in
            MistakeWording(counted: "leaves out the moving statistics",
                           rule: "Keras counts a moving mean and a moving variance per channel, as non-trainable parameters")
        },
        Mistake(.countedBatchNormStatistics, [
            .replace(.trainableTotal) { site in site.earlier[.statistics].map { site.correct &+ $0 } },
            .replace(.nonTrainableTotal) { _ in 0 },
        ]) { _ in
            MistakeWording(counted: "counts the moving statistics as trainable",
                           rule: "training never updates them, so Keras lists them as non-trainable")
        },
        Mistake(.allBatchNormNonTrainable, [
            .replace(.trainableTotal) { site in site.earlier[.learned].map { site.correct - $0 } },
            .replace(.nonTrainableTotal) { site in site.earlier[.learned].map { site.correct &+ $0 } },
        ]) { _ in
            MistakeWording(counted: "counts all of batch normalization as non-trainable",
                           rule: "its scale and shift are learned; only the moving statistics are not")
        },
        Mistake(.batchNormOnInputChannels, [.replace(.normalizedChannels) { $0.model.inputChannels }]) { site in
            MistakeWording(counted: "normalizes the model input's \(plural(site.wrong, "channel"))",
                           rule: "batch normalization follows the convolution, whose output has \(plural(site.right, "channel"))")
        },
        Mistake(.batchNormPerValue, [.replace(.normalizedChannels) { site in
            site.layer.inPositions > 1 ? site.correct &* site.layer.inPositions : nil
        }]) { site in
            MistakeWording(counted: "gives every value its own batch-norm numbers",
                           rule: "batch normalization keeps its numbers per channel, for \(plural(site.right, "channel"))")
        },
        Mistake(.convAloneInBatchNormTotal, [.replace(.modelTotal) { site in
            guard let learned = site.earlier[.learned], let statistics = site.earlier[.statistics], learned + statistics > 0 else {
                return nil
            }
            return site.correct - learned - statistics
        }]) { _ in
            MistakeWording(counted: "counts the convolution alone",
                           rule: "the batch normalization after it adds a scale, a shift and two statistics per channel")
        },
    ]

    // MARK: - Multiply-accumulates

    static let work: [Mistake] = [
        Mistake(.answeredParameters, [.replace(.multiplyAccumulates) { $0.target.asksFLOPs ? nil : $0.earlier[.layerTotal] }]) { _ in
            MistakeWording(counted: "is the layer's parameter count, not its work",
                           rule: "each weight is used again at every output position")
        },
        Mistake(.macsOverInputSize, [.replace(.outputPositions) { $0.layer.inPositions }]) { site in
            MistakeWording(counted: "slides the kernels over the input's \(site.layer.inSpatialText) positions",
                           rule: "they are applied at the \(site.layer.outSpatialText) output positions only")
        },
        Mistake(.macsCountedBiases, [.replace(.multiplyAccumulates) { site in
            guard site.layer.useBias, !site.target.asksFLOPs, let positions = site.earlier[.outputPositions], let filters = site.earlier[.filters] else {
                return nil
            }
            return site.correct &+ positions &* filters
        }]) { _ in
            MistakeWording(counted: "adds the bias additions", rule: "the question leaves the bias additions out")
        },
        Mistake(.flopsNotMACs, [.replace(.multiplyAccumulates) { $0.target.asksFLOPs ? nil : $0.correct &* 2 }]) { _ in
            MistakeWording(counted: "counts FLOPs, two per multiply-accumulate",
                           rule: "a multiply-accumulate is one multiplication and one addition, counted once")
        },
    ]

    // MARK: - Words

    /// What a layer's biases belong to: "filter", "unit", "output channel".
    static func owner(_ layer: LayerFacts) -> String {
        switch layer.kind {
        case .dense: return "unit"
        case .transposed: return "output channel"
        case .depthwise: return "kernel"
        case .separable: return "pointwise filter"
        default: return "filter"
        }
    }

    static func hasBiasArgument(_ layer: LayerFacts) -> Bool {
        layer.hasKernels || layer.kind == .dense
    }

    static func noBiasArgument(_ spelling: Framework) -> String {
        spelling == .pytorch ? "bias=False" : "use_bias=False"
    }

    /// "the input's 3 channels", "the 16 channels of the layer before".
    static func depthSource(_ site: MistakeSite) -> String {
        site.layer.index > 0 ? "the \(plural(site.right, "channel")) of the layer before"
            : "the input's \(plural(site.right, "channel"))"
    }

    /// "2nd", "3rd", "4th".
    static func ordinal(_ value: Int) -> String {
        switch value % 10 {
        case 2 where value % 100 != 12: return "\(value)nd"
        case 3 where value % 100 != 13: return "\(value)rd"
        default: return "\(value)th"
        }
    }
}

private extension Int {
    /// The quotient when `divisor` (more than 1) splits this count into whole, non-empty parts; nil
    /// otherwise, since a mistake that would leave a fraction of a filter, or none, is not one people make.
    func dividedExactly(by divisor: Int) -> Int? {
        guard divisor > 1, self >= divisor, self % divisor == 0 else { return nil }
        return self / divisor
    }
}
