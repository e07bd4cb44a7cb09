/// What one layer does to a given input: the output shape, its parameters, and how they are counted.
public struct LayerAnalysis: Sendable, Equatable {
    public var outputShape: TensorShape
    public var parameters: ParameterCount
    /// The layer's weight tensors in the framework's own shapes, buffers included.
    public var weights: [WeightTensor]
    /// The arithmetic that gives `parameters.total`.
    public var formula: Formula
    /// Multiply-accumulate operations for one sample.
    public var multiplyAccumulates: Int
    /// What the weights are for, when the layer's operation does not say (LayerNorm, GroupNorm,
    /// Embedding, Keras' normalizations); nil for every other layer.
    public var held: HeldWeights?

    public init(outputShape: TensorShape, parameters: ParameterCount = .zero, weights: [WeightTensor] = [],
                formula: Formula = .zero, multiplyAccumulates: Int = 0) {
        self.outputShape = outputShape
        self.parameters = parameters
        self.weights = weights
        self.formula = formula
        self.multiplyAccumulates = multiplyAccumulates
    }

    /// A layer with no weights that leaves the shape as it is.
    static func passthrough(_ shape: TensorShape) -> LayerAnalysis {
        LayerAnalysis(outputShape: shape)
    }
}

/// A count of parameters split the way Keras' summary splits it.
public struct ParameterCount: Sendable, Equatable {
    public var trainable: Int
    public var nonTrainable: Int

    public init(trainable: Int, nonTrainable: Int = 0) {
        self.trainable = trainable
        self.nonTrainable = nonTrainable
    }

    public static let zero = ParameterCount(trainable: 0)

    /// Trainable plus non-trainable; both are already checked to fit, so their sum is checked too.
    public var total: Int { trainable &+ nonTrainable }
}

/// One tensor a layer holds: a kernel, a bias, BatchNorm's statistics.
public struct WeightTensor: Sendable, Equatable {
    public var name: String
    public var shape: [Int]
    public var trainable: Bool
    /// True for PyTorch buffers (running statistics): stored, but not parameters.
    public var isBuffer: Bool

    public init(_ name: String, _ shape: [Int], trainable: Bool = true, isBuffer: Bool = false) {
        self.name = name
        self.shape = shape
        self.trainable = trainable
        self.isBuffer = isBuffer
    }

    public var shapeDescription: String {
        TensorShape(shape).description
    }
}
