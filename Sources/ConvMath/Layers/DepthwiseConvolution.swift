/// Keras' `DepthwiseConv2D`: one K×K×1 kernel per input channel (times `depth_multiplier`), no mixing
/// across channels.
public struct DepthwiseConvolution: Sendable, Equatable {
    public var kernelSize: [Int]
    public var strides: [Int]
    public var padding: Padding
    public var depthMultiplier: Int
    public var dilation: [Int]
    public var useBias: Bool

    public init(kernelSize: [Int], strides: [Int]? = nil, padding: Padding = .valid, depthMultiplier: Int = 1,
                dilation: [Int]? = nil, useBias: Bool = true) {
        self.kernelSize = kernelSize
        self.strides = strides ?? Array(repeating: 1, count: kernelSize.count)
        self.padding = padding
        self.depthMultiplier = depthMultiplier
        self.dilation = dilation ?? Array(repeating: 1, count: kernelSize.count)
        self.useBias = useBias
    }

    public var rank: Int { kernelSize.count }
    let name = "DepthwiseConv2D"

    public func analyze(_ input: TensorShape) throws(LayerProblem) -> LayerAnalysis {
        guard input.rank == rank + 1 else {
            throw AxisNames.rankProblem(layer: name, rank: rank, layout: .channelsLast, input: input)
        }
        let channels = input.channels(.channelsLast)
        let output = try SpatialWindow.outputs(layer: name, input: input, kernelSize: kernelSize, strides: strides,
                                               dilation: dilation, padding: padding)
        let outChannels = try exact { () throws(ArithmeticOverflow) in try Exact.multiply(channels, depthMultiplier) }
        let weightCount = try exact { () throws(ArithmeticOverflow) in try Exact.product([outChannels] + kernelSize) }
        let bias = useBias ? outChannels : 0
        let total = try exact { () throws(ArithmeticOverflow) in try Exact.add(weightCount, bias) }
        let macs = try exact { () throws(ArithmeticOverflow) in try Exact.product(output + [outChannels] + kernelSize) }
        var weights = [WeightTensor("depthwise_kernel", kernelSize + [channels, depthMultiplier])]
        if useBias { weights.append(WeightTensor("bias", [outChannels])) }
        let channelFactors = DepthwiseConvolution.channelFactors(channels, depthMultiplier)
        let product = Formula.product(channelFactors.map(Formula.number) + [.grouped(kernelSize)])
        return LayerAnalysis(
            outputShape: TensorShape(output + [outChannels]),
            parameters: ParameterCount(trainable: total),
            weights: weights,
            formula: useBias ? .sum([product, .times(channelFactors)]) : product,
            multiplyAccumulates: macs)
    }

    /// `[C]`, or `[C, multiplier]` when the multiplier is not 1.
    static func channelFactors(_ channels: Int, _ multiplier: Int) -> [Int] {
        multiplier == 1 ? [channels] : [channels, multiplier]
    }
}

/// The output sizes of a sliding window (a convolution's kernel or a pooling window) along every
/// spatial axis of an input.
enum SpatialWindow {
    static func outputs(framework: Framework = .keras, layer: String, input: TensorShape, kernelSize: [Int], strides: [Int],
                        dilation: [Int], padding: Padding, ceilMode: Bool = false) throws(LayerProblem) -> [Int] {
        let spatial = input.spatial(framework.channelLayout)
        let axes = AxisNames.spatial(rank: kernelSize.count)
        var output: [Int] = []
        for axis in 0..<kernelSize.count {
            output.append(try OutputSize.sliding(framework: framework, layer: layer, axis: axes[axis], input: spatial[axis],
                                                 kernel: kernelSize[axis], stride: strides[axis],
                                                 dilation: dilation[axis], padding: padding, axisIndex: axis,
                                                 ceilMode: ceilMode))
        }
        return output
    }
}
