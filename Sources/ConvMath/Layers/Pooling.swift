/// Max or average pooling over a window: no weights, only a smaller output.
public struct Pooling: Sendable, Equatable {
    /// Which value of each window is kept.
    public enum Kind: Sendable, Equatable { case max, average }

    public var framework: Framework
    public var kind: Kind
    public var poolSize: [Int]
    public var strides: [Int]
    /// Keras: `.valid` or `.same`; PyTorch: `.explicit`.
    public var padding: Padding
    public var dilation: [Int]
    public var ceilMode: Bool

    public init(framework: Framework, kind: Kind, poolSize: [Int], strides: [Int]? = nil, padding: Padding? = nil,
                dilation: [Int]? = nil, ceilMode: Bool = false) {
        self.framework = framework
        self.kind = kind
        self.poolSize = poolSize
        self.strides = strides ?? poolSize
        self.padding = padding ?? (framework == .keras ? .valid : .explicit(Array(repeating: 0, count: poolSize.count)))
        self.dilation = dilation ?? Array(repeating: 1, count: poolSize.count)
        self.ceilMode = ceilMode
    }

    public var rank: Int { poolSize.count }

    var name: String {
        switch (framework, kind) {
        case (.keras, .max): return "MaxPooling\(rank)D"
        case (.keras, .average): return "AveragePooling\(rank)D"
        case (.pytorch, .max): return "MaxPool\(rank)d"
        case (.pytorch, .average): return "AvgPool\(rank)d"
        }
    }

    public func analyze(_ input: TensorShape) throws(LayerProblem) -> LayerAnalysis {
        let layout = framework.channelLayout
        guard input.rank == rank + 1 else {
            throw AxisNames.rankProblem(layer: name, rank: rank, layout: layout, input: input)
        }
        let output = try SpatialWindow.outputs(framework: framework, layer: name, input: input, kernelSize: poolSize,
                                               strides: strides, dilation: dilation, padding: padding, ceilMode: ceilMode)
        return .passthrough(.with(spatial: output, channels: input.channels(layout), layout: layout))
    }
}
