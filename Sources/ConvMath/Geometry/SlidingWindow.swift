/// The window a convolution or pooling layer slides over its input: how many taps along each
/// spatial axis, how far it moves, and how far apart its taps are.
public struct SlidingWindow: Sendable, Equatable {
    public var kernel: [Int]
    public var strides: [Int]
    public var dilation: [Int]

    public init(kernel: [Int], strides: [Int], dilation: [Int]) {
        self.kernel = kernel
        self.strides = strides
        self.dilation = dilation
    }

    /// How many input positions the window spans along an axis: k + (k − 1)·(d − 1), which is
    /// d·(k − 1) + 1, as Keras 3 and PyTorch compute it.
    public func effectiveKernel(axis: Int) throws(ArithmeticOverflow) -> Int {
        try Self.effectiveKernel(kernel[axis], dilation: dilation.indices.contains(axis) ? dilation[axis] : 1)
    }

    /// The span of a kernel of `k` taps spread `d` apart.
    public static func effectiveKernel(_ k: Int, dilation d: Int) throws(ArithmeticOverflow) -> Int {
        try Exact.add(try Exact.multiply(d, try Exact.subtract(k, 1)), 1)
    }
}

extension LayerOperation {
    /// The window the layer slides over its input, for the layers that slide one (convolutions,
    /// depthwise and separable convolutions, pooling); nil for every other layer, a transposed
    /// convolution included, which spreads its input rather than sliding over it.
    public var slidingWindow: SlidingWindow? {
        switch self {
        case .convolution(let layer):
            return SlidingWindow(kernel: layer.kernelSize, strides: layer.strides, dilation: layer.dilation)
        case .depthwiseConvolution(let layer):
            return SlidingWindow(kernel: layer.kernelSize, strides: layer.strides, dilation: layer.dilation)
        case .separableConvolution(let layer):
            return SlidingWindow(kernel: layer.kernelSize, strides: layer.strides, dilation: layer.dilation)
        case .pooling(let layer):
            return SlidingWindow(kernel: layer.poolSize, strides: layer.strides, dilation: layer.dilation)
        default:
            return nil
        }
    }
}
