import ConvMath

/// A model's layers as derivations see them: the facts of each, the model's input, and the layer a
/// question is about.
struct ModelFacts: Sendable {
    var framework: Framework
    var inputShape: TensorShape
    var analyzed: [AnalyzedLayer]
    var layers: [LayerFacts]
    /// The index in `layers` of the layer a question is about.
    var focusIndex: Int
    /// Where the focus layer sits in a famous network, when it is one of its layers.
    var network: FamousLayerContext?

    init(_ analysis: ModelAnalysis, focus: Int) {
        self.init(framework: analysis.framework, inputShape: analysis.inputShape, layers: analysis.layers, focus: focus)
        network = FamousLayerContext(analysis, focus: focusIndex)
    }

    init(framework: Framework, inputShape: TensorShape, layers analyzed: [AnalyzedLayer], focus: Int) {
        self.framework = framework
        self.inputShape = inputShape
        self.analyzed = analyzed
        layers = analyzed.enumerated().map { LayerFacts($0.element, index: $0.offset) }
        focusIndex = min(max(focus, 0), max(analyzed.count - 1, 0))
    }

    var focus: LayerFacts { layers[focusIndex] }
    var inputChannels: Int { inputShape.channels(framework.channelLayout) }
    var inputSpatial: [Int] { inputShape.spatial(framework.channelLayout) }
    /// Every value of the model's input.
    var inputValues: Int { inputShape.elementCount ?? 0 }
    /// The layers that hold parameters, in order; a shared layer's second call holds none of its own.
    var weighted: [LayerFacts] {
        layers.filter { !$0.sharedCall && ($0.total > 0 || $0.hasKernels || $0.kind == .dense || $0.kind == .batchNormalization) }
    }
    /// The last layer before `index` that sets the channel count (a convolution, a Dense layer).
    func channelSource(before index: Int) -> LayerFacts? {
        layers[..<min(index, layers.count)].last { $0.hasKernels || $0.kind == .dense }
    }
}
