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
    /// The whole model's multiply-accumulates for one input.
    case modelMultiplyAccumulates
    /// The focus layer's multiply-accumulates were it applied directly to the model's input.
    case directMultiplyAccumulates
    /// How many fewer multiply-accumulates the model does than the focus layer directly on its input.
    case bottleneckSavings
    /// The focus layer's floating-point operations for one input: two per multiply-accumulate, and
    /// one per output value for the biases when `biasAdditions` is set (and the layer has biases).
    case layerFLOPs(biasAdditions: Bool)

    /// Whether the question asks for work (multiply-accumulates) rather than a count or a size.
    public var asksWork: Bool {
        if case .layerFLOPs = self { return true }
        return [.layerMultiplyAccumulates, .modelMultiplyAccumulates, .directMultiplyAccumulates, .bottleneckSavings].contains(self)
    }

    /// Whether the question asks for FLOPs, in which a multiply-accumulate is two operations.
    public var asksFLOPs: Bool {
        if case .layerFLOPs = self { return true }
        return false
    }
    /// A number about how the windows of a stack cover its input (`SpatialTarget`).
    case spatial(SpatialTarget)
    /// A size in memory: parameters or activations, in a data type (`MemoryTarget`).
    case memory(MemoryTarget)
    /// The number (from 1, after the input) of the layer that holds the most parameters or activations.
    case largestLayer(LayerMeasure)
    /// A size of the focus layer that the question hides and gives the parameter count instead.
    case unknown(UnknownQuantity)
    /// The focus layer's parameters without weight sharing: a copy of its kernels and biases at each
    /// output position, as a locally connected layer would hold them.
    case unsharedParameters

    /// The asked-for number in an analysis, or nil when the focus layer is not there.
    public func value(in analysis: ModelAnalysis, focusLayer: Int) -> Int? {
        switch self {
        case .modelParameters: return analysis.parameters.total
        case .modelTrainable: return analysis.parameters.trainable
        case .modelNonTrainable: return analysis.parameters.nonTrainable
        case .modelMultiplyAccumulates: return analysis.multiplyAccumulates
        case .directMultiplyAccumulates: return analysis.direct(focusLayer)?.multiplyAccumulates
        case .bottleneckSavings: return analysis.multiplyAccumulatesSaved(against: focusLayer)
        case .spatial(let target): return target.value(in: analysis, focusLayer: focusLayer)
        case .memory(let target): return target.value(in: analysis, focusLayer: focusLayer)
        case .largestLayer(let measure): return measure.largestLayer(in: analysis)
        case .unknown(let unknown): return unknown.value(in: analysis, focusLayer: focusLayer)
        default: break
        }
        guard analysis.layers.indices.contains(focusLayer) else { return nil }
        let layer = analysis.layers[focusLayer].result
        switch self {
        case .outputHeight: return layer.outputShape.spatial(analysis.framework.channelLayout).first
        case .layerMultiplyAccumulates: return layer.multiplyAccumulates
        case .layerFLOPs(let biasAdditions): return FloatingPointOperations.count(layer, biasAdditions: biasAdditions)
        case .unsharedParameters:
            return WeightSharing.unsharedParameters(analysis.layers[focusLayer], layout: analysis.framework.channelLayout)
        case .standardCounterpart, .separableSavings:
            guard case .separableConvolution(let separable) = analysis.layers[focusLayer].spec.operation,
                  let comparison = try? SeparableComparison(separable, input: analysis.layers[focusLayer].inputShape)
            else { return nil }
            return self == .standardCounterpart ? comparison.standard : comparison.saved
        default: return layer.parameters.total
        }
    }
}
