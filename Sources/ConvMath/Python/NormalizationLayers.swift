/// Layers with weights that the engine's catalog does not hold, counted as their frameworks' source
/// builds them (all but Embedding keep the shape):
/// - `nn.LayerNorm(normalized_shape, elementwise_affine=True, bias=True)`: a weight and a bias the
///   size of `normalized_shape`, which must be the input's last axes;
/// - `nn.GroupNorm(num_groups, num_channels, affine=True)`: a weight and a bias per channel;
/// - Keras `LayerNormalization(axis=-1, center=True, scale=True)`: gamma and beta over the axes;
/// - Keras `GroupNormalization(groups=32, axis=-1, center=True, scale=True)`: per channel;
/// - Keras `Normalization(axis=-1)`: a non-trainable mean and variance over the axis and a count,
///   unless `mean` and `variance` are given;
/// - `nn.Embedding(num_embeddings, embedding_dim)`: a table of vectors, applied to indices;
/// - `nn.InstanceNorm2d(num_features, affine=True)`: a weight and a bias per channel.
/// Applied to an input, each becomes an analysis whose `held` says what its weights are for, with
/// their sizes, so that `explain` and `demo` derive it like any other layer.
struct NormalizationLayer {
    enum Operation {
        case torchLayerNorm(shape: [Int], scale: Bool, shift: Bool)
        case torchGroupNorm(groups: Int, channels: Int, affine: Bool)
        case kerasLayerNorm(axes: [Int], scale: Bool, shift: Bool)
        case kerasGroupNorm(groups: Int, axis: Int, scale: Bool, shift: Bool)
        case kerasNormalization(axes: [Int]?, adapted: Bool)
        case embedding(count: Int, dimension: Int)
        case torchInstanceNorm(channels: Int)
    }

    var operation: Operation
    var spec: LayerSpec

    static let names: Set<String> = ["LayerNorm", "GroupNorm", "Embedding", "LayerNormalization", "GroupNormalization", "Normalization"]

    static func make(named name: String, framework: Framework?, _ a: PyCallArguments, in p: PythonInterpreter) throws(ModelError) -> PyValue? {
        guard names.contains(name) else { return nil }
        let torch = ["LayerNorm", "GroupNorm", "Embedding"].contains(name)
        if torch && framework == .keras || !torch && framework == .pytorch { return nil }
        if let uncertainty = p.uncertainty {
            throw p.error("this layer is made inside a branch or loop that depends on '\(uncertainty.origin.excerpt)', which convtutor cannot decide",
                          at: a.span)
        }
        func integer(_ index: Int, _ label: String, default fallback: Int? = nil) throws(ModelError) -> Int {
            guard let value = a.value(index, label), !value.isNone else {
                guard let fallback else { throw p.programError("\(name) needs \(label)", at: a.span) }
                return fallback
            }
            return try p.integer(value, at: a.span(index, label), decides: "sets '\(label)' of \(name), which changes its count")
        }
        func integers(_ index: Int, _ label: String, default fallback: [Int]) throws(ModelError) -> [Int] {
            guard let value = a.value(index, label), !value.isNone else { return fallback }
            if case .integer(let n) = value { return [n] }
            var result: [Int] = []
            for item in try p.knownItems(value, at: a.span(index, label), decides: "sets '\(label)' of \(name), which changes its count") {
                result.append(try p.integer(item, at: a.span(index, label), decides: "sets '\(label)' of \(name)"))
            }
            return result
        }
        func flag(_ index: Int, _ label: String, default fallback: Bool) throws(ModelError) -> Bool {
            guard let value = a.value(index, label), !value.isNone else { return fallback }
            if let opaque = value.opaque {
                throw p.unknownValue(opaque, decides: "sets '\(label)' of \(name), which changes its count", at: a.span(index, label))
            }
            return try p.truth(value, at: a.span(index, label))
        }
        if let trainable = a.keyword("trainable"), !PyValue.identical(trainable, .bool(true)) {
            throw p.error("\(name) with trainable= is not read yet: its weights' split into trainable and not would be wrong",
                          at: a.span, hint: "count the model without it")
        }
        let operation: Operation
        switch name {
        case "LayerNorm":
            let shape = try integers(0, "normalized_shape", default: [])
            guard !shape.isEmpty, shape.allSatisfy({ $0 >= 1 }) else { throw p.error("LayerNorm needs normalized_shape", at: a.span) }
            let affine = try flag(2, "elementwise_affine", default: true)
            let bias = try flag(3, "bias", default: true)
            operation = .torchLayerNorm(shape: shape, scale: affine, shift: affine && bias)
        case "GroupNorm":
            let groups = try integer(0, "num_groups")
            let channels = try integer(1, "num_channels")
            guard groups >= 1, channels >= 1, channels % groups == 0 else {
                throw p.error("GroupNorm: num_channels=\(channels) cannot be split into \(groups) groups", at: a.span)
            }
            operation = .torchGroupNorm(groups: groups, channels: channels, affine: try flag(3, "affine", default: true))
        case "Embedding":
            let count = try integer(0, "num_embeddings")
            let dimension = try integer(1, "embedding_dim")
            guard count >= 1, dimension >= 1 else { throw p.error("Embedding needs sizes of at least 1", at: a.span) }
            operation = .embedding(count: count, dimension: dimension)
        case "LayerNormalization":
            if try flag(99, "rms_scaling", default: false) {
                throw p.error("LayerNormalization with rms_scaling=True is not read yet", at: a.span)
            }
            let shift = try flag(2, "center", default: true)
            let scale = try flag(3, "scale", default: true)
            let axes = try integers(0, "axis", default: [-1])
            guard !axes.isEmpty else {
                throw p.error("LayerNormalization needs at least one axis to normalize over", at: a.span(0, "axis"),
                              hint: "leave axis out to normalize the last axis")
            }
            operation = .kerasLayerNorm(axes: axes, scale: scale, shift: shift)
        case "GroupNormalization":
            let shift = try flag(3, "center", default: true)
            let scale = try flag(4, "scale", default: true)
            operation = .kerasGroupNorm(groups: try integer(0, "groups", default: 32), axis: try integer(1, "axis", default: -1),
                                        scale: scale, shift: shift)
        default:
            let given = a.value(1, "mean").map { !$0.isNone } ?? false
            var axes: [Int]? = [-1]
            if let axis = a.value(0, "axis") {
                axes = axis.isNone ? nil : try integers(0, "axis", default: [-1])
            }
            operation = .kerasNormalization(axes: axes, adapted: !given)
        }
        return try object(operation, name: name, framework: torch ? .pytorch : .keras, a, in: p)
    }

