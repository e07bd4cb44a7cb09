/// A value of the Python the reader evaluates. Tensors are shapes, layers are the engine's
/// `LayerSpec`s, and anything the reader cannot see (a dataset, a function from a library it does
/// not model) is opaque: carried along, and refused only where it would decide a count, a shape or
/// a branch.
enum PyValue {
    case none
    case bool(Bool)
    case integer(Int)
    case float(Double)
    case string(String)
    case list(PyList)
    case tuple([PyValue])
    case dict(PyDict)
    case function(PyFunction)
    indirect case boundMethod(PyValue, PyFunction)
    case native(NativeFunction)
    case classObject(PyClass)
    case instance(PyInstance)
    case layer(LayerObject)
    case tensor(SymbolicTensor)
    /// A name from a library: `torch.nn.Conv2d`, `keras.layers`, `np`. Calling it asks the framework
    /// table; anything it does not know gives an opaque value.
    case external([String])
    case opaque(Opaque)
    /// The batch size, as `x.size(0)` gives it: never a count.
    case batch
    case slice(Int?, Int?, Int?)
    case superObject(PyInstance, PyClass)

    var typeName: String {
        switch self {
        case .none: return "None"
        case .bool: return "bool"
        case .integer: return "int"
        case .float: return "float"
        case .string: return "str"
        case .list: return "list"
        case .tuple: return "tuple"
        case .dict: return "dict"
        case .function, .boundMethod, .native: return "function"
        case .classObject: return "class"
        case .instance(let object): return object.cls.name
        case .layer(let layer): return layer.typeName
        case .tensor: return "tensor"
        case .external(let path): return path.joined(separator: ".")
        case .opaque: return "unknown value"
        case .batch: return "batch size"
        case .slice: return "slice"
        case .superObject: return "super"
        }
    }

    var opaque: Opaque? {
        if case .opaque(let value) = self { return value }
        return nil
    }

    /// How deep lists, tuples and dicts nest in this value (a bound on it for lists and dicts).
    var nesting: Int {
        switch self {
        case .list(let list): return list.depth
        case .dict(let dict): return dict.depth
        case .tuple(let items): return 1 + (items.lazy.map(\.nesting).max() ?? 0)
        case .instance(let instance): return instance.depth
        case .layer(let layer): return layer.depth
        default: return 0
        }
    }
}

/// Where an unknown value came from, so that an error can say what to supply.
struct Opaque {
    /// The expression that made it, as written (`args.num_classes`, `mnist.load_data()`).
    var origin: String
    var span: SourceSpan
    /// Set when the value stands for the result of a statement that failed: the index of that
    /// statement's error among the reader's problems. What depends on it is not checked.
    var failure: Int? = nil
}

/// A mutable Python list, shared by reference as Python shares it.
final class PyList {
    var items: [PyValue] {
        didSet { depth = max(depth, 1 + (items.lazy.map(\.nesting).max() ?? 0)) }
    }
    /// How deep lists and tuples nest inside this one, at most (it only grows).
    private(set) var depth = 1
    /// Set when the list was changed where the reader could not tell how (in a branch or loop it
    /// could not decide): its contents are then unknown.
    var unknown: Opaque?
    init(_ items: [PyValue]) {
        self.items = items
        depth = 1 + (items.lazy.map(\.nesting).max() ?? 0)
    }
}

/// A mutable Python dict with keys kept in insertion order.
final class PyDict {
    private(set) var keys: [PyValue] = []
    private(set) var values: [PyValue] = []
    /// Set when the dict was changed where the reader could not tell how.
    var unknown: Opaque?

    init() {}

    func index(of key: PyValue) -> Int? {
        keys.firstIndex { PyValue.identical($0, key) }
    }

    /// How deep values nest inside this dict, at most (it only grows).
    private(set) var depth = 1

    subscript(key: PyValue) -> PyValue? {
        get { index(of: key).map { values[$0] } }
        set {
            if let newValue { depth = max(depth, 1 + newValue.nesting, 1 + key.nesting) }
            if let index = index(of: key) {
                if let newValue { values[index] = newValue } else { keys.remove(at: index); values.remove(at: index) }
            } else if let newValue {
                keys.append(key)
                values.append(newValue)
            }
        }
    }
}

/// A function written in the file, with the scope it closes over and its defaults.
final class PyFunction {
    let definition: PyFunctionDefinition
    let closure: PyScope
    let defaults: [PyValue?]
    /// The class the function was defined in, for `super()`.
    var owner: PyClass?

    init(definition: PyFunctionDefinition, closure: PyScope, defaults: [PyValue?]) {
        self.definition = definition
        self.closure = closure
        self.defaults = defaults
    }

    var name: String { definition.name }

    /// The string a function's body opens with, which Python keeps as its `__doc__`.
    var docstring: String? {
        guard case .expression(let expression)? = definition.body.first?.kind, case .string(let text) = expression.kind else {
            return nil
        }
        return text
    }
}

/// A function the reader provides: a builtin, a framework function or a method of a value.
final class NativeFunction {
    typealias Body = (PythonInterpreter, PyCallArguments) throws -> PyValue
    let name: String
    let body: Body

    init(_ name: String, _ body: @escaping Body) {
        self.name = name
        self.body = body
    }
}

/// A class written in the file.
final class PyClass {
    let name: String
    let bases: [PyValue]
    var attributes: [String: PyValue] = [:]
    let span: SourceSpan

    init(name: String, bases: [PyValue], span: SourceSpan) {
        self.name = name
        self.bases = bases
        self.span = span
    }

    /// Looks an attribute up along the bases, depth first as the reader's classes need.
    func lookup(_ name: String) -> (PyValue, PyClass)? {
        if let value = attributes[name] { return (value, self) }
        for case .classObject(let base) in bases {
            if let found = base.lookup(name) { return found }
        }
        return nil
    }

