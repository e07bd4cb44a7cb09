import ConvMath

/// The one size of a convolution a solve-backwards question hides, to be found from the layer's
/// parameter count: the count's rule read backwards.
public enum UnknownQuantity: String, Sendable, Equatable, CaseIterable {
    /// M: the filters (output channels).
    case filters
    /// D: the channels of the layer's input, which its kernels reach through.
    case inputDepth
    /// K: the side of a square kernel, or a 1-D kernel's length.
    case kernelSize

    /// The letter the count's rule calls it: `M`, `D`, `K`.
    public var symbol: String {
        switch self {
        case .filters: return "M"
        case .inputDepth: return "D"
        case .kernelSize: return "K"
        }
    }

    /// What the question asks: "How many filters does the layer have?"
    public var ask: String {
        switch self {
        case .filters: return "How many filters does the layer have?"
        case .inputDepth: return "How many channels does its input have?"
        case .kernelSize: return "What is the kernel size K?"
        }
    }

    /// The size in words, after "the": "filters", "input's depth", "kernel size".
    public var noun: String {
        switch self {
        case .filters: return "number of filters"
        case .inputDepth: return "input's depth"
        case .kernelSize: return "kernel size"
        }
    }

    /// Its value in the engine's analysis of the focus layer: nil unless the layer is an ungrouped
    /// convolution whose kernel is square (or 1-D), the layers whose count this reads backwards.
    func value(in analysis: ModelAnalysis, focusLayer: Int) -> Int? {
        guard analysis.layers.indices.contains(focusLayer),
              case .convolution(let convolution) = analysis.layers[focusLayer].spec.operation,
              convolution.groups == 1, let side = convolution.kernelSize.first,
              convolution.kernelSize.allSatisfy({ $0 == side }), convolution.rank <= 2 else { return nil }
        switch self {
        case .filters: return convolution.filters
        case .inputDepth: return analysis.layers[focusLayer].inputShape.channels(analysis.framework.channelLayout)
        case .kernelSize: return side
        }
    }
}
