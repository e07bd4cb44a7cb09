/// How many bytes a model's parameters and its layers' outputs take in memory when each value is
/// stored as `dataType`: exact integers, overflow reported.
///
/// The activations are every layer's output added up, one row of the summary at a time, for one
/// input (`batch` inputs multiply them). Nothing else is counted: no gradients, no optimizer state,
/// no framework workspace, and no saving from an output a framework frees or computes in place.
public struct MemoryFootprint: Sendable, Equatable {
    public var dataType: DataType
    public var batch: Int
    public var parameterBytes: Int
    public var trainableBytes: Int
    public var nonTrainableBytes: Int
    /// The layers' output values for one input, added up.
    public var activationValues: Int
    /// `activationValues · batch · bytes`.
    public var activationBytes: Int

    public init(_ analysis: ModelAnalysis, dataType: DataType = .float32, batch: Int = 1) throws(ArithmeticOverflow) {
        self.dataType = dataType
        self.batch = batch
        parameterBytes = try Self.bytes(values: analysis.parameters.total, dataType)
        trainableBytes = try Self.bytes(values: analysis.parameters.trainable, dataType)
        nonTrainableBytes = try Self.bytes(values: analysis.parameters.nonTrainable, dataType)
        activationValues = try Self.outputValues(analysis.layers.map(\.result.outputShape))
        activationBytes = try Self.bytes(values: activationValues, dataType, batch: batch)
    }

    /// `values · batch · bytes per value`.
    public static func bytes(values: Int, _ dataType: DataType, batch: Int = 1) throws(ArithmeticOverflow) -> Int {
        try Exact.product([values, batch, dataType.bytes])
    }

    /// The values of the given outputs, added up.
    public static func outputValues(_ shapes: [TensorShape]) throws(ArithmeticOverflow) -> Int {
        var total = 0
        for shape in shapes {
            guard let count = shape.elementCount else { throw ArithmeticOverflow() }
            total = try Exact.add(total, count)
        }
        return total
    }
}
