/// Keras' `Lambda`: a function of its input with no weights. Its output's shape is what the function
/// gives when the reader runs it on the input (tensors are shapes, so arithmetic and indexing give
/// it); where the function's result cannot be seen, `output_shape` (a tuple, batch axis left out)
/// gives it, and with neither the layer is refused. A function that calls layers is refused too:
/// Keras does not track weights made inside a Lambda.
struct LambdaLayer {
    var function: PyValue
    /// `arguments=`: keyword arguments the function is called with.
    var arguments: PyDict?
    /// `output_shape=` when given as sizes.
    var declaredShape: TensorShape?
    var spec: LayerSpec

    static func make(_ a: PyCallArguments, in p: PythonInterpreter) throws(ModelError) -> PyValue {
        if let uncertainty = p.uncertainty {
            throw p.error("this layer is made inside a branch or loop that depends on '\(uncertainty.origin.excerpt)', which convtutor cannot decide",
                          at: a.span)
        }
        guard let function = a.value(0, "function") else { throw p.programError("Lambda needs a function", at: a.span) }
        var declared: TensorShape?
        // A function of the input's shape adds nothing the function's own result does not say.
        if let shape = a.value(1, "output_shape"), !shape.isNone, !isFunction(shape) {
            var sizes: [Int] = []
            for item in try p.knownItems(shape, at: a.span(1, "output_shape"), decides: "is the shape Lambda makes") {
                sizes.append(try p.integer(item, at: a.span(1, "output_shape"), decides: "is a size of the shape Lambda makes"))
            }
            declared = TensorShape(sizes)
        }
        var arguments: PyDict?
        if let given = a.value(3, "arguments"), !given.isNone {
            guard case .dict(let dict) = given else {
                throw p.programError("Lambda's arguments must be a dict, not \(given.typeName)", at: a.span(3, "arguments"))
            }
            arguments = dict
        }
        var callArguments: [CallArgument] = []
        if case .string(let name)? = a.keyword("name") {
            callArguments.append(CallArgument(label: "name", value: Expression(.string(name), span: a.span)))
        }
        let type = LayerType("Lambda", .keras, .elementwise, positional: "")
        let call = LayerCall(name: "Lambda", prefix: [], arguments: callArguments, span: a.span, nameSpan: a.calleeSpan ?? a.span,
                             source: p.source)
        let layer = LambdaLayer(function: function, arguments: arguments, declaredShape: declared,
                                spec: LayerSpec(type: type, operation: .elementwise, call: call))
        p.framework = p.framework ?? .keras
        let object = LayerObject(id: p.makeID(), kind: .lambda(layer), framework: .keras, typeName: "Lambda", span: a.span)
        return try Frameworks.declareInputShape(of: object, a, in: p)
    }

    private static func isFunction(_ value: PyValue) -> Bool {
        switch value {
        case .function, .native, .boundMethod: return true
        default: return false
        }
    }

    /// The shape the function makes of the input (a tensor, or a list of them, as it was called on).
    func outputShape(_ input: PyValue, inputSpan: SourceSpan, at span: SourceSpan, in p: PythonInterpreter) throws(ModelError) -> TensorShape {
        var call = PyCallArguments(span: span)
        call.positional = [(input, inputSpan)]
        if let arguments {
            if let opaque = arguments.unknown { throw p.unknownValue(opaque, decides: "is given to Lambda's function", at: span) }
            for (key, value) in zip(arguments.keys, arguments.values) {
                guard case .string(let name) = key else { throw p.programError("Lambda's arguments must be named by strings", at: span) }
                call.keywords.append((name, value, span))
            }
        }
        let before = p.applications.count
        let result = try p.call(function, call)
        if p.applications.count != before {
            throw p.error("this Lambda calls layers, whose weights Keras does not track inside a Lambda", at: span,
                          hint: "call those layers outside the Lambda")
        }
        guard case .tensor(let tensor) = result else {
            if let declaredShape { return declaredShape }
            let gives = result.opaque != nil ? "convtutor cannot see what its function gives" : "its function gives \(result.typeName), not a tensor"
            throw p.error("the shape this Lambda makes is unknown: \(gives)", at: span,
                          hint: "give output_shape=(…) with its sizes, batch axis left out")
        }
        if let declaredShape, declaredShape != tensor.shape {
            throw p.error("Lambda's output_shape \(declaredShape) disagrees with the \(tensor.shape) its function makes", at: span)
        }
        return tensor.shape
    }
}
