/// Layers with no weights that change a tensor's shape, which the engine's catalog does not hold:
/// padding and cropping (Keras' ZeroPadding2D and Cropping2D, PyTorch's ZeroPad2d, ReflectionPad2d,
/// …), upsampling (UpSampling2D, nn.Upsample), Keras' Reshape, Resizing, CenterCrop and RandomCrop,
/// PyTorch's PixelShuffle,
/// PixelUnshuffle and Unflatten, and InstanceNorm without its optional affine weights (with them, it
/// is a `NormalizationLayer`).
struct ShapeLayer {
    enum Operation {
        /// Sizes added before and after each spatial axis, in axis order.
        case padding([(before: Int, after: Int)])
        case upsampling([Int])
        /// Keras' target shape, with at most one -1.
        case reshape([Int])
        /// PyTorch's PixelShuffle (channels into space) or, `inverse`, PixelUnshuffle.
        case pixelShuffle(factor: Int, inverse: Bool)
        /// PyTorch's Unflatten: one axis (counted without the batch axis) split into sizes, at most one -1.
        case unflatten(axis: Int, sizes: [Int])
        /// The same shape (InstanceNorm with affine=False).
        case same
        /// Height and width set to these sizes (Keras' Resizing, CenterCrop and RandomCrop).
        case resize([Int])
    }

    var operation: Operation
    var layout: ChannelLayout
    var spec: LayerSpec

    static func kind(named name: String, framework: Framework?) -> (family: String, rank: Int)? {
        let rank = Int(String(name.dropLast().last ?? "0")) ?? 0
        if framework != .pytorch {
            if name.hasPrefix("ZeroPadding"), name.hasSuffix("D"), (1...3).contains(rank) { return ("kerasPadding", rank) }
            if name.hasPrefix("UpSampling"), name.hasSuffix("D"), (1...3).contains(rank) { return ("kerasUpsampling", rank) }
            if name == "Reshape" { return ("reshape", 0) }
            if name.hasPrefix("Cropping"), name.hasSuffix("D"), (1...3).contains(rank) { return ("kerasCropping", rank) }
            if ["Resizing", "CenterCrop", "RandomCrop"].contains(name) { return ("kerasResize", 2) }
        }
        if framework != .keras {
            for prefix in ["ZeroPad", "ReflectionPad", "ReplicationPad", "ConstantPad", "CircularPad"]
            where name.hasPrefix(prefix) && name.hasSuffix("d") && (1...3).contains(rank) {
                return ("torchPadding", rank)
            }
            if name == "Upsample" || name == "UpsamplingNearest2d" || name == "UpsamplingBilinear2d" { return ("torchUpsampling", 2) }
            if name == "PixelShuffle" || name == "PixelUnshuffle" { return ("pixelShuffle", 2) }
            if name == "Unflatten" { return ("unflatten", 0) }
            if name.hasPrefix("InstanceNorm"), name.hasSuffix("d"), (1...3).contains(rank) { return ("instanceNorm", rank) }
        }
        return nil
    }

