/// A depthwise-separable convolution beside the standard convolution it replaces: the same filters,
/// kernel, strides, padding, dilation and biases, but kernels as deep as the input.
public struct SeparableComparison: Sendable, Equatable {
    /// The standard convolution's parameters.
    public var standard: Int
    /// The separable convolution's parameters.
    public var separable: Int

    /// How many fewer parameters the separable convolution has.
    public var saved: Int { standard &- separable }

    /// Both layers over `input`, counted by the engine.
    public init(_ layer: SeparableConvolution, input: TensorShape) throws(LayerProblem) {
        standard = try layer.standardCounterpart.analyze(input).parameters.total
        separable = try layer.analyze(input).parameters.total
        _ = try exact { () throws(ArithmeticOverflow) in try Exact.subtract(standard, separable) }
    }
}

extension SeparableConvolution {
    /// The standard convolution this layer splits into a depthwise and a pointwise stage.
    public var standardCounterpart: Convolution {
        Convolution(framework: .keras, filters: filters, kernelSize: kernelSize, strides: strides, padding: padding,
                    dilation: dilation, useBias: useBias)
    }
}