    /// The framework whose module or model class this class extends, if any.
    var frameworkBase: Framework? {
        for base in bases {
            switch base {
            case .external(let path):
                if path.last == "Module" { return .pytorch }
                if path.last == "Sequential", LayerConstruction.framework(of: path) == .pytorch { return .pytorch }
                if path.last == "Model" || path.last == "Layer" { return .keras }
            case .classObject(let cls):
                if let framework = cls.frameworkBase { return framework }
            default: break
            }
        }
        return nil
    }

    /// Whether the class extends a class from outside the file (other than `object`), directly or
    /// through its bases, so that its attributes include ones the reader cannot see.
    var extendsUnseenClass: Bool {
        bases.contains { base in
            switch base {
            case .external(let path): return path != ["object"]
            case .opaque: return true
            case .classObject(let cls): return cls.extendsUnseenClass
            default: return false
            }
        }
    }

    /// The layer class this class extends, directly or through its bases (`class Layer(nn.Linear)`).
    var layerBase: [String]? {
        for base in bases {
            switch base {
            case .external(let path):
                if let name = path.last, !LayerCatalog.types(named: name).isEmpty || NormalizationLayer.names.contains(name) {
                    return path
                }
            case .classObject(let cls):
                if let path = cls.layerBase { return path }
            default: break
            }
        }
        return nil
    }

    /// Whether the class extends PyTorch's `nn.Sequential`, directly or through its bases.
    var extendsSequential: Bool {
        bases.contains { base in
            switch base {
            case .external(let path): return path.last == "Sequential" && LayerConstruction.framework(of: path) == .pytorch
            case .classObject(let cls): return cls.extendsSequential
            default: return false
            }
        }
    }

    func isSubclass(of other: PyClass) -> Bool {
        if self === other { return true }
        for case .classObject(let base) in bases where base.isSubclass(of: other) { return true }
        return false
    }
}

/// An object of a class written in the file; attributes keep the order they were set in, which is
/// the order PyTorch registers submodules in.
final class PyInstance {
    let cls: PyClass
    private(set) var names: [String] = []
    private var values: [String: PyValue] = [:]

    /// How deep values nest inside this object, at most (it only grows).
    private(set) var depth = 1

    /// The modules an `nn.Sequential` subclass gave its base's `__init__`: named `0`, `1`, … as
    /// PyTorch names them, and run in order when the class defines no `forward`.
    var sequential: LayerObject? {
        didSet { if let sequential { depth = max(depth, 1 + PyValue.layer(sequential).nesting) } }
    }

    /// Where each attribute was last assigned, for errors about what it holds.
    var assignments: [String: SourceSpan] = [:]

    init(cls: PyClass) { self.cls = cls }

    subscript(name: String) -> PyValue? {
        get { values[name] }
        set {
            if let newValue { depth = max(depth, 1 + newValue.nesting) }
            if values[name] == nil, newValue != nil { names.append(name) }
            if newValue == nil { names.removeAll { $0 == name } }
            values[name] = newValue
        }
    }
}

/// A tensor as the reader sees it: its shape without the batch axis, and who made it.
struct SymbolicTensor {
    var id: Int
    var shape: TensorShape
    var framework: Framework
    /// The `name=` of the `Input` that made it, if it was given one.
    var name: String? = nil
}

/// Arguments of a call, evaluated, with where each was written.
struct PyCallArguments {
    var positional: [(value: PyValue, span: SourceSpan)] = []
    var keywords: [(name: String, value: PyValue, span: SourceSpan)] = []
    /// The whole call, for errors about it.
    var span: SourceSpan
    /// Just what was called (`nn.Conv2d`), for errors about it.
    var calleeSpan: SourceSpan?

    init(span: SourceSpan, positional: [PyValue] = []) {
        self.span = span
        self.positional = positional.map { ($0, span) }
    }

    func keyword(_ name: String) -> PyValue? {
        keywords.first { $0.name == name }?.value
    }

    /// The argument at `index` or named `name`, whichever was given.
    func value(_ index: Int, _ name: String) -> PyValue? {
        if index < positional.count { return positional[index].value }
        return keyword(name)
    }

    func span(_ index: Int, _ name: String) -> SourceSpan {
        if index < positional.count { return positional[index].span }
        return keywords.first { $0.name == name }?.span ?? span
    }
}

extension PyValue {
    /// Python's `==` for the values the reader compares: numbers, strings, None, tuples; others by identity.
    static func identical(_ a: PyValue, _ b: PyValue, depth: Int = 0) -> Bool {
        guard depth < 32 else { return false }
        switch (a, b) {
        case (.none, .none): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.integer(let x), .integer(let y)): return x == y
        case (.float(let x), .float(let y)): return x == y
        case (.integer(let x), .float(let y)), (.float(let y), .integer(let x)): return Double(x) == y
        case (.bool(let x), .integer(let y)), (.integer(let y), .bool(let x)): return (x ? 1 : 0) == y
        case (.string(let x), .string(let y)): return x == y
        case (.tuple(let x), .tuple(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { identical($0, $1, depth: depth + 1) }
        case (.list(let x), .list(let y)):
            return x === y || (x.items.count == y.items.count
                               && zip(x.items, y.items).allSatisfy { identical($0, $1, depth: depth + 1) })
        case (.instance(let x), .instance(let y)): return x === y
        case (.layer(let x), .layer(let y)): return x === y
        case (.classObject(let x), .classObject(let y)): return x === y
        case (.function(let x), .function(let y)): return x === y
        case (.external(let x), .external(let y)): return x == y
        default: return false
        }
    }
}
