/// The mistakes made comparing a standard convolution with its depthwise-separable version.
extension MistakeCatalog {
    static let savings: [Mistake] = [
        Mistake(.answeredSeparableCount, [
            .replace(.standardTotal) { site in site.target == .standardCounterpart ? site.layer.total : nil },
            .replace(.savings) { site in site.earlier[.layerTotal] },
        ]) { site in
            site.target == .standardCounterpart
                ? MistakeWording(counted: "is the separable version's count",
                                 rule: "the question asks for the standard convolution, whose kernels reach through every channel")
                : MistakeWording(counted: "is the separable version's own count",
                                 rule: "the question asks how many fewer it has: the standard count less that")
        },
        Mistake(.answeredStandardCount, [.replace(.savings) { site in site.earlier[.standardTotal] }]) { _ in
            MistakeWording(counted: "is the standard convolution's count",
                           rule: "the question asks how many fewer the separable version has: take its count away")
        },
        Mistake(.pointwiseAsFullKernel, [.replace(.pointwiseStage) { site in
            guard site.layer.kind == .separable, site.layer.cells > 1 else { return nil }
            return site.correct &* site.layer.cells
        }]) { site in
            MistakeWording(counted: "gives the pointwise filters \(site.layer.kernelText) kernels",
                           rule: "the pointwise stage is 1×1: it only mixes the channels, so it holds \(number(site.right)) weights")
        },
    ]
}
