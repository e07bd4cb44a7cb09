/// What the reader knows of tensor functions and methods: element-wise ones keep the shape;
/// pooling goes through the engine's own layers; `view`, `flatten`, `cat`, `pad` and reductions
/// change it as PyTorch does. Anything else makes the shape unknown (opaque).
enum TensorOperations {
    private static let elementwise: Set<String> = [
        "relu", "relu_", "relu6", "elu", "selu", "celu", "gelu", "silu", "mish", "sigmoid", "tanh", "leaky_relu",
        "hardswish", "hardsigmoid", "hardtanh", "softplus", "softmax", "log_softmax", "dropout", "dropout1d", "dropout2d",
        "dropout3d", "alpha_dropout", "exp", "log", "abs", "neg", "sqrt", "rsqrt", "sin", "cos", "square", "sign",
        "clamp", "clip", "normalize", "randn_like", "rand_like", "zeros_like", "ones_like", "contiguous", "float",
        "double", "half", "clone", "detach", "to", "cuda", "cpu", "type_as", "sigmoid_", "tanh_", "mul", "add", "sub",
        "div", "pow", "local_response_norm",
    ]

    private static func tensor(_ value: PyValue?) -> SymbolicTensor? {
        if case .tensor(let t)? = value { return t }
        return nil
    }

    private static func made(_ shape: TensorShape, like t: SymbolicTensor, in p: PythonInterpreter) -> PyValue {
        .tensor(SymbolicTensor(id: p.makeID(), shape: shape, framework: t.framework))
    }

    private static func unknown(_ a: PyCallArguments, in p: PythonInterpreter) -> PyValue {
        .opaque(Opaque(origin: p.text(a.span), span: a.span))
    }

    /// A function of `torch`, `torch.nn.functional` or a tensor creator; nil when `path` is none of them.
    static func function(_ path: [String], _ a: PyCallArguments, in p: PythonInterpreter) throws(ModelError) -> PyValue? {
        guard let name = path.last, LayerConstruction.framework(of: path) == .pytorch else { return nil }
        if ["randn", "rand", "zeros", "ones", "empty"].contains(name) {
            var sizes: [Int] = []
            var items = a.positional.map(\.value)
            if items.count == 1, case .tuple(let inner) = items[0] { items = inner }
            if items.count == 1, case .list(let inner) = items[0] { items = inner.items }
            for item in items {
                guard case .integer(let size) = item else { return unknown(a, in: p) }
                sizes.append(size)
            }
            guard sizes.count >= 2, sizes.allSatisfy({ $0 >= 1 }) else { return unknown(a, in: p) }
            return .tensor(SymbolicTensor(id: p.makeID(), shape: TensorShape(Array(sizes.dropFirst())), framework: .pytorch))
        }
        if ["cat", "concat", "concatenate"].contains(name) {
            guard let list = a.value(0, "tensors") else { return unknown(a, in: p) }
            var shapes: [TensorShape] = []
            var first: SymbolicTensor?
            switch try p.iterate(list, at: a.span(0, "tensors")) {
            case .unknown(let opaque): return .opaque(opaque)
            case .known(let items):
                for item in items {
                    guard let t = tensor(item) else { return item.opaque.map { .opaque($0) } ?? unknown(a, in: p) }
                    first = first ?? t
                    shapes.append(t.shape)
                }
            }
            guard let first, !shapes.isEmpty else { return unknown(a, in: p) }
            let dim = try a.value(1, "dim").map { (v) throws(ModelError) in try p.integer(v, at: a.span(1, "dim"), decides: "decides the shape torch.cat makes") } ?? 0
            if dim == 0 || dim == -(shapes[0].rank + 1) {
                guard shapes.allSatisfy({ $0 == shapes[0] }) else {
                    throw p.error("torch.cat along the batch axis needs tensors of one shape, but it is given \(shapes.map(\.description).joined(separator: " and "))", at: a.span)
                }
                return made(shapes[0], like: first, in: p)
            }
            return made(try MergeLayers.concatenate(shapes, axis: dim, layer: "torch.cat", at: a.span, in: p), like: first, in: p)
        }
        guard let input = tensor(a.positional.first?.value ?? a.keyword("input")) else {
            return a.positional.first?.value.opaque.map { .opaque($0) }
        }
        var rest = a
        rest.positional = Array(a.positional.dropFirst())
        return try method(input, name, rest, in: p) ?? unknown(a, in: p)
    }

