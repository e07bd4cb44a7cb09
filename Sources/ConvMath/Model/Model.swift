/// A sequential model: an input shape and the layers applied to it in order.
public struct Model: Sendable, Equatable {
    public var framework: Framework
    public var inputShape: TensorShape
    public var layers: [LayerSpec]

    public init(framework: Framework, inputShape: TensorShape, layers: [LayerSpec]) {
        self.framework = framework
        self.inputShape = inputShape
        self.layers = layers
    }

    /// Applies every layer in turn; the first problem stops the analysis and points at its layer.
    public func analyze() throws(ModelError) -> ModelAnalysis {
        var shape = inputShape
        var rows: [AnalyzedLayer] = []
        var trainable = 0
        var nonTrainable = 0
        var macs = 0
        for layer in layers {
            if case .input = layer.operation { continue }
            let result = try layer.analyze(shape)
            rows.append(AnalyzedLayer(spec: layer, inputShape: shape, result: result))
            do {
                trainable = try Exact.add(trainable, result.parameters.trainable)
                nonTrainable = try Exact.add(nonTrainable, result.parameters.nonTrainable)
                _ = try Exact.add(trainable, nonTrainable)
                macs = try Exact.add(macs, result.multiplyAccumulates)
            } catch {
                var problem = ModelError("the model's total does not fit in 64 bits", at: layer.call?.span,
                                         hint: "no real model is this large; check the sizes")
                if let call = layer.call { problem = problem.located(in: call.source) }
                throw problem
            }
            shape = result.outputShape
        }
        return ModelAnalysis(framework: framework, inputShape: inputShape, layers: rows,
                             parameters: ParameterCount(trainable: trainable, nonTrainable: nonTrainable),
                             multiplyAccumulates: macs)
    }
}
