/// The computation a layer performs, with every argument that changes counts or shapes resolved.
public enum LayerOperation: Sendable, Equatable {
    case convolution(Convolution)
    case transposedConvolution(TransposedConvolution)
    case depthwiseConvolution(DepthwiseConvolution)
    case separableConvolution(SeparableConvolution)
    case dense(Dense)
    case flatten(Flatten)
    case pooling(Pooling)
    case globalPooling(GlobalPooling)
    case adaptivePooling(AdaptivePooling)
    case batchNormalization(BatchNormalization)
    /// Dropout and activations: no weights, same shape.
    case elementwise
    /// Keras' `Input`: sets the model's input shape and adds nothing.
    case input(TensorShape)

    public func analyze(_ input: TensorShape) throws(LayerProblem) -> LayerAnalysis {
        switch self {
        case .convolution(let layer): return try layer.analyze(input)
        case .transposedConvolution(let layer): return try layer.analyze(input)
        case .depthwiseConvolution(let layer): return try layer.analyze(input)
        case .separableConvolution(let layer): return try layer.analyze(input)
        case .dense(let layer): return try layer.analyze(input)
        case .flatten(let layer): return try layer.analyze(input)
        case .pooling(let layer): return try layer.analyze(input)
        case .globalPooling(let layer): return try layer.analyze(input)
        case .adaptivePooling(let layer): return try layer.analyze(input)
        case .batchNormalization(let layer): return try layer.analyze(input)
        case .elementwise, .input: return .passthrough(input)
        }
    }
}
