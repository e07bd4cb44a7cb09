/// Keras' global pooling: one value per channel, the spatial axes gone (or kept as 1 with `keepdims`).
public struct GlobalPooling: Sendable, Equatable {
    public var rank: Int
    public var keepDims: Bool
    public var name: String

    public init(rank: Int, keepDims: Bool = false, name: String = "GlobalAveragePooling2D") {
        self.rank = rank
        self.keepDims = keepDims
        self.name = name
    }

    public func analyze(_ input: TensorShape) throws(LayerProblem) -> LayerAnalysis {
        guard input.rank == rank + 1 else {
            throw AxisNames.rankProblem(layer: name, rank: rank, layout: .channelsLast, input: input)
        }
        let channels = input.channels(.channelsLast)
        return .passthrough(TensorShape(keepDims ? Array(repeating: 1, count: rank) + [channels] : [channels]))
    }
}