    static func make(named name: String, framework: Framework?, _ a: PyCallArguments, in p: PythonInterpreter) throws(ModelError) -> PyValue? {
        guard let (family, rank) = kind(named: name, framework: framework) else { return nil }
        if let uncertainty = p.uncertainty {
            throw p.error("this layer is made inside a branch or loop that depends on '\(uncertainty.origin.excerpt)', which convtutor cannot decide",
                          at: a.span)
        }
        func integer(_ value: PyValue) throws(ModelError) -> Int {
            try p.integer(value, at: a.span, decides: "decides the shape \(name) makes")
        }
        func items(_ value: PyValue) throws(ModelError) -> [PyValue] {
            if case .integer = value { return [value] }
            return try p.knownItems(value, at: a.span, decides: "decides the shape \(name) makes")
        }
        let operation: Operation
        let layerFramework: Framework
        switch family {
        case "kerasPadding", "kerasCropping":
            layerFramework = .keras
            let cropping = family == "kerasCropping"
            let given = a.value(0, cropping ? "cropping" : "padding") ?? .integer(cropping ? 0 : 1)
            var pairs: [(Int, Int)] = []
            let entries = try items(given)
            if rank == 1, entries.count == 2 {
                // A 1D layer's pair is the sizes before and after its one axis.
                pairs = [(try integer(entries[0]), try integer(entries[1]))]
            } else if entries.count == 1, case .integer(let n) = entries[0] {
                pairs = Array(repeating: (n, n), count: rank)
            } else if entries.count == rank, entries.allSatisfy({ if case .integer = $0 { true } else { false } }) {
                for entry in entries { let n = try integer(entry); pairs.append((n, n)) }
            } else if entries.count == rank {
                for entry in entries {
                    let pair = try items(entry)
                    guard pair.count == 2 else { throw p.error("\(name): each padding pair needs two sizes", at: a.span) }
                    pairs.append((try integer(pair[0]), try integer(pair[1])))
                }
            } else {
                throw p.error("\(name): \(cropping ? "cropping" : "padding") needs one size, \(rank) sizes or \(rank) pairs", at: a.span)
            }
            if pairs.contains(where: { $0.0 < 0 || $0.1 < 0 }) {
                throw p.error("\(name): sizes cannot be negative", at: a.span)
            }
            operation = .padding(cropping ? pairs.map { (-$0.0, -$0.1) } : pairs)
        case "kerasResize":
            layerFramework = .keras
            let height = try integer(a.value(0, "height") ?? .none)
            let width = try integer(a.value(1, "width") ?? .none)
            guard height >= 1, width >= 1 else { throw p.error("\(name): height and width must be at least 1", at: a.span) }
            operation = .resize([height, width])
        case "torchPadding":
            layerFramework = .pytorch
            let given = a.value(0, "padding") ?? .integer(0)
            let entries = try items(given)
            var sizes: [Int] = []
            for entry in entries { sizes.append(try integer(entry)) }
            if sizes.count == 1 { sizes = Array(repeating: sizes[0], count: 2 * rank) }
            guard sizes.count == 2 * rank else {
                throw p.error("\(name): padding needs one size or \(2 * rank)", at: a.span)
            }
            // PyTorch lists the last axis first: (left, right, top, bottom, …).
            operation = .padding((0..<rank).map { axis in
                let pair = rank - 1 - axis
                return (sizes[2 * pair], sizes[2 * pair + 1])
            })
        case "kerasUpsampling":
            layerFramework = .keras
            let entries = try items(a.value(0, "size") ?? .integer(2))
            var factors: [Int] = []
            for entry in entries { factors.append(try integer(entry)) }
            if factors.count == 1 { factors = Array(repeating: factors[0], count: rank) }
            guard factors.count == rank else { throw p.error("\(name): size needs \(rank) factors", at: a.span) }
            operation = .upsampling(factors)
        case "torchUpsampling":
            layerFramework = .pytorch
            if let size = a.value(0, "size"), !size.isNone {
                throw p.error("\(name) with size= is not read yet; give scale_factor", at: a.span)
            }
            let scale = a.value(1, "scale_factor") ?? (name == "Upsample" ? .none : .integer(2))
            if scale.isNone { throw p.error("\(name) needs size or scale_factor", at: a.span) }
            var factors: [Int] = []
            for entry in try items(scale) {
                guard let factor = p.doubleValue(entry), WholeNumbers.isWhole(factor), factor >= 1 else {
                    throw p.error("\(name): only whole scale factors are read", at: a.span)
                }
                factors.append(Int(factor))
            }
            operation = .upsampling(factors)
        case "pixelShuffle":
            layerFramework = .pytorch
            let inverse = name == "PixelUnshuffle"
            let factor = try integer(a.value(0, inverse ? "downscale_factor" : "upscale_factor") ?? .none)
            guard factor >= 1 else { throw p.error("\(name): the factor must be at least 1", at: a.span) }
            operation = .pixelShuffle(factor: factor, inverse: inverse)
        case "unflatten":
            layerFramework = .pytorch
            let dim = try integer(a.value(0, "dim") ?? .none)
            var sizes: [Int] = []
            for entry in try items(a.value(1, "unflattened_size") ?? .none) { sizes.append(try integer(entry)) }
            guard !sizes.isEmpty else { throw p.error("\(name) needs the sizes to split the axis into", at: a.span) }
            operation = .unflatten(axis: dim, sizes: sizes)
        case "instanceNorm":
            layerFramework = .pytorch
            let affine = a.value(3, "affine") ?? .bool(false)
            if let opaque = affine.opaque {
                throw p.unknownValue(opaque, decides: "decides whether \(name) has weights", at: a.span(3, "affine"))
            }
            if try p.truth(affine, at: a.span(3, "affine")) {
                return try NormalizationLayer.instanceNorm(named: name, channels: try integer(a.value(0, "num_features") ?? .none), a, in: p)
            }
            operation = .same
        default:
            layerFramework = .keras
            var target: [Int] = []
            for entry in try items(a.value(0, "target_shape") ?? .tuple([])) { target.append(try integer(entry)) }
            operation = .reshape(target)
        }
        var arguments: [CallArgument] = []
        if case .string(let layerName)? = a.keyword("name") {
            arguments.append(CallArgument(label: "name", value: Expression(.string(layerName), span: a.span)))
        }
        let call = LayerCall(name: name, prefix: [], arguments: arguments, span: a.span, nameSpan: a.calleeSpan ?? a.span,
                             source: p.source)
        let spec = LayerSpec(type: LayerType(name, layerFramework, .elementwise, positional: ""), operation: .elementwise, call: call)
        let layer = ShapeLayer(operation: operation, layout: layerFramework.channelLayout, spec: spec)
        p.framework = p.framework ?? layerFramework
        let object = LayerObject(id: p.makeID(), kind: .reshaping(layer), framework: layerFramework, typeName: name, span: a.span)
        return try Frameworks.declareInputShape(of: object, a, in: p)
    }

