import ConvMath

extension MistakeCatalog {
    // MARK: - Pooling

    static let pools: [Mistake] = [
        Mistake(.ignoredCeilMode, [.outputSize(.ignoreCeilMode)]) { _ in
            MistakeWording(counted: "rounds down, as ceil_mode=False would",
                           rule: "ceil_mode=True rounds up, keeping a last window that hangs over the edge of the input")
        },
        Mistake(.keptWindowInPadding, [.outputSize(.keepLastWindow)]) { _ in
            MistakeWording(counted: "keeps a last window that would start in the padding",
                           rule: "PyTorch drops it: with ceil_mode=True the last window must start inside the input or the left padding")
        },
        Mistake(.countedPoolingWeights, [.replace(.modelTotal) { site in
            let pools = site.model.layers.filter { $0.kind == .pooling }
            guard !pools.isEmpty else { return nil }
            return pools.reduce(site.correct) { $0 &+ $1.cells &* $1.inChannels }
        }]) { site in
            let pool = site.model.layers.first { $0.kind == .pooling }
            return MistakeWording(counted: "gives the \(pool?.kernelText ?? "") pooling a weight per window cell and channel",
                                  rule: "pooling only takes the maximum or the average of each window: it learns nothing and "
                                    + "adds no parameters")
        },
    ]
}
