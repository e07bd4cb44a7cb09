/// Keras' `SeparableConv2D`: a depthwise stage (K×K×1 per channel, no bias) followed by a pointwise
/// stage of `filters` 1×1×(C·depth_multiplier) kernels, which carries the bias.
public struct SeparableConvolution: Sendable, Equatable {
    public var filters: Int
    public var kernelSize: [Int]
    public var strides: [Int]
    public var padding: Padding
    public var depthMultiplier: Int
    public var dilation: [Int]
    public var useBias: Bool

    public init(filters: Int, kernelSize: [Int], strides: [Int]? = nil, padding: Padding = .valid,
                depthMultiplier: Int = 1, dilation: [Int]? = nil, useBias: Bool = true) {
        self.filters = filters
        self.kernelSize = kernelSize
        self.strides = strides ?? Array(repeating: 1, count: kernelSize.count)
        self.padding = padding
        self.depthMultiplier = depthMultiplier
        self.dilation = dilation ?? Array(repeating: 1, count: kernelSize.count)
        self.useBias = useBias
    }

    public var rank: Int { kernelSize.count }
    let name = "SeparableConv2D"

    public func analyze(_ input: TensorShape) throws(LayerProblem) -> LayerAnalysis {
        guard input.rank == rank + 1 else {
            throw AxisNames.rankProblem(layer: name, rank: rank, layout: .channelsLast, input: input)
        }
        let channels = input.channels(.channelsLast)
        let output = try SpatialWindow.outputs(layer: name, input: input, kernelSize: kernelSize, strides: strides,
                                               dilation: dilation, padding: padding)
        let middle = try exact { () throws(ArithmeticOverflow) in try Exact.multiply(channels, depthMultiplier) }
        let depthwise = try exact { () throws(ArithmeticOverflow) in try Exact.product([middle] + kernelSize) }
        let pointwise = try exact { () throws(ArithmeticOverflow) in try Exact.multiply(middle, filters) }
        let bias = useBias ? filters : 0
        let total = try exact { () throws(ArithmeticOverflow) in try Exact.sum([depthwise, pointwise, bias]) }
        let macs = try exact { () throws(ArithmeticOverflow) -> Int in
            let positions = try Exact.product(output)
            return try Exact.multiply(positions, try Exact.add(depthwise, pointwise))
        }
        var weights = [
            WeightTensor("depthwise_kernel", kernelSize + [channels, depthMultiplier]),
            WeightTensor("pointwise_kernel", Array(repeating: 1, count: rank) + [middle, filters]),
        ]
        if useBias { weights.append(WeightTensor("bias", [filters])) }
        let channelFactors = DepthwiseConvolution.channelFactors(channels, depthMultiplier)
        var terms: [Formula] = [
            .product(channelFactors.map(Formula.number) + [.grouped(kernelSize)]),
            .product([.number(filters), .grouped(Array(repeating: 1, count: rank) + [middle])]),
        ]
        if useBias { terms.append(.number(filters)) }
        return LayerAnalysis(
            outputShape: TensorShape(output + [filters]),
            parameters: ParameterCount(trainable: total),
            weights: weights,
            formula: .sum(terms),
            multiplyAccumulates: macs)
    }
}
