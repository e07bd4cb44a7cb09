/// PyTorch's adaptive pooling: the output size is given and the window adapts (`None` keeps an axis).
public struct AdaptivePooling: Sendable, Equatable {
    public var outputSize: [Int?]
    public var name: String

    public init(outputSize: [Int?], name: String = "AdaptiveAvgPool2d") {
        self.outputSize = outputSize
        self.name = name
    }

    public var rank: Int { outputSize.count }

    public func analyze(_ input: TensorShape) throws(LayerProblem) -> LayerAnalysis {
        guard input.rank == rank + 1 else {
            throw AxisNames.rankProblem(layer: name, rank: rank, layout: .channelsFirst, input: input)
        }
        let spatial = input.spatial(.channelsFirst)
        let output = zip(outputSize, spatial).map { wanted, size in wanted ?? size }
        return .passthrough(.with(spatial: output, channels: input.channels(.channelsFirst), layout: .channelsFirst))
    }
}
