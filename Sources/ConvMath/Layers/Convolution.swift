/// A standard N-D convolution (Keras `Conv1D/2D/3D`, PyTorch `nn.Conv1d/2d/3d`), grouped or not.
///
/// Each of the `filters` kernels is `kernelSize` × (input channels / groups): a kernel is as deep as
/// the part of the input it sees, which is why its depth is never written.
public struct Convolution: Sendable, Equatable {
    public var framework: Framework
    public var filters: Int
    /// PyTorch's `in_channels`; nil for Keras, which takes the depth from the input.
    public var declaredInChannels: Int?
    public var kernelSize: [Int]
    public var strides: [Int]
    public var padding: Padding
    public var dilation: [Int]
    public var groups: Int
    public var useBias: Bool

    public init(framework: Framework, filters: Int, kernelSize: [Int], strides: [Int]? = nil,
                padding: Padding = .valid, dilation: [Int]? = nil, groups: Int = 1, useBias: Bool = true,
                declaredInChannels: Int? = nil) {
        self.framework = framework
        self.filters = filters
        self.kernelSize = kernelSize
        self.strides = strides ?? Array(repeating: 1, count: kernelSize.count)
        self.padding = padding
        self.dilation = dilation ?? Array(repeating: 1, count: kernelSize.count)
        self.groups = groups
        self.useBias = useBias
        self.declaredInChannels = declaredInChannels
    }

    public var rank: Int { kernelSize.count }
    var name: String { framework == .keras ? "Conv\(rank)D" : "Conv\(rank)d" }

    /// The input channels one kernel sees: all of them, or one group's share.
    public func kernelDepth(inputChannels: Int) -> Int { inputChannels / max(groups, 1) }

    public func analyze(_ input: TensorShape) throws(LayerProblem) -> LayerAnalysis {
        let layout = framework.channelLayout
        guard input.rank == rank + 1 else {
            throw AxisNames.rankProblem(layer: name, rank: rank, layout: layout, input: input)
        }
        let channels = input.channels(layout)
        try ChannelCheck.declared(declaredInChannels, argument: "in_channels", layer: name, input: input, channels: channels)
        try ChannelCheck.groups(groups, channels: channels, outputs: filters, layer: name,
                                outputName: framework == .keras ? "filters" : "out_channels")
        let spatial = input.spatial(layout)
        let axes = AxisNames.spatial(rank: rank)
        var output: [Int] = []
        for axis in 0..<rank {
            output.append(try OutputSize.sliding(framework: framework, layer: name, axis: axes[axis],
                                                 input: spatial[axis], kernel: kernelSize[axis],
                                                 stride: strides[axis], dilation: dilation[axis],
                                                 padding: padding, axisIndex: axis))
        }
        let depth = kernelDepth(inputChannels: channels)
        let perFilter = kernelSize + [depth]
        let weightCount = try exact { () throws(ArithmeticOverflow) in try Exact.product([filters] + perFilter) }
        let bias = useBias ? filters : 0
        let total = try exact { () throws(ArithmeticOverflow) in try Exact.add(weightCount, bias) }
        let macs = try exact { () throws(ArithmeticOverflow) in try Exact.product(output + [filters] + perFilter) }
        let kernelShape = framework == .keras ? kernelSize + [depth, filters] : [filters, depth] + kernelSize
        var weights = [WeightTensor(framework == .keras ? "kernel" : "weight", kernelShape)]
        if useBias { weights.append(WeightTensor("bias", [filters])) }
        let product = Formula.product([.number(filters), .grouped(perFilter)])
        return LayerAnalysis(
            outputShape: .with(spatial: output, channels: filters, layout: layout),
            parameters: ParameterCount(trainable: total),
            weights: weights,
            formula: useBias ? .sum([product, .number(filters)]) : product,
            multiplyAccumulates: macs)
    }
}