    func outputShape(_ input: TensorShape, at span: SourceSpan, in p: PythonInterpreter) throws(ModelError) -> TensorShape {
        let name = spec.type.name
        var spatial = input.spatial(layout)
        let channels = input.channels(layout)
        switch operation {
        case .padding(let pairs):
            if case .channelsFirst = layout, pairs.count < input.rank, pairs.count != spatial.count {
                // PyTorch pads the last axes, whatever the rank.
                var dimensions = input.dimensions
                for (offset, pair) in pairs.enumerated() {
                    let axis = dimensions.count - pairs.count + offset
                    dimensions[axis] += pair.before + pair.after
                }
                return TensorShape(dimensions)
            }
            guard pairs.count == spatial.count else {
                throw p.error("\(name) pads \(pairs.count) axes, but its input \(input) has \(spatial.count)", at: span)
            }
            for (axis, pair) in pairs.enumerated() {
                spatial[axis] += pair.before + pair.after
                guard spatial[axis] >= 1 else { throw p.error("\(name) leaves an axis empty", at: span) }
            }
        case .upsampling(let factors):
            let expanded = factors.count == 1 ? Array(repeating: factors[0], count: spatial.count) : factors
            guard expanded.count == spatial.count else {
                throw p.error("\(name) scales \(expanded.count) axes, but its input \(input) has \(spatial.count)", at: span)
            }
            for axis in spatial.indices {
                do { spatial[axis] = try Exact.multiply(spatial[axis], expanded[axis]) } catch {
                    throw p.error("this size does not fit in 64 bits", at: span)
                }
            }
        case .reshape(let target):
            guard let total = input.elementCount else { throw p.error("this size does not fit in 64 bits", at: span) }
            let known = target.filter { $0 != -1 }
            let product = (try? Exact.product(known)) ?? 0
            guard target.filter({ $0 == -1 }).count <= 1, product > 0, total % product == 0 else {
                throw p.error("Reshape cannot make \(TensorShape(target)) from \(input)", at: span)
            }
            let result = target.map { $0 == -1 ? total / product : $0 }
            guard (try? Exact.product(result)) == total else {
                throw p.error("Reshape cannot make \(TensorShape(target)) from \(input), which has \(total) values", at: span)
            }
            return TensorShape(result)
        case .pixelShuffle(let factor, let inverse):
            guard input.rank >= 3 else { throw p.error("\(name) needs channels, height and width, but its input is \(input)", at: span) }
            var dimensions = input.dimensions
            let square = factor * factor
            let count = dimensions.count
            if inverse {
                guard dimensions[count - 1] % factor == 0, dimensions[count - 2] % factor == 0 else {
                    throw p.error("\(name): the input's height and width \(input) must divide by \(factor)", at: span)
                }
                dimensions[count - 3] *= square
                dimensions[count - 2] /= factor
                dimensions[count - 1] /= factor
            } else {
                guard dimensions[count - 3] % square == 0 else {
                    throw p.error("\(name): the input's \(dimensions[count - 3]) channels do not divide by \(factor)² = \(square)", at: span)
                }
                dimensions[count - 3] /= square
                dimensions[count - 2] *= factor
                dimensions[count - 1] *= factor
            }
            return TensorShape(dimensions)
        case .unflatten(let dim, let sizes):
            // dim counts the batch axis, as PyTorch does; a negative one counts from the end.
            let axis = dim < 0 ? input.rank + dim : dim - 1
            guard input.dimensions.indices.contains(axis) else {
                throw p.error("\(name): dim=\(dim) is not an axis of its input \(input) (with the batch axis first)", at: span)
            }
            let length = input.dimensions[axis]
            let known = sizes.filter { $0 != -1 }
            let product = (try? Exact.product(known)) ?? 0
            guard sizes.filter({ $0 == -1 }).count <= 1, product > 0, length % product == 0,
                  sizes.contains(-1) || product == length else {
                throw p.error("\(name) cannot split an axis of \(length) into \(TensorShape(sizes))", at: span)
            }
            var dimensions = input.dimensions
            dimensions.replaceSubrange(axis...axis, with: sizes.map { $0 == -1 ? length / product : $0 })
            return TensorShape(dimensions)
        case .same:
            return input
        case .resize(let sizes):
            guard spatial.count == sizes.count else {
                throw p.error("\(name) sets a height and a width, but its input \(input) has \(spatial.count) spatial axes", at: span)
            }
            spatial = sizes
        }
        return .with(spatial: spatial, channels: channels, layout: layout)
    }
}
