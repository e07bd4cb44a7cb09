import ConvMath

/// The skill a set's question practises, read from what it asks and the layer it asks about, so an
/// answer to a teacher's question counts towards the learner's progress like a generated one.
enum SetQuestionSkill {
    static func skill(_ ask: SetAsk, analysis: ModelAnalysis, focus: Int) -> Skill {
        let weighted = analysis.layers.indices.filter { analysis.layers[$0].result.parameters.total > 0 }
        switch ask {
        case .outputHeight: return .outputShape
        case .macs: return .macs
        case .trainable, .nonTrainable: return .batchnorm
        case .total:
            guard weighted.count == 1, let only = weighted.first else { return .network }
            return layerSkill(analysis, only, earlierWeighted: false)
        case .parameters:
            return layerSkill(analysis, focus, earlierWeighted: weighted.contains { $0 < focus })
        }
    }

    private static func layerSkill(_ analysis: ModelAnalysis, _ index: Int, earlierWeighted: Bool) -> Skill {
        switch analysis.layers[index].spec.operation {
        case .convolution(let layer):
            if layer.rank == 1 { return .conv1d }
            if layer.rank == 3 { return .conv3d }
            if layer.groups > 1 { return .grouped }
            if !layer.useBias { return .conv2dNoBias }
            if Set(layer.kernelSize).count > 1 { return .conv2dRect }
            return earlierWeighted ? .conv2dHidden : .conv2d
        case .depthwiseConvolution: return .depthwise
        case .separableConvolution: return .separable
        case .transposedConvolution: return .transposed
        case .dense: return .denseAfterFlatten
        case .batchNormalization: return .batchnorm
        default: return .network
        }
    }
}
