/// The result of running a model's shapes through its layers: one row per layer and the totals.
public struct ModelAnalysis: Sendable, Equatable {
    public var framework: Framework
    public var inputShape: TensorShape
    public var layers: [AnalyzedLayer]
    public var parameters: ParameterCount
    public var multiplyAccumulates: Int

    public var outputShape: TensorShape { layers.last?.result.outputShape ?? inputShape }
}

/// One layer in context: what it received and what it made of it.
public struct AnalyzedLayer: Sendable, Equatable {
    public var spec: LayerSpec
    public var inputShape: TensorShape
    public var result: LayerAnalysis

    public init(spec: LayerSpec, inputShape: TensorShape, result: LayerAnalysis) {
        self.spec = spec
        self.inputShape = inputShape
        self.result = result
    }
}
