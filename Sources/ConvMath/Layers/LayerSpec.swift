/// One layer of a model: its type as the framework names it, what it computes, and where it was
/// written (so that a problem found later can point at the right argument).
public struct LayerSpec: Sendable, Equatable {
    public var type: LayerType
    public var operation: LayerOperation
    /// The call this layer was read from, when it was read from text.
    public var call: LayerCall?
    /// An input shape given on the layer itself (Keras' `input_shape=` or `input_dim=`).
    public var declaredInputShape: TensorShape?
    /// Keras' `trainable=False`: the layer's weights are kept but not trained, so Keras counts
    /// them all as non-trainable.
    public var frozen: Bool

    public init(type: LayerType, operation: LayerOperation, call: LayerCall? = nil, declaredInputShape: TensorShape? = nil,
                frozen: Bool = false) {
        self.type = type
        self.operation = operation
        self.call = call
        self.declaredInputShape = declaredInputShape
        self.frozen = frozen
    }

    /// Applies the layer to an input, turning a problem into an error that points into the source.
    public func analyze(_ input: TensorShape) throws(ModelError) -> LayerAnalysis {
        do {
            var analysis = try operation.analyze(input)
            if frozen {
                analysis.parameters = ParameterCount(trainable: 0, nonTrainable: analysis.parameters.total)
                analysis.weights = analysis.weights.map { weight in
                    var frozenWeight = weight
                    frozenWeight.trainable = false
                    return frozenWeight
                }
            }
            return analysis
        } catch {
            var span = call?.span
            if let argument = error.argument, let call, let given = call.arguments.first(where: { $0.label == argument }) {
                span = given.span
            } else if let argument = error.argument, let call, let bound = try? BoundArguments.bind(call, to: type),
                      let given = bound.argument(argument) {
                span = given.span
            }
            var modelError = ModelError(error.message, at: span, hint: error.hint)
            if let call { modelError = modelError.located(in: call.source) }
            throw modelError
        }
    }
}