    static func attribute(_ t: SymbolicTensor, _ name: String, at span: SourceSpan, in p: PythonInterpreter) throws(ModelError) -> PyValue {
        switch name {
        case "shape": return .tuple([.batch] + t.shape.dimensions.map { .integer($0) })
        case "ndim": return .integer(t.shape.rank + 1)
        case "is_cuda", "is_xpu", "is_mps", "is_sparse", "is_quantized": return .bool(false)
        case "T", "data", "grad", "device", "dtype", "requires_grad": return .opaque(Opaque(origin: p.text(span), span: span))
        default:
            return .native(NativeFunction(name) { p, a in
                try method(t, name, a, in: p) ?? .opaque(Opaque(origin: p.text(a.span), span: a.span))
            })
        }
    }

    /// Indexing a tensor (`x[:, 0]`) is not followed: the shape becomes unknown.
    static func index(_ t: SymbolicTensor, _ index: PyValue, at span: SourceSpan, in p: PythonInterpreter) throws(ModelError) -> PyValue {
        .opaque(Opaque(origin: p.text(span), span: span))
    }

    /// A tensor method or function applied to `t`, with `a` the arguments after the tensor.
    private static func method(_ t: SymbolicTensor, _ name: String, _ a: PyCallArguments, in p: PythonInterpreter) throws(ModelError) -> PyValue? {
        if elementwise.contains(name) {
            if let other = tensor(a.positional.first?.value), ["mul", "add", "sub", "div", "pow"].contains(name) {
                return .tensor(try p.broadcast(t, other, op: name, at: a.span))
            }
            return made(t.shape, like: t, in: p)
        }
        let rank = t.shape.rank
        func axis(_ value: PyValue, _ span: SourceSpan) throws(ModelError) -> Int {
            let given = try p.integer(value, at: span, decides: "decides a tensor's shape")
            let resolved = given < 0 ? given + rank + 1 : given
            guard resolved >= 0, resolved <= rank else {
                throw p.error("dimension \(given) does not exist in a tensor of \(rank + 1) axes", at: span)
            }
            return resolved
        }
        switch name {
        case "size":
            guard let dim = a.value(0, "dim") else { return .tuple([.batch] + t.shape.dimensions.map { .integer($0) }) }
            let index = try axis(dim, a.span(0, "dim"))
            return index == 0 ? .batch : .integer(t.shape.dimensions[index - 1])
        case "dim": return .integer(rank + 1)
        case "view", "reshape":
            var items = a.positional.map(\.value)
            if items.count == 1, case .tuple(let inner) = items[0] { items = inner }
            if items.count == 1, case .list(let inner) = items[0] { items = inner.items }
            return try reshape(t, items, at: a.span, in: p)
        case "flatten":
            let start = try a.value(0, "start_dim").map { (v) throws(ModelError) in try axis(v, a.span) } ?? 0
            let end = try a.value(1, "end_dim").map { (v) throws(ModelError) in try axis(v, a.span) } ?? rank
            guard start >= 1 else {
                throw p.error("this flattens the batch axis too, so the batch is mixed into the features", at: a.span,
                              hint: "write torch.flatten(x, 1) to keep the batch axis")
            }
            guard end >= start else { return made(t.shape, like: t, in: p) }
            let dims = t.shape.dimensions
            let merged: Int
            do { merged = try Exact.product(Array(dims[(start - 1)..<end])) } catch {
                throw p.error("this size does not fit in 64 bits", at: a.span)
            }
            return made(TensorShape(Array(dims[..<(start - 1)]) + [merged] + Array(dims[end...])), like: t, in: p)
        case "max_pool1d", "max_pool2d", "max_pool3d", "avg_pool1d", "avg_pool2d", "avg_pool3d",
             "adaptive_avg_pool1d", "adaptive_avg_pool2d", "adaptive_avg_pool3d",
             "adaptive_max_pool1d", "adaptive_max_pool2d", "adaptive_max_pool3d":
            return try pool(t, name, a, in: p)
        case "mean", "sum", "amax", "amin":
            guard let dimValue = a.value(0, "dim") else { return nil }
            var dims: [Int] = []
            if case .tuple(let items) = dimValue {
                for item in items { dims.append(try axis(item, a.span)) }
            } else if case .list(let list) = dimValue {
                for item in list.items { dims.append(try axis(item, a.span)) }
            } else {
                dims = [try axis(dimValue, a.span)]
            }
            guard !dims.contains(0) else { return nil }
            let keep = try a.value(1, "keepdim").map { (v) throws(ModelError) in try p.truth(v, at: a.span) } ?? false
            var result: [Int] = []
            for (index, size) in t.shape.dimensions.enumerated() {
                if dims.contains(index + 1) { if keep { result.append(1) } } else { result.append(size) }
            }
            return made(TensorShape(result), like: t, in: p)
        case "permute":
            var items = a.positional.map(\.value)
            if items.count == 1, case .tuple(let inner) = items[0] { items = inner }
            var order: [Int] = []
            for item in items { order.append(try axis(item, a.span)) }
            guard order.count == rank + 1, order.first == 0, Set(order).count == order.count else { return nil }
            return made(TensorShape(order.dropFirst().map { t.shape.dimensions[$0 - 1] }), like: t, in: p)
        case "transpose":
            guard a.positional.count == 2 else { return nil }
            let x = try axis(a.positional[0].value, a.span)
            let y = try axis(a.positional[1].value, a.span)
            guard x >= 1, y >= 1 else { return nil }
            var dims = t.shape.dimensions
            dims.swapAt(x - 1, y - 1)
            return made(TensorShape(dims), like: t, in: p)
        case "unsqueeze":
            guard let dimValue = a.value(0, "dim") else { return nil }
            let given = try p.integer(dimValue, at: a.span, decides: "decides a tensor's shape")
            let resolved = given < 0 ? given + rank + 2 : given
            guard resolved >= 1, resolved <= rank + 1 else { return nil }
            var dims = t.shape.dimensions
            dims.insert(1, at: resolved - 1)
            return made(TensorShape(dims), like: t, in: p)
        case "squeeze":
            guard let dimValue = a.value(0, "dim") else { return made(TensorShape(t.shape.dimensions.filter { $0 != 1 }), like: t, in: p) }
            let index = try axis(dimValue, a.span)
            guard index >= 1 else { return nil }
            var dims = t.shape.dimensions
            if dims[index - 1] == 1 { dims.remove(at: index - 1) }
            return made(TensorShape(dims), like: t, in: p)
        case "pad":
            guard let padValue = a.value(0, "pad") else { return nil }
            let amounts = try p.knownItems(padValue, at: a.span, decides: "decides a tensor's shape")
            guard amounts.count % 2 == 0, amounts.count / 2 <= rank else { return nil }
            var dims = t.shape.dimensions
            for pair in 0..<(amounts.count / 2) {
                let before = try p.integer(amounts[2 * pair], at: a.span, decides: "decides a tensor's shape")
                let after = try p.integer(amounts[2 * pair + 1], at: a.span, decides: "decides a tensor's shape")
                let index = dims.count - 1 - pair
                dims[index] += before + after
                guard dims[index] >= 1 else { throw p.error("this padding leaves an axis empty", at: a.span) }
            }
            return made(TensorShape(dims), like: t, in: p)
        case "interpolate", "upsample":
            let spatial = Array(t.shape.dimensions.dropFirst())
            if let size = a.value(0, "size"), !(size.isNone) {
                var sizes: [Int] = []
                if case .integer(let s) = size { sizes = Array(repeating: s, count: spatial.count) } else {
                    for item in try p.knownItems(size, at: a.span, decides: "decides a tensor's shape") {
                        sizes.append(try p.integer(item, at: a.span, decides: "decides a tensor's shape"))
                    }
                }
                guard sizes.count == spatial.count else { return nil }
                return made(TensorShape([t.shape.dimensions[0]] + sizes), like: t, in: p)
            }
            guard let scale = a.value(1, "scale_factor"), let factor = p.doubleValue(scale) else { return nil }
            let scaled = spatial.map { Double($0) * factor }
            guard scaled.allSatisfy({ WholeNumbers.isWhole($0) && $0 >= 1 && $0 < 1e15 }) else { return nil }
            return made(TensorShape([t.shape.dimensions[0]] + scaled.map { Int($0) }), like: t, in: p)
        default:
            return nil
        }
    }

