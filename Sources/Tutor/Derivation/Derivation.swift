import ConvMath

/// The step-by-step derivation of one layer's parameter count and output shape, as the walkthrough,
/// `convtutor explain`, the lessons and the classroom mode all show it.
public struct Derivation: Sendable, Equatable {
    public var layer: LayerSpec
    public var inputShape: TensorShape
    public var analysis: LayerAnalysis
    /// One line that states the layer and its input in plain words.
    public var headline: String
    public var steps: [DerivationStep]

    public init(layer: LayerSpec, inputShape: TensorShape, analysis: LayerAnalysis) {
        self.layer = layer
        self.inputShape = inputShape
        self.analysis = analysis
        var builder = DerivationBuilder(layer: layer, input: inputShape, analysis: analysis)
        self.steps = builder.steps()
        self.headline = builder.headline
    }

    /// Derives every layer of an analyzed model.
    public static func all(_ model: ModelAnalysis) -> [Derivation] {
        model.layers.map { Derivation(layer: $0.spec, inputShape: $0.inputShape, analysis: $0.result) }
    }
}
