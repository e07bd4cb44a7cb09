/// Flattens axes into one: Keras flattens everything but the batch; PyTorch's `nn.Flatten` merges
/// `start_dim` through `end_dim`, counted with the batch axis as 0.
public struct Flatten: Sendable, Equatable {
    public var framework: Framework
    public var startDim: Int
    public var endDim: Int

    public init(framework: Framework, startDim: Int = 1, endDim: Int = -1) {
        self.framework = framework
        self.startDim = startDim
        self.endDim = endDim
    }

    public func analyze(_ input: TensorShape) throws(LayerProblem) -> LayerAnalysis {
        let batchedRank = input.rank + 1
        let start = startDim < 0 ? startDim + batchedRank : startDim
        let end = endDim < 0 ? endDim + batchedRank : endDim
        guard start >= 0, start < batchedRank else {
            throw LayerProblem("Flatten: start_dim=\(startDim) is outside the input's \(batchedRank) axes (batch included)",
                               argument: "start_dim")
        }
        guard end >= 0, end < batchedRank, end >= start else {
            throw LayerProblem("Flatten: end_dim=\(endDim) must name an axis at or after start_dim=\(startDim)",
                               argument: "end_dim")
        }
        guard start >= 1 else {
            throw LayerProblem("Flatten: start_dim=0 would merge the batch axis, which these shapes leave out",
                               argument: "start_dim", hint: "use start_dim=1, the default")
        }
        let dims = input.dimensions
        let merged = try exact { () throws(ArithmeticOverflow) in try Exact.product(Array(dims[(start - 1)...(end - 1)])) }
        return .passthrough(TensorShape(Array(dims[..<(start - 1)]) + [merged] + Array(dims[end...])))
    }
}
