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
    /// The parameters of the standard convolution that the focus layer, a separable one, replaces.
    case standardCounterpart
    /// How many fewer parameters the focus layer, a separable one, has than that standard convolution.
    case separableSavings

    /// The asked-for number in an analysis, or nil when the focus layer is not there.
    public func value(in analysis: ModelAnalysis, focusLayer: Int) -> Int? {
        switch self {
        case .modelParameters: return analysis.parameters.total
        case .modelTrainable: return analysis.parameters.trainable
        case .modelNonTrainable: return analysis.parameters.nonTrainable
        default: break
        }
        guard analysis.layers.indices.contains(focusLayer) else { return nil }
        let layer = analysis.layers[focusLayer].result
        switch self {
        case .outputHeight: return layer.outputShape.spatial(analysis.framework.channelLayout).first
        case .layerMultiplyAccumulates: return layer.multiplyAccumulates
        case .standardCounterpart, .separableSavings:
            guard case .separableConvolution(let separable) = analysis.layers[focusLayer].spec.operation,
                  let comparison = try? SeparableComparison(separable, input: analysis.layers[focusLayer].inputShape)
            else { return nil }
            return self == .standardCounterpart ? comparison.standard : comparison.saved
        default: return layer.parameters.total
        }
    }
}