    /// PyTorch's `InstanceNorm1d/2d/3d(num_features, affine=True)`, whose weights are a scale and a
    /// shift per channel (without `affine` it is a shape layer with no weights).
    static func instanceNorm(named name: String, channels: Int, _ a: PyCallArguments, in p: PythonInterpreter) throws(ModelError) -> PyValue {
        guard channels >= 1 else { throw p.error("\(name) needs num_features of at least 1", at: a.span) }
        return try object(.torchInstanceNorm(channels: channels), name: name, framework: .pytorch, a, in: p)
    }

    private static func object(_ operation: Operation, name: String, framework layerFramework: Framework, _ a: PyCallArguments,
                               in p: PythonInterpreter) throws(ModelError) -> PyValue {
        var arguments: [CallArgument] = []
        if case .string(let layerName)? = a.keyword("name") {
            arguments.append(CallArgument(label: "name", value: Expression(.string(layerName), span: a.span)))
        }
        let call = LayerCall(name: name, prefix: [], arguments: arguments, span: a.span, nameSpan: a.calleeSpan ?? a.span,
                             source: p.source)
        let spec = LayerSpec(type: LayerType(name, layerFramework, .elementwise, positional: ""), operation: .elementwise, call: call)
        p.framework = p.framework ?? layerFramework
        let layer = NormalizationLayer(operation: operation, spec: spec)
        let object = LayerObject(id: p.makeID(), kind: .weighted(layer), framework: layerFramework, typeName: name, span: a.span)
        return try Frameworks.declareInputShape(of: object, a, in: p)
    }

