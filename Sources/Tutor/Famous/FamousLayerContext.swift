import ConvMath

/// Where a layer of a famous network sits, for the mistakes that come from reading the network
/// around it: the layer listed before it, the normalization after it, the image the network takes.
/// Found only when the analysed layer is the network's own row at its path, same call, same input.
struct FamousLayerContext: Sendable {
    var network: FamousNetwork
    var path: String
    /// The channels of the network's image.
    var imageChannels: Int
    /// The layer with kernels that runs just before this one, when its output is not this layer's
    /// input (a shortcut's convolution reads the block's input, not the last convolution's output).
    var listedBefore: (path: String, channels: Int)?
    /// The batch normalization that normalizes this layer's output, and its parameters.
    var normalization: (path: String, parameters: Int)?

    init?(_ analysis: ModelAnalysis, focus: Int) {
        guard let network = FamousNetwork.named(analysis.modelName), analysis.layers.indices.contains(focus),
              let path = analysis.layers[focus].path, let whole = network.analysis,
              let index = whole.layers.firstIndex(where: { $0.path == path }) else { return nil }
        let row = whole.layers[index], asked = analysis.layers[focus]
        guard row.spec == asked.spec, row.inputShape == asked.inputShape else { return nil }
        let layout = ChannelLayout.channelsFirst
        self.network = network
        self.path = path
        imageChannels = whole.inputShape.channels(layout)
        let received = row.inputShape.channels(layout)
        if let before = whole.layers[..<index].last(where: { $0.spec.hasKernelsOrUnits }), let beforePath = before.path,
           before.result.outputShape.channels(layout) != received {
            listedBefore = (beforePath, before.result.outputShape.channels(layout))
        }
        if index + 1 < whole.layers.count, case .batchNormalization = whole.layers[index + 1].spec.operation,
           whole.layers[index + 1].inputShape == row.result.outputShape, let normPath = whole.layers[index + 1].path {
            normalization = (normPath, whole.layers[index + 1].result.parameters.total)
        }
    }
}

extension LayerSpec {
    /// Whether the layer sets the channels it puts out (a convolution or a Dense/Linear layer).
    var hasKernelsOrUnits: Bool {
        switch operation {
        case .convolution, .transposedConvolution, .depthwiseConvolution, .separableConvolution, .dense: return true
        default: return false
        }
    }
}
