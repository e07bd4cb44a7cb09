import ConvMath

extension MistakeCatalog {
    // MARK: - Dilation

    static let dilations: [Mistake] = [
        Mistake(.dilationTimesKernel, [.outputSize(.dilationTimesKernel)]) { site in
            let (k, d) = kernelAndDilation(site.layer)
            return MistakeWording(counted: "takes the dilated kernel as k·d = \(k)·\(d) = \(k * d) rows",
                                  rule: "the d − 1 skipped rows sit in the k − 1 gaps between taps, none after the last: "
                                    + "it spans d·(k − 1) + 1 rows")
        },
        Mistake(.dilationGapsOnce, [.outputSize(.dilationGapsOnce)]) { site in
            let (k, d) = kernelAndDilation(site.layer)
            return MistakeWording(counted: "adds the d − 1 skipped rows once: \(k) + \(d) − 1 = \(k + d - 1) rows",
                                  rule: "every one of the \(plural(k - 1, "gap")) between taps skips \(plural(d - 1, "row")): "
                                    + "k + (k − 1)·(d − 1) rows")
        },
    ]

    static func kernelAndDilation(_ layer: LayerFacts) -> (Int, Int) {
        (layer.kernel.first ?? 1, layer.dilation.first ?? 1)
    }
}
