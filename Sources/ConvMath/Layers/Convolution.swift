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
        let output = try SpatialWindow.outputs(framework: framework, layer: name, input: input, kernelSize: kernelSize,
                                               strides: strides, dilation: dilation, padding: padding)
        let depth = kernelDepth(inputChannels: channels)
        let perFilter = kernelSize + [depth]
        let macs = try exact { () throws(ArithmeticOverflow) in try Exact.product(output + [filters] + perFilter) }
        let kernelShape = framework == .keras ? kernelSize + [depth, filters] : [filters, depth] + kernelSize
        return try KernelAccount(framework: framework, units: filters, perUnit: perFilter, kernelShape: kernelShape,
                                 biases: useBias ? filters : nil)
            .analysis(outputShape: .with(spatial: output, channels: filters, layout: layout), multiplyAccumulates: macs)
    }
}
