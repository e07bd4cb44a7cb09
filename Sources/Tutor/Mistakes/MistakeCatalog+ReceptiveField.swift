import ConvMath

extension MistakeCatalog {
    // MARK: - Receptive fields

    static let receptiveFields: [Mistake] = [
        Mistake(.receptiveFieldIgnoredStrides, [.replace(.receptiveJump) { $0.correct > 1 ? 1 : nil }]) { site in
            MistakeWording(counted: "adds k − 1 rows for every layer, as if no stride came before it",
                           rule: "the strides before layer \(site.layer.index + 1) put the values its window covers "
                            + "\(site.right) input rows apart, so each further tap adds \(site.right) rows: (k − 1)·J")
        },
        Mistake(.receptiveFieldOwnStride, [.replace(.receptiveJump) { site in
            let s = site.layer.strides.first ?? 1
            return site.layer.kind != .transposed && s > 1 ? site.correct &* s : nil
        }]) { site in
            MistakeWording(counted: "multiplies layer \(site.layer.index + 1)'s window by its own stride too",
                           rule: "a stride spreads the values of the layers after it; the layer's own taps still cover "
                            + "values \(site.right == 1 ? "1 input row" : "\(site.right) input rows") apart")
        },
        Mistake(.receptiveFieldAddedKernels, [
            .replace(.receptiveStart) { _ in 0 },
            .replace(.receptiveGrowth) { site in
                guard let jump = site.earlier[.receptiveJump], let k = site.layer.kernel.first else { return nil }
                let d = site.layer.dilation.first ?? 1
                return (d &* (k - 1) &+ 1) &* jump
            },
        ]) { _ in
            MistakeWording(counted: "adds up the kernels' whole sizes",
                           rule: "neighbouring windows overlap: a layer's first tap lands on rows the field already covers, "
                            + "so the field starts at 1 and each layer adds (k − 1)·J")
        },
        Mistake(.receptiveFieldLastKernel, [.replace(.answer) { site in
            guard site.target == .spatial(.receptiveField), let k = site.layer.kernel.first,
                  site.model.layers[...site.layer.index].filter({ OutputSizeArithmetic.applies(to: $0) }).count > 1 else { return nil }
            return (site.layer.dilation.first ?? 1) &* (k - 1) &+ 1
        }]) { site in
            MistakeWording(counted: "is the last layer's own \(site.layer.kernelText) window",
                           rule: "that window covers values of the layer below, each of which already sees a patch of the "
                            + "input, so the field grows layer by layer")
        },
        Mistake(.receptiveFieldSkippedPooling, [
            .replace(.receptiveGrowth) { site in site.layer.kind == .pooling && site.correct > 0 ? 0 : nil },
            .replace(.receptiveJump) { site in
                let before = site.model.layers[..<site.layer.index].filter { OutputSizeArithmetic.applies(to: $0) }
                guard before.contains(where: { $0.kind == .pooling && ($0.strides.first ?? 1) > 1 }) else { return nil }
                return before.filter { $0.kind != .pooling }.reduce(1) { $0 &* ($1.strides.first ?? 1) }
            },
        ]) { _ in
            MistakeWording(counted: "leaves the pooling out",
                           rule: "a pooling window is a window too: it widens the field, and its stride spreads the taps of "
                            + "every layer after it")
        },
    ]

    // MARK: - A stack against one layer

    static let stacks: [Mistake] = [
        Mistake(.singleLayerForgotDepth, [.replace(.equivalentDepth) { $0.correct > 1 ? 1 : nil }]) { site in
            MistakeWording(counted: "counts the single layer's kernels one channel deep",
                           rule: "like every kernel, each reaches through all \(plural(site.right, "channel")) of its input")
        },
        Mistake(.savingPerChannelPair, [.replace(.stackSaving) { site in
            let pairs = site.model.inputChannels &* site.layer.outChannels
            guard pairs > 1, site.correct % pairs == 0 else { return nil }
            return site.correct / pairs
        }]) { site in
            MistakeWording(counted: "is the saving for one input channel and one filter",
                           rule: "each of the \(site.model.inputChannels)·\(site.layer.outChannels) pairs of input channel and "
                            + "filter has kernels of its own, so the saving is that many times larger")
        },
    ]
}