    private static func reshape(_ t: SymbolicTensor, _ items: [PyValue], at span: SourceSpan, in p: PythonInterpreter) throws(ModelError) -> PyValue {
        guard let first = items.first else { return .opaque(Opaque(origin: p.text(span), span: span)) }
        guard let total = t.shape.elementCount else { throw p.error("this size does not fit in 64 bits", at: span) }
        var sizes: [Int?] = []
        for item in items.dropFirst() {
            if let opaque = item.opaque { throw p.unknownValue(opaque, decides: "decides a tensor's shape", at: span) }
            if case .batch = item {
                throw p.error("the batch size may only be the first size of a view", at: span)
            }
            let size = try p.integer(item, at: span, decides: "decides a tensor's shape")
            sizes.append(size == -1 ? nil : size)
        }
        let batchFirst: Bool
        switch first {
        case .batch: batchFirst = true
        case .integer(-1): batchFirst = true
        default:
            return .opaque(Opaque(origin: p.text(span), span: span))
        }
        guard batchFirst else { return .opaque(Opaque(origin: p.text(span), span: span)) }
        let known = sizes.compactMap { $0 }
        guard sizes.filter({ $0 == nil }).count <= (first.isBatchMarker ? 1 : 0), known.allSatisfy({ $0 >= 1 }) else {
            throw p.error("this view leaves more than one size to be inferred", at: span)
        }
        let product: Int
        do { product = try Exact.product(known) } catch { throw p.error("this size does not fit in 64 bits", at: span) }
        var dims = sizes.map { $0 ?? (product == 0 ? 0 : total / product) }
        if dims.isEmpty { dims = [] }
        let result = (try? Exact.product(dims)) ?? -1
        guard result == total else {
            throw p.error("this view makes \(TensorShape(dims)) from \(t.shape), which has \(total) values per sample, not \(result)",
                          at: span, hint: "with -1 first, the batch size would change; check the sizes")
        }
        return made(TensorShape(dims), like: t, in: p)
    }

