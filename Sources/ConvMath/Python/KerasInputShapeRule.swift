/// keras-applications' `_obtain_input_shape(input_shape, default_size, min_size, data_format,
/// require_flatten, weights)`: the input shape a model of the package is built for. No shape gives
/// the default (`(224, 224, 3)` channels-last), or `(None, None, 3)` when the model has no classifier
/// on top; a given shape is checked as the package checks it. Where `weights` or `require_flatten`
/// is unknown, the rule is followed both ways and must agree; an unknown shape is always an error.
struct KerasInputShapeRule {
    private let p: PythonInterpreter
    private let a: PyCallArguments
    /// The given shape as written (a tuple or a list) and its sizes, or nil for None.
    private var given: (value: PyValue, sizes: [Int?])?
    private var defaultSize = 0
    private var minimumSize = 0
    private var channelsFirst = false
    private var requireFlatten: [Bool] = []
    private var imagenet: [Bool] = []
    private var unknown: [(Opaque, SourceSpan)] = []

    init(_ a: PyCallArguments, in p: PythonInterpreter) throws(ModelError) {
        self.a = a
        self.p = p
        let what = "decides the model's input shape"
        let shapeSpan = a.span(0, "input_shape")
        if let shape = a.value(0, "input_shape"), let opaque = Self.unknown(shape) {
            throw p.unknownValue(opaque, decides: "is the model's input shape, which decides its counts", at: shapeSpan)
        }
        if let shape = a.value(0, "input_shape"), !shape.isNone {
            var sizes: [Int?] = []
            for item in try p.knownItems(shape, at: shapeSpan, decides: "is the model's input shape, which decides its counts") {
                if item.isNone { sizes.append(nil) } else {
                    sizes.append(try p.integer(item, at: shapeSpan, decides: "is a size of the model's input shape, which decides its counts"))
                }
            }
            given = (shape, sizes)
        }
        defaultSize = try p.integer(try required(1, "default_size"), at: a.span(1, "default_size"), decides: what)
        minimumSize = try p.integer(try required(2, "min_size"), at: a.span(2, "min_size"), decides: what)
        let format = try required(3, "data_format")
        if let opaque = Self.unknown(format) { throw p.unknownValue(opaque, decides: what, at: a.span(3, "data_format")) }
        switch format {
        case .string(let format): channelsFirst = format == "channels_first"
        case let other: throw p.programError("data_format must be 'channels_last' or 'channels_first', not \(other.typeName)", at: a.span(3, "data_format"))
        }
        let flatten = try required(4, "require_flatten")
        if let opaque = Self.unknown(flatten) {
            requireFlatten = [true, false]
            unknown.append((opaque, a.span(4, "require_flatten")))
        } else {
            requireFlatten = [try p.truth(flatten, at: a.span(4, "require_flatten"))]
        }
        let weights = a.value(5, "weights") ?? .none
        if let opaque = Self.unknown(weights) {
            imagenet = [true, false]
            unknown.append((opaque, a.span(5, "weights")))
        } else if case .string(let name) = weights {
            imagenet = [name == "imagenet"]
        } else {
            imagenet = [false]
        }
    }

    /// What an argument the reader cannot know stands for: an unknown value, or a name neither the
    /// file nor the call defines (such as one written in --model).
    private static func unknown(_ value: PyValue) -> Opaque? {
        switch value {
        case .opaque(let opaque): return opaque
        case .external(let path): return Opaque(origin: path.joined(separator: "."), span: SourceSpan(line: 0, column: 0, length: 1))
        default: return nil
        }
    }

    private func required(_ index: Int, _ name: String) throws(ModelError) -> PyValue {
        guard let value = a.value(index, name) else {
            throw p.programError("_obtain_input_shape() needs \(name)", at: a.span)
        }
        return value
    }

    /// The shape the package returns, or its error; the same for every way an unknown argument could go.
    func shape() throws(ModelError) -> PyValue {
        var outcomes: [Result<PyValue, ModelError>] = []
        for flatten in requireFlatten {
            for isImagenet in imagenet {
                do throws(ModelError) {
                    outcomes.append(.success(try rule(requireFlatten: flatten, imagenet: isImagenet)))
                } catch {
                    outcomes.append(.failure(error))
                }
            }
        }
        let first = outcomes[0]
        let agree = outcomes.allSatisfy { outcome in
            switch (outcome, first) {
            case (.success(let x), .success(let y)): return PyValue.identical(x, y)
            case (.failure(let x), .failure(let y)): return x.message == y.message
            default: return false
            }
        }
        if !agree, let (opaque, span) = unknown.first {
            throw p.unknownValue(opaque, decides: "decides the model's input shape", at: span)
        }
        switch first {
        case .success(let shape): return shape
        case .failure(let raised):
            p.raisedByProgram = true
            throw raised
        }
    }

    /// The package's rule for known arguments; what it raises is returned as an error for `shape()` to raise.
    private func rule(requireFlatten: Bool, imagenet: Bool) throws(ModelError) -> PyValue {
        var defaultShape: [Int?] = channelsFirst ? [3, defaultSize, defaultSize] : [defaultSize, defaultSize, 3]
        if !imagenet, let given, given.sizes.count == 3 {
            defaultShape = channelsFirst ? [given.sizes[0], defaultSize, defaultSize] : [defaultSize, defaultSize, given.sizes[2]]
        }
        if imagenet && requireFlatten {
            if let given, !(isTuple(given.value) && given.sizes == defaultShape) {
                throw p.error("When setting `include_top=True` and loading `imagenet` weights, `input_shape` should be \(show(defaultShape)).",
                                     at: a.span(0, "input_shape"), hint: "leave input_shape out, or pass weights=None")
            }
            return tuple(defaultShape)
        }
        var shape: [Int?]
        if let given, !given.sizes.isEmpty {
            shape = given.sizes
            guard shape.count == 3 else {
                throw p.error("`input_shape` must be a tuple of three integers.", at: a.span(0, "input_shape"))
            }
            let channels = channelsFirst ? shape[0] : shape[2]
            if channels != 3 && imagenet {
                throw p.error("The input must have 3 channels; got `input_shape=\(p.show(given.value))`", at: a.span(0, "input_shape"))
            }
            let spatial = channelsFirst ? shape[1...2] : shape[0...1]
            if spatial.contains(where: { $0.map { $0 < minimumSize } ?? false }) {
                throw p.error("Input size must be at least \(minimumSize)x\(minimumSize); got `input_shape=\(p.show(given.value))`",
                                     at: a.span(0, "input_shape"))
            }
            if requireFlatten && shape.contains(nil) {
                throw p.error("If `include_top` is True, you should specify a static `input_shape`. Got `input_shape=\(p.show(given.value))`",
                                     at: a.span(0, "input_shape"))
            }
            return given.value
        }
        shape = requireFlatten ? defaultShape : (channelsFirst ? [3, nil, nil] : [nil, nil, 3])
        if requireFlatten && shape.contains(nil) {
            throw p.error("If `include_top` is True, you should specify a static `input_shape`. Got `input_shape=\(show(shape))`",
                                 at: a.span(0, "input_shape"))
        }
        return tuple(shape)
    }

    private func isTuple(_ value: PyValue) -> Bool {
        if case .tuple = value { return true }
        return false
    }

    private func tuple(_ sizes: [Int?]) -> PyValue {
        .tuple(sizes.map { $0.map(PyValue.integer) ?? .none })
    }

    private func show(_ sizes: [Int?]) -> String { p.show(tuple(sizes)) }
}
