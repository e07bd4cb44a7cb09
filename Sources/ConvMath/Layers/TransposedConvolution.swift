/// A transposed ("deconvolution") layer: Keras `Conv{1,2,3}DTranspose`, PyTorch `nn.ConvTranspose{1,2,3}d`.
///
/// Same count as a convolution with the roles of input and output channels swapped in the weight's
/// shape; the output grows instead of shrinking.
public struct TransposedConvolution: Sendable, Equatable {
    public var framework: Framework
    public var filters: Int
    public var declaredInChannels: Int?
    public var kernelSize: [Int]
    public var strides: [Int]
    /// Keras: `.valid` or `.same`; PyTorch: `.explicit`.
    public var padding: Padding
    /// nil is Keras' default (`output_padding=None`), which PyTorch spells 0.
    public var outputPadding: [Int]?
    public var dilation: [Int]
    public var groups: Int
    public var useBias: Bool

    public init(framework: Framework, filters: Int, kernelSize: [Int], strides: [Int]? = nil,
                padding: Padding? = nil, outputPadding: [Int]? = nil, dilation: [Int]? = nil,
                groups: Int = 1, useBias: Bool = true, declaredInChannels: Int? = nil) {
        self.framework = framework
        self.filters = filters
        self.kernelSize = kernelSize
        self.strides = strides ?? Array(repeating: 1, count: kernelSize.count)
        self.padding = padding ?? (framework == .keras ? .valid : .explicit(Array(repeating: 0, count: kernelSize.count)))
        self.outputPadding = outputPadding
        self.dilation = dilation ?? Array(repeating: 1, count: kernelSize.count)
        self.groups = groups
        self.useBias = useBias
        self.declaredInChannels = declaredInChannels
    }

    public var rank: Int { kernelSize.count }
    var name: String { framework == .keras ? "Conv\(rank)DTranspose" : "ConvTranspose\(rank)d" }

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
        var output: [Int] = []
        for axis in 0..<rank {
            output.append(try outputLength(spatial[axis], axis: axis))
        }
        let outputsPerGroup = filters / groups
        let perChannel = kernelSize + [outputsPerGroup]
        let macs = try exact { () throws(ArithmeticOverflow) in try Exact.product(spatial + [channels] + perChannel) }
        let kernelShape = framework == .keras ? kernelSize + [filters, channels] : [channels, outputsPerGroup] + kernelSize
        return try KernelAccount(framework: framework, units: channels, perUnit: perChannel, kernelShape: kernelShape,
                                 biases: useBias ? filters : nil)
            .analysis(outputShape: .with(spatial: output, channels: filters, layout: layout), multiplyAccumulates: macs)
    }

    /// Keras 3's and PyTorch's output length of a transposed convolution along one axis.
    func outputLength(_ n: Int, axis: Int) throws(LayerProblem) -> Int {
        let k = kernelSize[axis], s = strides[axis], d = dilation[axis]
        let extra = outputPadding?[axis]
        let length = try exact { () throws(ArithmeticOverflow) -> Int in
            let span = try Exact.add(try Exact.multiply(d, k - 1), 1)
            let base = try Exact.multiply(n - 1, s)
            switch (framework, padding) {
            case (.keras, .same):
                guard let extra else { return try Exact.multiply(n, s) }
                return try Exact.sum([base, span % 2, extra])
            case (.keras, _):
                return try Exact.sum([base, span, extra ?? (max(span, s) - span)])
            case (.pytorch, _):
                let pad = padding.amount(axis: axis)
                return try Exact.sum([base, try Exact.multiply(-2, pad), span, extra ?? 0])
            }
        }
        guard length >= 1 else {
            throw LayerProblem("\(name): the padding removes more than the layer produces along \(AxisNames.spatial(rank: rank)[axis]) (the output would be \(length))",
                               argument: "padding", hint: "use less padding")
        }
        return length
    }
}