    /// The layer applied to an input: its output, its weights, their count and what they are for.
    func analysis(_ input: TensorShape, at span: SourceSpan, in p: PythonInterpreter) throws(ModelError) -> LayerAnalysis {
        let name = spec.type.name
        let dimensions = input.dimensions
        func axisSizes(_ axes: [Int]) throws(ModelError) -> [Int] {
            // Keras counts axes with the batch axis first; a negative one counts from the end.
            var sizes: [Int] = []
            for axis in axes {
                let index = axis < 0 ? dimensions.count + axis : axis - 1
                guard dimensions.indices.contains(index) else {
                    throw p.error("\(name): axis=\(axis) is not an axis of its input \(input) (with the batch axis first)", at: span)
                }
                sizes.append(dimensions[index])
            }
            return sizes
        }
        /// The tensors named in `names` whose flag is set, each of `shape`, and `Formula` as `2·64`,
        /// `2·(10·64)` or `64`.
        func weights(_ names: [(String, Bool)], _ shape: [Int], held: HeldWeights, trainable: Bool = true) throws(ModelError) -> LayerAnalysis {
            let kept = names.filter(\.1).map(\.0)
            let total: Int
            do {
                total = try Exact.multiply(kept.count, try Exact.product(shape))
            } catch {
                throw p.error("this size does not fit in 64 bits", at: span)
            }
            let formula: Formula = kept.isEmpty ? .zero : kept.count == 1 ? .times(shape.isEmpty ? [1] : shape)
                : .product([.number(kept.count), .grouped(shape.isEmpty ? [1] : shape)])
            var analysis = LayerAnalysis(outputShape: input,
                                         parameters: trainable ? ParameterCount(trainable: total) : ParameterCount(trainable: 0, nonTrainable: total),
                                         weights: kept.map { WeightTensor($0, shape, trainable: trainable) }, formula: formula)
            analysis.held = held
            return analysis
        }
        switch operation {
        case .torchLayerNorm(let shape, let scale, let shift):
            guard dimensions.count >= shape.count, Array(dimensions.suffix(shape.count)) == shape else {
                throw p.error("LayerNorm normalizes the last axes \(TensorShape(shape)), but its input is \(input)", at: span,
                              hint: "normalized_shape must equal the input's last axes")
            }
            return try weights([("weight", scale), ("bias", shift)], shape,
                               held: .layerNormalization(sizes: shape, scale: scale, shift: shift))
        case .torchGroupNorm(let groups, let channels, let affine):
            guard dimensions.first == channels else {
                throw p.error("GroupNorm: num_channels is \(channels) but its input is \(input)", at: span,
                              hint: "set num_channels=\(dimensions.first ?? 0)")
            }
            return try weights([("weight", affine), ("bias", affine)], [channels],
                               held: .groupNormalization(groups: groups, channels: channels, scale: affine, shift: affine))
        case .kerasLayerNorm(let axes, let scale, let shift):
            let sizes = try axisSizes(axes)
            return try weights([("gamma", scale), ("beta", shift)], sizes,
                               held: .layerNormalization(sizes: sizes, scale: scale, shift: shift))
        case .kerasGroupNorm(let groups, let axis, let scale, let shift):
            let channels = try axisSizes([axis])[0]
            guard groups >= 1, channels % groups == 0 else {
                throw p.error("GroupNormalization: the input's \(channels) channels cannot be split into \(groups) groups", at: span)
            }
            return try weights([("gamma", scale), ("beta", shift)], [channels],
                               held: .groupNormalization(groups: groups, channels: channels, scale: scale, shift: shift))
        case .kerasNormalization(let axes, let adapted):
            guard adapted else {
                var analysis = LayerAnalysis(outputShape: input)
                analysis.held = .givenStatistics
                return analysis
            }
            // Keras keeps the axes in increasing order, whatever order they are given in.
            let position = { (axis: Int) in axis < 0 ? dimensions.count + 1 + axis : axis }
            let sizes = try axisSizes((axes ?? []).sorted { position($0) < position($1) })
            var analysis = try weights([("mean", true), ("variance", true)], sizes, held: .adaptedStatistics(sizes: sizes),
                                       trainable: false)
            analysis.weights.append(WeightTensor("count", [], trainable: false))
            analysis.parameters.nonTrainable += 1
            analysis.formula = .sum([analysis.formula, .number(1)])
            return analysis
        case .torchInstanceNorm(let channels):
            guard dimensions.first == channels else {
                throw p.error("\(name): num_features is \(channels) but its input is \(input)", at: span,
                              hint: "set num_features=\(dimensions.first ?? 0)")
            }
            return try weights([("weight", true), ("bias", true)], [channels], held: .instanceNormalization(channels: channels))
        case .embedding(let count, let dimension):
            var analysis = try weights([("weight", true)], [count, dimension], held: .embedding(count: count, dimension: dimension))
            analysis.outputShape = TensorShape(dimensions + [dimension])
            return analysis
        }
    }
}
