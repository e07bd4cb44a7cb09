import ConvMath

/// The one number a question asks for, read from the engine's analysis.
public enum QuestionTarget: Sendable, Equatable {
    /// The focus layer's parameters (trainable and not).
    case layerParameters
    /// The whole model's parameters.
    case modelParameters
    /// The model's trainable parameters, as Keras' summary reports them.
    case modelTrainable
    /// The model's non-trainable parameters, as Keras' summary reports them.
    case modelNonTrainable
    /// The height of the focus layer's output.
    case outputHeight
    /// The focus layer's multiply-accumulates for one input.
    case layerMultiplyAccumulates
    /// A number about how the windows of a stack cover its input (`SpatialTarget`).
    case spatial(SpatialTarget)

    /// The asked-for number in an analysis, or nil when the focus layer is not there.
    public func value(in analysis: ModelAnalysis, focusLayer: Int) -> Int? {
        switch self {
        case .modelParameters: return analysis.parameters.total
        case .modelTrainable: return analysis.parameters.trainable
        case .modelNonTrainable: return analysis.parameters.nonTrainable
        case .spatial(let target): return target.value(in: analysis, focusLayer: focusLayer)
        default: break
        }
        guard analysis.layers.indices.contains(focusLayer) else { return nil }
        let layer = analysis.layers[focusLayer].result
        switch self {
        case .outputHeight: return layer.outputShape.spatial(analysis.framework.channelLayout).first
        case .layerMultiplyAccumulates: return layer.multiplyAccumulates
        default: return layer.parameters.total
        }
    }
}
