/// The few functions of Python's standard library that model code computes sizes with:
/// `math.ceil` and `math.floor` (EfficientNet's repeats), `copy.deepcopy` and `copy.copy` of its
/// configuration lists. A copy of something that holds layers or objects is unknown, since a copied
/// layer is a new layer with weights of its own, not the one it was copied from.
enum StandardLibraryFacts {
    /// The value of a call to one of these functions, or nil when the call is not one of them.
    static func call(_ path: [String], _ a: PyCallArguments, in p: PythonInterpreter) throws(ModelError) -> PyValue? {
        guard path.count == 2 else { return nil }
        switch (path[0], path[1]) {
        case ("math", "ceil"), ("math", "floor"): return try rounded(up: path[1] == "ceil", a, in: p)
        case ("copy", "deepcopy"), ("copy", "copy"):
            guard let value = a.value(0, "x") else { throw p.programError("\(path[1])() needs a value to copy", at: a.span) }
            return copy(value, deep: path[1] == "deepcopy", depth: 0) ?? .opaque(Opaque(origin: p.text(a.span), span: a.span))
        default: return nil
        }
    }

    private static func rounded(up: Bool, _ a: PyCallArguments, in p: PythonInterpreter) throws(ModelError) -> PyValue {
        guard let value = a.value(0, "x") else { throw p.programError("math.\(up ? "ceil" : "floor")() needs a number", at: a.span) }
        switch value {
        case .integer, .opaque, .batch: return value
        case .bool(let b): return .integer(b ? 1 : 0)
        case .float(let f):
            guard f.isFinite, abs(f) < 9e15 else { throw p.error("this value does not fit in 64 bits", at: a.span) }
            let below = WholeNumbers.floor(f)
            return .integer(Int(up && below < f ? below + 1 : below))
        default: throw p.programError("math.\(up ? "ceil" : "floor")() needs a number, not \(value.typeName)", at: a.span)
        }
    }

    /// The copy, or nil where it would hold a layer, an object or anything else not plain data.
    private static func copy(_ value: PyValue, deep: Bool, depth: Int) -> PyValue? {
        guard depth < PythonInterpreter.maximumNesting else { return nil }
        func item(_ value: PyValue) -> PyValue? { deep ? copy(value, deep: true, depth: depth + 1) : plain(value) }
        switch value {
        case .none, .bool, .integer, .float, .string, .opaque, .external, .function, .native, .classObject, .slice:
            return value
        case .tuple(let items):
            var copied: [PyValue] = []
            for element in items {
                guard let element = item(element) else { return nil }
                copied.append(element)
            }
            return .tuple(copied)
        case .list(let list):
            var copied: [PyValue] = []
            for element in list.items {
                guard let element = item(element) else { return nil }
                copied.append(element)
            }
            let result = PyList(copied)
            result.unknown = list.unknown
            return .list(result)
        case .dict(let dict):
            let result = PyDict()
            for (key, element) in zip(dict.keys, dict.values) {
                guard let element = item(element) else { return nil }
                result[key] = element
            }
            result.unknown = dict.unknown
            return .dict(result)
        default:
            return nil
        }
    }

    /// A value a shallow copy may share: anything but a layer or an object of the file's classes.
    private static func plain(_ value: PyValue) -> PyValue? {
        switch value {
        case .layer, .instance, .tensor, .boundMethod, .superObject: return nil
        default: return value
        }
    }
}
