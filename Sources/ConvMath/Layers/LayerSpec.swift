/// One layer of a model: its type as the framework names it, what it computes, and where it was
/// written (so that a problem found later can point at the right argument).
public struct LayerSpec: Sendable, Equatable {
    public var type: LayerType
    public var operation: LayerOperation
    /// The call this layer was read from, when it was read from text.
    public var call: LayerCall?
    /// An input shape given on the layer itself (Keras' `input_shape=` or `input_dim=`).
    public var declaredInputShape: TensorShape?

    public init(type: LayerType, operation: LayerOperation, call: LayerCall? = nil, declaredInputShape: TensorShape? = nil) {
        self.type = type
        self.operation = operation
        self.call = call
        self.declaredInputShape = declaredInputShape
    }

    /// Applies the layer to an input, turning a problem into an error that points into the source.
    public func analyze(_ input: TensorShape) throws(ModelError) -> LayerAnalysis {
        do {
            return try operation.analyze(input)
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
