/// The mistakes made costing a 1×1 reduction before a wide convolution.
extension MistakeCatalog {
    static let bottlenecks: [Mistake] = [
        Mistake(.forgotReductionCost, [.replace(.pathMultiplyAccumulates) { site in site.earlier[.multiplyAccumulates] }]) { _ in
            MistakeWording(counted: "is the wide convolution's work alone",
                           rule: "the 1×1 reduction before it does work too, at every position")
        },
        Mistake(.answeredDirectCost, [
            .replace(.pathMultiplyAccumulates) { site in
                site.target == .modelMultiplyAccumulates ? site.earlier[.directMultiplyAccumulates] : nil
            },
            .replace(.bottleneckSavings) { site in site.earlier[.directMultiplyAccumulates] },
        ]) { site in
            site.target == .bottleneckSavings
                ? MistakeWording(counted: "is what the convolution costs without the reduction",
                                 rule: "the saving is that cost less what the path with the reduction costs")
                : MistakeWording(counted: "is what the convolution would cost without the reduction",
                                 rule: "after the 1×1 layer its kernels reach through far fewer channels")
        },
        Mistake(.answeredPathCost, [.replace(.bottleneckSavings) { site in site.earlier[.pathMultiplyAccumulates] }]) { _ in
            MistakeWording(counted: "is what the path with the reduction costs",
                           rule: "the saving is the direct cost less that")
        },
    ]
}