    private static func pool(_ t: SymbolicTensor, _ name: String, _ a: PyCallArguments, in p: PythonInterpreter) throws(ModelError) -> PyValue {
        let rank = Int(String(name.dropLast().last ?? "2")) ?? 2
        let typeName: String
        let names: [String]
        switch name.dropLast(2) {
        case "max_pool": typeName = "MaxPool\(rank)d"; names = ["kernel_size", "stride", "padding", "dilation", "ceil_mode", "return_indices"]
        case "avg_pool": typeName = "AvgPool\(rank)d"; names = ["kernel_size", "stride", "padding", "ceil_mode", "count_include_pad", "divisor_override"]
        case "adaptive_avg_pool": typeName = "AdaptiveAvgPool\(rank)d"; names = ["output_size"]
        default: typeName = "AdaptiveMaxPool\(rank)d"; names = ["output_size", "return_indices"]
        }
        guard let type = LayerCatalog.types(named: typeName).first(where: { $0.framework == .pytorch }) else { return .none }
        var keywords = a
        keywords.positional = []
        for (index, entry) in a.positional.enumerated() where index < names.count {
            keywords.keywords.append((names[index], entry.value, entry.span))
        }
        guard case .layer(let layer) = try LayerConstruction.make(type, path: ["F", typeName], keywords, in: p),
              case .layer(let spec) = layer.kind else { return .none }
        return made(try spec.analyze(t.shape).outputShape, like: t, in: p)
    }
}

extension PyValue {
    var isNone: Bool { if case .none = self { true } else { false } }
    var isBatchMarker: Bool {
        switch self {
        case .batch, .integer(-1): return true
        default: return false
        }
    }
}

extension PythonInterpreter {
    /// Element-wise arithmetic on two tensors: equal shapes, or sizes of 1 that broadcast.
    func broadcast(_ x: SymbolicTensor, _ y: SymbolicTensor, op: String, at span: SourceSpan) throws(ModelError) -> SymbolicTensor {
        guard x.shape.rank == y.shape.rank else {
            throw error("'\(op)' combines tensors of shapes \(x.shape) and \(y.shape), which do not agree", at: span,
                        hint: "the shapes leave the batch axis out; make the branches agree")
        }
        var dims: [Int] = []
        for (a, b) in zip(x.shape.dimensions, y.shape.dimensions) {
            guard a == b || a == 1 || b == 1 else {
                throw error("'\(op)' combines tensors of shapes \(x.shape) and \(y.shape), which do not agree", at: span,
                            hint: "the shapes leave the batch axis out; make the branches agree")
            }
            dims.append(max(a, b))
        }
        return SymbolicTensor(id: makeID(), shape: TensorShape(dims), framework: x.framework)
    }
}
