/// Keras' layers that join tensors (Add, Concatenate, …) and their functional spellings
/// (`layers.add([x, y])`): no weights, and shapes that must agree (or broadcast, as Keras' do).
enum MergeLayers {
    enum Kind {
        case elementwise
        case concatenate
    }

    static func kind(named name: String) -> Kind? {
        switch name {
        case "Add", "Subtract", "Multiply", "Average", "Maximum", "Minimum", "Dot": return name == "Dot" ? nil : .elementwise
        case "Concatenate": return .concatenate
        default: return nil
        }
    }

    /// Makes the layer; `dropping` skips the tensors a functional spelling passes first.
    static func make(_ kind: Kind, name: String, dropping: Int = 0, _ a: PyCallArguments, in p: PythonInterpreter) throws(ModelError) -> PyValue {
        if let uncertainty = p.uncertainty {
            throw p.error("this layer is made inside a branch or loop that depends on '\(uncertainty.origin.excerpt)', which convtutor cannot decide",
                          at: a.span)
        }
        var axis = -1
        if kind == .concatenate, let given = a.keyword("axis") ?? (a.positional.count > dropping ? a.positional[dropping].value : nil) {
            axis = try p.integer(given, at: a.span, decides: "decides the shape Concatenate makes")
        }
        var arguments: [CallArgument] = []
        if case .string(let layerName)? = a.keyword("name") {
            arguments.append(CallArgument(label: "name", value: Expression(.string(layerName), span: a.span)))
        }
        let type = LayerType(name, .keras, .elementwise, positional: "")
        let call = LayerCall(name: name, prefix: [], arguments: arguments, span: a.span, nameSpan: a.calleeSpan ?? a.span,
                             source: p.source)
        let spec = LayerSpec(type: type, operation: .elementwise, call: call)
        let merge = MergeLayer(operation: kind == .concatenate ? .concatenate(axis: axis) : .elementwise, spec: spec)
        p.framework = p.framework ?? .keras
        return .layer(LayerObject(id: p.makeID(), kind: .merge(merge), framework: .keras, typeName: name, span: a.span))
    }

    /// The shape the layer makes of its inputs, or an error saying which shapes disagree.
    static func outputShape(_ merge: MergeLayer, _ inputs: [SymbolicTensor], at span: SourceSpan,
                            in p: PythonInterpreter) throws(ModelError) -> TensorShape {
        let name = merge.spec.type.name
        guard inputs.count >= 2 else {
            throw p.error("\(name) joins at least two tensors; it is given \(inputs.count)", at: span,
                          hint: "call it on a list, as \(name)()([x, y])")
        }
        let first = inputs[0].shape
        switch merge.operation {
        case .elementwise:
            var shape = first
            for other in inputs.dropFirst() {
                guard let joined = broadcast(shape, other.shape) else {
                    throw p.error("\(name) needs tensors of one shape, or sizes of 1 where they differ, but it is given \(shape) and \(other.shape)",
                                  at: span, hint: "the shapes leave the batch axis out; make the branches agree")
                }
                shape = joined
            }
            return shape
        case .concatenate(let axis):
            return try concatenate(inputs.map(\.shape), axis: axis, layer: name, at: span, in: p)
        }
    }

    /// Keras' rule for an elementwise merge of two shapes: aligned from the last axis, a size of 1
    /// stretches to the other's (a squeeze-and-excitation's (1, 1, C) times (H, W, C)), and the
    /// longer shape's leading axes are kept; nil where two sizes differ and neither is 1.
    static func broadcast(_ a: TensorShape, _ b: TensorShape) -> TensorShape? {
        let (long, short) = a.rank >= b.rank ? (a.dimensions, b.dimensions) : (b.dimensions, a.dimensions)
        var dimensions = Array(long.prefix(long.count - short.count))
        for (x, y) in zip(long.suffix(short.count), short) {
            if x == y || y == 1 { dimensions.append(x) } else if x == 1 { dimensions.append(y) } else { return nil }
        }
        return TensorShape(dimensions)
    }

    /// Joins shapes along an axis counted as the framework counts it (with the batch axis at 0).
    static func concatenate(_ shapes: [TensorShape], axis: Int, layer: String, at span: SourceSpan,
                            in p: PythonInterpreter) throws(ModelError) -> TensorShape {
        let rank = shapes[0].rank
        let resolved = axis < 0 ? rank + axis : axis - 1
        guard resolved >= 0, resolved < rank else {
            throw p.error("\(layer): axis \(axis) does not exist in a tensor of shape \(shapes[0]) (batch axis left out)", at: span)
        }
        var dimensions = shapes[0].dimensions
        for shape in shapes.dropFirst() {
            guard shape.rank == rank, shape.dimensions.indices.allSatisfy({ $0 == resolved || shape.dimensions[$0] == dimensions[$0] }) else {
                throw p.error("\(layer) needs tensors that agree on every axis but the one joined, but it is given \(shapes[0]) and \(shape)",
                              at: span, hint: "the shapes leave the batch axis out; make the branches agree")
            }
            do {
                dimensions[resolved] = try Exact.add(dimensions[resolved], shape.dimensions[resolved])
            } catch {
                throw p.error("this size does not fit in 64 bits", at: span)
            }
        }
        return TensorShape(dimensions)
    }
}
