import ConvMath

extension MistakeCatalog {
    /// The mistakes about how windows cover the input: receptive fields and stacks.
    static var spatial: [Mistake] { receptiveFields + stacks + dilations + pools + fits + transposedSizes }

    /// What an answer of 0 would mean for a number about windows.
    static func spatialZero(_ target: SpatialTarget) -> MistakeWording {
        switch target {
        case .receptiveField:
            return MistakeWording(counted: "would mean the output sees none of the input",
                                  rule: "every value sees at least the row under it, and every window wider than 1 adds to that")
        case .singleLayerWeights:
            return MistakeWording(counted: "would mean the single layer holds no weights",
                                  rule: "every kernel entry is a weight: M·(K·K·D) of them")
        case .stackSaving:
            return MistakeWording(counted: "would mean the stack holds as many weights as the single layer",
                                  rule: "its small kernels hold k·k weights per channel pair in each layer, against K·K for the single one")
        case .effectiveKernel:
            return MistakeWording(counted: "would mean the kernel spans nothing", rule: "even one tap covers one row")
        case .leftoverRows:
            return MistakeWording(counted: "would mean the windows fit exactly",
                                  rule: "(n + 2p − k)/s is not whole here, so rows are left past the last step")
        case .fittingInput:
            return MistakeWording(counted: "is no input at all", rule: "the input can only grow from its own size")
        }
    }
}
