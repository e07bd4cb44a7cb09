/// What the keras-applications package gives its model files, following the package's own rules:
/// `get_submodules_from_kwargs` hands over the Keras modules, `_obtain_input_shape` picks or checks
/// the input shape, `correct_pad` gives the padding before a strided convolution; and Keras'
/// `backend.int_shape` and `backend.backend()` (TensorFlow, the default). An unknown value that
/// would decide what they return is an error naming it; where the package raises, the reader
/// raises the package's message.
enum KerasApplicationsFacts {
    /// The modules `get_submodules_from_kwargs` returns, in its order, when the builder is not given them.
    static let modules = ["backend", "layers", "models", "utils"]

    /// The value of a call to one of these functions, or nil when the call is not one of them.
    static func call(_ path: [String], _ a: PyCallArguments, in p: PythonInterpreter) throws(ModelError) -> PyValue? {
        guard let name = path.last else { return nil }
        let module = path.dropLast().last
        let fromPackage = path.count == 1 || module == "keras_applications" || module == "imagenet_utils"
        switch name {
        case "get_submodules_from_kwargs" where fromPackage: return try submodules(a, in: p)
        case "_obtain_input_shape" where fromPackage, "obtain_input_shape" where fromPackage:
            return try KerasInputShapeRule(a, in: p).shape()
        case "correct_pad" where fromPackage: return try correctPad(a, in: p)
        case "int_shape" where module == "backend": return try intShape(a, in: p)
        case "backend" where module == "backend" && a.positional.isEmpty && a.keywords.isEmpty:
            // Which engine runs Keras, as configured by default; like image_data_format(), a setting
            // the file does not change. Only Theano, long retired, took other branches.
            return .string("tensorflow")
        default: return nil
        }
    }

    /// `get_submodules_from_kwargs(kwargs)`: the modules passed to the builder, else Keras' own.
    private static func submodules(_ a: PyCallArguments, in p: PythonInterpreter) throws(ModelError) -> PyValue {
        guard let given = a.value(0, "kwargs") else {
            throw p.programError("get_submodules_from_kwargs() needs the builder's keyword arguments", at: a.span)
        }
        let span = a.span(0, "kwargs")
        switch given {
        case .dict(let kwargs):
            if let opaque = kwargs.unknown { throw p.unknownValue(opaque, decides: "decides which Keras modules build the model", at: span) }
            for key in kwargs.keys {
                guard case .string(let name) = key, modules.contains(name) else {
                    throw p.programError("Invalid keyword argument: \(p.show(key).excerpt)", at: span,
                                         hint: "the builder takes only \(modules.joined(separator: ", ")) among its extra keyword arguments")
                }
            }
            return .tuple(modules.map { kwargs[.string($0)] ?? .external(["keras", $0]) })
        case .opaque(let opaque):
            throw p.unknownValue(opaque, decides: "decides which Keras modules build the model", at: span)
        default:
            throw p.programError("get_submodules_from_kwargs() needs a dict of keyword arguments, not \(given.typeName)", at: span)
        }
    }

    /// `correct_pad([backend,] inputs, kernel_size)`: the zero padding that makes a strided
    /// convolution with valid padding cover its input as 'same' padding would.
    private static func correctPad(_ a: PyCallArguments, in p: PythonInterpreter) throws(ModelError) -> PyValue {
        let first = a.positional.count >= 3 || a.keyword("backend") != nil ? 1 : 0
        guard let inputs = a.value(first, "inputs"), let kernel = a.value(first + 1, "kernel_size") else {
            throw p.programError("correct_pad() needs the inputs and the kernel size", at: a.span)
        }
        let inputSpan = a.span(first, "inputs"), kernelSpan = a.span(first + 1, "kernel_size")
        let size: [Int]
        switch inputs {
        case .tensor(let tensor) where tensor.shape.rank == 3: size = tensor.shape.spatial(.channelsLast)
        case .tensor(let tensor):
            throw p.programError("correct_pad() needs an image tensor (height, width, channels), not one of shape \(tensor.shape)", at: inputSpan)
        case .opaque(let opaque): throw p.unknownValue(opaque, decides: "decides the padding correct_pad() gives", at: inputSpan)
        default: throw p.programError("correct_pad() needs a tensor, not \(inputs.typeName)", at: inputSpan)
        }
        let kernelSize: [Int]
        if case .integer(let side) = kernel {
            kernelSize = [side, side]
        } else {
            let items = try p.knownItems(kernel, at: kernelSpan, decides: "decides the padding correct_pad() gives")
            guard items.count == 2 else { throw p.programError("correct_pad() needs a kernel size of two numbers", at: kernelSpan) }
            kernelSize = try items.map { item throws(ModelError) in
                try p.integer(item, at: kernelSpan, decides: "decides the padding correct_pad() gives")
            }
        }
        let sides = zip(size, kernelSize).map { side, kernel -> PyValue in
            let correct = kernel / 2
            return .tuple([.integer(correct - (1 - side % 2)), .integer(correct)])
        }
        return .tuple(sides)
    }

    /// `backend.int_shape(x)`: the tensor's sizes with the batch axis first, as None.
    private static func intShape(_ a: PyCallArguments, in p: PythonInterpreter) throws(ModelError) -> PyValue {
        guard let value = a.value(0, "x") else { throw p.programError("int_shape() needs a tensor", at: a.span) }
        switch value {
        case .tensor(let tensor): return .tuple([.none] + tensor.shape.dimensions.map { .integer($0) })
        case .opaque: return value
        default: return .opaque(Opaque(origin: p.text(a.span), span: a.span))
        }
    }
}
