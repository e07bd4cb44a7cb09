/// Whether a window's positions fill one axis of its input exactly: (n + 2p − span)/s + 1 whole.
///
/// When they do not (10 rows, a 3-row window, stride 2: 4.5 positions), Keras and PyTorch round
/// down and leave the last rows unread, while many courses call the layer invalid. AlexNet's
/// 11×11 stride-4 first layer fits 227 rows, not the 224 its paper states.
public struct WindowFit: Sendable, Equatable {
    public var input: Int
    public var padding: Int
    public var span: Int
    public var stride: Int

    /// Rows the window can still move over after its first position: n + 2p − span.
    public let travel: Int
    /// Rows after the last position that no window reaches: travel mod s.
    public let leftover: Int

    /// Nil when the window does not fit even once, or a number does not fit in 64 bits.
    public init?(input n: Int, padding p: Int, span: Int, stride s: Int) {
        guard s > 0, let padded = try? Exact.add(n, try Exact.multiply(2, p)), let travel = try? Exact.subtract(padded, span),
              travel >= 0 else { return nil }
        (input, padding, self.span, stride) = (n, p, span, s)
        self.travel = travel
        leftover = travel % s
    }

    /// The window of `layer` along `axis` over an input of `n` rows, when it pads explicitly or not at
    /// all; nil for 'same' and 'causal', which always fit.
    public init?(_ window: SlidingWindow, padding: Padding, axis: Int, input n: Int) {
        switch padding {
        case .same, .causal: return nil
        case .valid, .explicit: break
        }
        guard let span = try? window.effectiveKernel(axis: axis) else { return nil }
        self.init(input: n, padding: padding.amount(axis: axis), span: span, stride: window.strides[axis])
    }

    public var fits: Bool { leftover == 0 }

    /// The positions Keras and PyTorch keep: ⌊travel/s⌋ + 1.
    public var positions: Int { travel / stride + 1 }

    /// The smallest input, from `input` up, at which the windows fit exactly.
    public var smallestFittingInput: Int? {
        try? Exact.add(input, (stride - leftover) % stride)
    }
}

extension LayerOperation {
    /// The padding a window layer applies, for `WindowFit`.
    public var windowPadding: Padding? {
        switch self {
        case .convolution(let layer): return layer.padding
        case .depthwiseConvolution(let layer): return layer.padding
        case .separableConvolution(let layer): return layer.padding
        case .pooling(let layer): return layer.padding
        default: return nil
        }
    }
}
