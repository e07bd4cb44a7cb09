/// Python's builtins that model code uses, and the methods of strings, lists and dicts.
enum Builtins {
    static func value(named name: String) -> PyValue? {
        guard let body = functions[name] else { return nil }
        return .native(NativeFunction(name, body))
    }

    private static func native(_ name: String, _ body: @escaping NativeFunction.Body) -> PyValue {
        .native(NativeFunction(name, body))
    }

    private static func argument(_ a: PyCallArguments, _ index: Int, _ name: String, in p: PythonInterpreter) throws(ModelError) -> PyValue {
        guard let value = a.value(index, name) else {
            throw p.programError("this call needs the argument '\(name)'", at: a.span)
        }
        return value
    }

    private static func items(_ a: PyCallArguments, _ index: Int, in p: PythonInterpreter, decides: String) throws(ModelError) -> [PyValue] {
        try p.knownItems(try argument(a, index, "iterable", in: p), at: a.span(index, "iterable"), decides: decides)
    }

    /// The items of an iterable argument, or the unknown value that stands for them: a result made
    /// from unknown items (`sorted(os.listdir(d))`) is itself unknown, and an error only where it
    /// decides something. With `everyItem`, one unknown item makes the whole unknown too (an order,
    /// a sum or a test over it cannot be known).
    private static func contents(_ a: PyCallArguments, _ index: Int, everyItem: Bool,
                                 in p: PythonInterpreter) throws(ModelError) -> PythonInterpreter.Iteration {
        let value = try argument(a, index, "iterable", in: p)
        let iteration = try p.iterate(value, at: a.span(index, "iterable"))
        if everyItem, case .known(let list) = iteration, let opaque = list.lazy.compactMap(\.opaque).first {
            return .unknown(opaque)
        }
        return iteration
    }

    nonisolated(unsafe) private static let functions: [String: NativeFunction.Body] = [
        "print": { _, _ in .none },
        "range": { p, a in
            var bounds: [Int] = []
            if let opaque = a.positional.lazy.compactMap(\.value.opaque).first { return .opaque(opaque) }
            for (index, entry) in a.positional.enumerated() {
                bounds.append(try p.integer(entry.value, at: a.span(index, ""), decides: "decides how many times the loop runs"))
            }
            guard !bounds.isEmpty, bounds.count <= 3 else { throw p.programError("range() takes 1 to 3 numbers", at: a.span) }
            let start = bounds.count == 1 ? 0 : bounds[0]
            let stop = bounds.count == 1 ? bounds[0] : bounds[1]
            let step = bounds.count == 3 ? bounds[2] : 1
            guard step != 0 else { throw p.programError("range() step must not be zero", at: a.span) }
            let count = step > 0 ? max(0, (stop - start + step - 1) / step) : max(0, (start - stop - step - 1) / -step)
            guard count <= 1_000_000 else {
                throw p.error("this range has more than a million numbers, more than any model needs", at: a.span)
            }
            return .list(PyList((0..<count).map { .integer(start + $0 * step) }))
        },
        "len": { p, a in
            let value = try argument(a, 0, "obj", in: p)
            if case .string(let s) = value { return .integer(s.count) }
            if case .tensor = value { return .batch }
            if let opaque = value.opaque { return .opaque(opaque) }
            switch try p.iterate(value, at: a.span(0, "obj")) {
            case .known(let list): return .integer(list.count)
            case .unknown(let opaque): return .opaque(opaque)
            }
        },
        "int": { p, a in
            guard let value = a.value(0, "x") else { return .integer(0) }
            switch value {
            case .integer, .opaque, .batch: return value
            case .bool(let b): return .integer(b ? 1 : 0)
            case .float(let f):
                guard abs(f) < 9e18 else { throw p.error("this value does not fit in 64 bits", at: a.span) }
                return .integer(Int(f))
            case .string(let s):
                guard let i = Int(s.trimmingWhitespace()) else { throw p.programError("invalid literal for int(): '\(s.excerpt)'", at: a.span) }
                return .integer(i)
            default: throw p.programError("int() cannot convert \(value.typeName)", at: a.span)
            }
        },
        "float": { p, a in
            guard let value = a.value(0, "x") else { return .float(0) }
            if let d = p.doubleValue(value) { return .float(d) }
            if case .string(let s) = value, let d = Double(s.trimmingWhitespace()) { return .float(d) }
            if case .opaque = value { return value }
            throw p.programError("float() cannot convert \(value.typeName)", at: a.span)
        },
        "round": { p, a in
            let value = try argument(a, 0, "number", in: p)
            if case .opaque = value { return value }
            if let digits = a.value(1, "ndigits"), case .integer(let n) = digits {
                guard let d = p.doubleValue(value) else { return value }
                var scale = 1.0
                for _ in 0..<max(0, min(n, 15)) { scale *= 10 }
                return .float(WholeNumbers.roundHalfEven(d * scale) / scale)
            }
            if let i = p.intValue(value) { return .integer(i) }
            guard let d = p.doubleValue(value) else { throw p.programError("round() needs a number", at: a.span) }
            guard abs(d) < 9e18 else { throw p.error("this value does not fit in 64 bits", at: a.span) }
            return .integer(Int(WholeNumbers.roundHalfEven(d)))
        },
        "abs": { p, a in
            let value = try argument(a, 0, "x", in: p)
            if let i = p.intValue(value) {
                guard i != Int.min else { throw p.error("this value does not fit in 64 bits", at: a.span) }
                return .integer(abs(i))
            }
            if let d = p.doubleValue(value) { return .float(abs(d)) }
            return value
        },
        "str": { p, a in
            guard let value = a.value(0, "object") else { return .string("") }
            if case .opaque = value { return value }
            return .string(p.show(value))
        },
        "repr": { p, a in .string(p.represent(try argument(a, 0, "object", in: p))) },
        "bool": { p, a in
            guard let value = a.value(0, "x") else { return .bool(false) }
            if case .opaque = value { return value }
            return .bool(try p.truth(value, at: a.span))
        },
        "list": { p, a in
            guard !a.positional.isEmpty else { return .list(PyList([])) }
            if let opaque = a.positional[0].value.opaque { return .opaque(opaque) }
            return .list(PyList(try items(a, 0, in: p, decides: "decides what the list holds")))
        },
        "tuple": { p, a in
            guard !a.positional.isEmpty else { return .tuple([]) }
            if let opaque = a.positional[0].value.opaque { return .opaque(opaque) }
            return .tuple(try items(a, 0, in: p, decides: "decides what the tuple holds"))
        },
        "set": { p, a in
            guard !a.positional.isEmpty else { return .list(PyList([])) }
            var unique: [PyValue] = []
            let contents = try contents(a, 0, everyItem: true, in: p)
            guard case .known(let list) = contents else { return contents.unknownValue }
            for item in list
            where !unique.contains(where: { PyValue.identical($0, item) }) { unique.append(item) }
            return .list(PyList(unique))
        },
        "dict": { p, a in
            let dict = PyDict()
            if let first = a.positional.first {
                if case .dict(let other) = first.value {
                    for (key, value) in zip(other.keys, other.values) { dict[key] = value }
                } else {
                    for pair in try p.knownItems(first.value, at: first.span, decides: "decides what the dict holds") {
                        let parts = try p.knownItems(pair, at: first.span, decides: "decides what the dict holds")
                        guard parts.count == 2 else { throw p.programError("dict() needs pairs", at: first.span) }
                        dict[parts[0]] = parts[1]
                    }
                }
            }
            for (name, value, _) in a.keywords { dict[.string(name)] = value }
            return .dict(dict)
        },
        "enumerate": { p, a in
            let start = try a.value(1, "start").map { (v) throws(ModelError) in try p.integer(v, at: a.span, decides: "decides a count") } ?? 0
            let value = try argument(a, 0, "iterable", in: p)
            switch try p.iterate(value, at: a.span(0, "iterable")) {
            case .known(let list): return .list(PyList(list.enumerated().map { .tuple([.integer($0.offset + start), $0.element]) }))
            case .unknown(let opaque): return .opaque(opaque)
            }
        },
        "zip": { p, a in
            var columns: [[PyValue]] = []
            for (index, entry) in a.positional.enumerated() {
                switch try p.iterate(entry.value, at: a.span(index, "")) {
                case .known(let list): columns.append(list)
                case .unknown(let opaque): return .opaque(opaque)
                }
            }
            let count = columns.map(\.count).min() ?? 0
            return .list(PyList((0..<count).map { row in .tuple(columns.map { $0[row] }) }))
        },
        "reversed": { p, a in
            let contents = try contents(a, 0, everyItem: false, in: p)
            guard case .known(let list) = contents else { return contents.unknownValue }
            return .list(PyList(list.reversed()))
        },
        "sorted": { p, a in
            let contents = try contents(a, 0, everyItem: true, in: p)
            guard case .known(var list) = contents else { return contents.unknownValue }
            var failure: ModelError?
            list.sort { x, y in
                do {
                    if case .bool(let less) = try p.compare("<", x, y, at: a.span) { return less }
                } catch { failure = error as? ModelError }
                return false
            }
            if let failure { throw failure }
            if let reverse = a.keyword("reverse"), try p.truth(reverse, at: a.span) { list.reverse() }
            return .list(PyList(list))
        },
        "min": { p, a in try extreme(p, a, op: "<") },
        "max": { p, a in try extreme(p, a, op: ">") },
        "sum": { p, a in
            var total = a.value(1, "start") ?? .integer(0)
            let contents = try contents(a, 0, everyItem: true, in: p)
            guard case .known(let list) = contents else { return contents.unknownValue }
            for item in list {
                total = try p.binary("+", total, item, at: a.span, left: a.span, right: a.span)
            }
            return total
        },
        "any": { p, a in
            let contents = try contents(a, 0, everyItem: true, in: p)
            guard case .known(let list) = contents else { return contents.unknownValue }
            for item in list where try p.truth(item, at: a.span) { return .bool(true) }
            return .bool(false)
        },
        "all": { p, a in
            let contents = try contents(a, 0, everyItem: true, in: p)
            guard case .known(let list) = contents else { return contents.unknownValue }
            for item in list where !(try p.truth(item, at: a.span)) { return .bool(false) }
            return .bool(true)
        },
        "divmod": { p, a in
            let x = try argument(a, 0, "a", in: p)
            let y = try argument(a, 1, "b", in: p)
            return .tuple([try p.binary("//", x, y, at: a.span, left: a.span, right: a.span),
                           try p.binary("%", x, y, at: a.span, left: a.span, right: a.span)])
        },
        "pow": { p, a in
            try p.binary("**", try argument(a, 0, "base", in: p), try argument(a, 1, "exp", in: p), at: a.span, left: a.span, right: a.span)
        },
        "isinstance": { p, a in
            let value = try argument(a, 0, "obj", in: p)
            let classes = try argument(a, 1, "class_or_tuple", in: p)
            if case .opaque = value { return value }
            var candidates: [PyValue] = [classes]
            if case .tuple(let items) = classes { candidates = items }
            for candidate in candidates {
                switch candidate {
                case .classObject(let cls):
                    if case .instance(let object) = value, object.cls.isSubclass(of: cls) { return .bool(true) }
                case .external(let path):
                    guard let match = Self.matchesBuiltinType(value, path.last ?? "") else {
                        return .opaque(Opaque(origin: p.text(a.span), span: a.span))
                    }
                    if match { return .bool(true) }
                case .native(let native):
                    if Self.matchesBuiltinType(value, native.name) == true { return .bool(true) }
                default: break
                }
            }
            return .bool(false)
        },
        "hasattr": { p, a in
            let object = try argument(a, 0, "obj", in: p)
            guard case .string(let name) = try argument(a, 1, "name", in: p) else { return .bool(false) }
            if case .instance(let instance) = object {
                return .bool(instance[name] != nil || instance.cls.lookup(name) != nil)
            }
            return .opaque(Opaque(origin: p.text(a.span), span: a.span))
        },
        "getattr": { p, a in
            let object = try argument(a, 0, "obj", in: p)
            guard case .string(let name) = try argument(a, 1, "name", in: p) else {
                throw p.programError("getattr() needs an attribute name", at: a.span)
            }
            if let fallback = a.value(2, "default"), case .instance(let instance) = object,
               instance[name] == nil, instance.cls.lookup(name) == nil {
                return fallback
            }
            return try p.getAttribute(object, name, at: a.span)
        },
        "setattr": { p, a in
            guard case .string(let name) = try argument(a, 1, "name", in: p) else {
                throw p.programError("setattr() needs an attribute name", at: a.span)
            }
            try p.setAttribute(try argument(a, 0, "obj", in: p), name, try argument(a, 2, "value", in: p), at: a.span)
            return .none
        },
        "super": { p, a in
            if a.positional.count >= 2, case .classObject(let cls) = a.positional[0].value,
               case .instance(let instance) = a.positional[1].value {
                return .superObject(instance, cls)
            }
            guard let (owner, instance) = p.superContext else {
                throw p.error("super() is used outside a method the reader can place", at: a.span)
            }
            return .superObject(instance, owner)
        },
        "type": { p, a in
            if case .instance(let object) = try argument(a, 0, "object", in: p) { return .classObject(object.cls) }
            return .opaque(Opaque(origin: p.text(a.span), span: a.span))
        },
        "id": { p, a in .opaque(Opaque(origin: p.text(a.span), span: a.span)) },
        "open": { p, a in .opaque(Opaque(origin: p.text(a.span), span: a.span)) },
        "input": { p, a in .opaque(Opaque(origin: p.text(a.span), span: a.span)) },
        "map": { p, a in
            let function = try argument(a, 0, "function", in: p)
            var results: [PyValue] = []
            for item in try items(a, 1, in: p, decides: "decides what map makes") {
                var arguments = PyCallArguments(span: a.span)
                arguments.positional = [(item, a.span)]
                results.append(try p.call(function, arguments))
            }
            return .list(PyList(results))
        },
        "iter": { p, a in try argument(a, 0, "object", in: p) },
        "callable": { p, a in
            switch try argument(a, 0, "obj", in: p) {
            case .function, .boundMethod, .native, .classObject, .layer: return .bool(true)
            case .opaque(let opaque): return .opaque(opaque)
            default: return .bool(false)
            }
        },
        "NotImplementedError": { p, a in .opaque(Opaque(origin: p.text(a.span), span: a.span)) },
        "ValueError": { p, a in .opaque(Opaque(origin: p.text(a.span), span: a.span)) },
        "TypeError": { p, a in .opaque(Opaque(origin: p.text(a.span), span: a.span)) },
        "RuntimeError": { p, a in .opaque(Opaque(origin: p.text(a.span), span: a.span)) },
        "KeyError": { p, a in .opaque(Opaque(origin: p.text(a.span), span: a.span)) },
        "Exception": { p, a in .opaque(Opaque(origin: p.text(a.span), span: a.span)) },
    ]

    /// Whether a value is of a builtin type named as Python names it; nil when the reader cannot tell.
    private static func matchesBuiltinType(_ value: PyValue, _ name: String) -> Bool? {
        switch name {
        case "int": if case .integer = value { return true }; if case .bool = value { return true }; return false
        case "float": if case .float = value { return true }; return false
        case "str": if case .string = value { return true }; return false
        case "bool": if case .bool = value { return true }; return false
        case "list": if case .list = value { return true }; return false
        case "tuple": if case .tuple = value { return true }; return false
        case "dict": if case .dict = value { return true }; return false
        case "Tensor": if case .tensor = value { return true }; return false
        default:
            if case .layer(let layer) = value { return layer.typeName == name || (name == "Module" && layer.framework == .pytorch) }
            if case .tensor = value { return false }
            return nil
        }
    }

    private static func extreme(_ p: PythonInterpreter, _ a: PyCallArguments, op: String) throws(ModelError) -> PyValue {
        var candidates = a.positional.map(\.value)
        if candidates.count == 1 {
            let contents = try contents(a, 0, everyItem: true, in: p)
            guard case .known(let list) = contents else { return contents.unknownValue }
            candidates = list
        }
        guard var best = candidates.first else {
            if let fallback = a.keyword("default") { return fallback }
            throw p.programError("this min() or max() has nothing to compare", at: a.span)
        }
        for candidate in candidates.dropFirst() {
            let result = try p.compare(op, candidate, best, at: a.span)
            if let opaque = result.opaque { return .opaque(opaque) }
            if case .bool(true) = result { best = candidate }
        }
        return best
    }

    // MARK: - Methods

    static func stringMethod(_ text: String, _ name: String, at span: SourceSpan, in p: PythonInterpreter) throws(ModelError) -> PyValue {
        switch name {
        case "format":
            return native("format") { p, a in
                var result = ""
                var characters = text[...]
                var automatic = 0
                while let c = characters.first {
                    characters = characters.dropFirst()
                    if c == "{" && characters.first == "{" { result.append("{"); characters = characters.dropFirst(); continue }
                    if c == "}" && characters.first == "}" { result.append("}"); characters = characters.dropFirst(); continue }
                    guard c == "{" else { result.append(c); continue }
                    var field = ""
                    while let d = characters.first, d != "}" { field.append(d); characters = characters.dropFirst() }
                    characters = characters.dropFirst()
                    let parts = field.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
                    let key = parts.first.map(String.init) ?? ""
                    let value: PyValue?
                    if key.isEmpty {
                        value = a.positional.indices.contains(automatic) ? a.positional[automatic].value : nil
                        automatic += 1
                    } else if let index = Int(key) {
                        value = a.positional.indices.contains(index) ? a.positional[index].value : nil
                    } else {
                        value = a.keyword(key)
                    }
                    guard let value else { throw p.programError("format() has no value for {\(field.excerpt)}", at: a.span) }
                    if case .opaque = value { return value }
                    guard let formatted = p.formatValue(value, spec: parts.count > 1 ? String(parts[1]) : "", at: a.span) else {
                        return .opaque(Opaque(origin: p.text(a.span), span: a.span))
                    }
                    result += formatted
                }
                return .string(result)
            }
        case "join":
            return native("join") { p, a in
                var pieces: [String] = []
                for item in try items(a, 0, in: p, decides: "decides the text") {
                    guard case .string(let piece) = item else {
                        if case .opaque = item { return item }
                        throw p.programError("join() needs strings", at: a.span)
                    }
                    pieces.append(piece)
                }
                return .string(pieces.joined(separator: text))
            }
        case "upper": return native(name) { _, _ in .string(text.uppercased()) }
        case "lower": return native(name) { _, _ in .string(text.lowercased()) }
        case "strip": return native(name) { _, _ in .string(text.trimmingWhitespace()) }
        case "startswith", "endswith":
            return native(name) { p, a in
                guard case .string(let affix) = try argument(a, 0, "prefix", in: p) else { return .bool(false) }
                return .bool(name == "startswith" ? text.hasPrefix(affix) : text.hasSuffix(affix))
            }
        case "replace":
            return native(name) { p, a in
                guard case .string(let old) = try argument(a, 0, "old", in: p), case .string(let new) = try argument(a, 1, "new", in: p),
                      !old.isEmpty else { return .string(text) }
                return .string(text.replacing(old, with: new))
            }
        case "split":
            return native(name) { p, a in
                if let separator = a.value(0, "sep"), case .string(let sep) = separator, !sep.isEmpty {
                    return .list(PyList(text.split(separator: sep, omittingEmptySubsequences: false).map { .string(String($0)) }))
                }
                return .list(PyList(text.split(whereSeparator: \.isWhitespace).map { .string(String($0)) }))
            }
        default:
            throw p.programError("str has no attribute '\(name.excerpt)' the reader knows", at: span)
        }
    }

    static func listMethod(_ list: PyList, _ name: String, at span: SourceSpan, in p: PythonInterpreter) throws(ModelError) -> PyValue {
        switch name {
        case "append":
            return native(name) { p, a in
                let value = try argument(a, 0, "object", in: p)
                try p.mutating(list, at: a.span) { () throws(ModelError) in list.items.append(value) }
                return .none
            }
        case "extend":
            return native(name) { p, a in
                let values = try p.knownItems(try argument(a, 0, "iterable", in: p), at: a.span, decides: "decides what the list holds")
                try p.mutating(list, at: a.span) { () throws(ModelError) in list.items += values }
                return .none
            }
        case "insert":
            return native(name) { p, a in
                let position = try p.integer(try argument(a, 0, "index", in: p), at: a.span, decides: "decides where an item goes")
                let value = try argument(a, 1, "object", in: p)
                try p.mutating(list, at: a.span) { () throws(ModelError) in
                    let resolved = position < 0 ? max(0, position + list.items.count) : min(position, list.items.count)
                    list.items.insert(value, at: resolved)
                }
                return .none
            }
        case "pop":
            return native(name) { p, a in
                if let opaque = list.unknown { return .opaque(opaque) }
                guard !list.items.isEmpty else { throw p.programError("pop from an empty list", at: a.span) }
                let position = try a.value(0, "index").map { (v) throws(ModelError) in
                    try p.integer(v, at: a.span, decides: "decides which item is removed")
                } ?? -1
                let resolved = position < 0 ? position + list.items.count : position
                guard resolved >= 0, resolved < list.items.count else { throw p.programError("pop index out of range", at: a.span) }
                var removed = PyValue.none
                try p.mutating(list, at: a.span) { () throws(ModelError) in removed = list.items.remove(at: resolved) }
                return removed
            }
        case "index":
            return native(name) { p, a in
                let value = try argument(a, 0, "value", in: p)
                guard let index = list.items.firstIndex(where: { PyValue.identical($0, value) }) else {
                    throw p.programError("the value is not in the list", at: a.span)
                }
                return .integer(index)
            }
        case "count":
            return native(name) { p, a in
                let value = try argument(a, 0, "value", in: p)
                return .integer(list.items.filter { PyValue.identical($0, value) }.count)
            }
        case "copy": return native(name) { _, _ in .list(PyList(list.items)) }
        case "reverse":
            return native(name) { p, a in
                try p.mutating(list, at: a.span) { () throws(ModelError) in list.items.reverse() }
                return .none
            }
        default:
            throw p.programError("list has no attribute '\(name.excerpt)' the reader knows", at: span)
        }
    }

    static func dictMethod(_ dict: PyDict, _ name: String, at span: SourceSpan, in p: PythonInterpreter) throws(ModelError) -> PyValue {
        func known() -> Opaque? { dict.unknown }
        switch name {
        case "get":
            return native(name) { p, a in
                if let opaque = known() { return .opaque(opaque) }
                return dict[try argument(a, 0, "key", in: p)] ?? a.value(1, "default") ?? .none
            }
        case "keys": return native(name) { _, _ in known().map { .opaque($0) } ?? .list(PyList(dict.keys)) }
        case "values": return native(name) { _, _ in known().map { .opaque($0) } ?? .list(PyList(dict.values)) }
        case "items":
            return native(name) { _, _ in
                known().map { .opaque($0) } ?? .list(PyList(zip(dict.keys, dict.values).map { .tuple([$0, $1]) }))
            }
        case "copy":
            return native(name) { _, _ in
                let copy = PyDict()
                for (key, value) in zip(dict.keys, dict.values) { copy[key] = value }
                copy.unknown = dict.unknown
                return .dict(copy)
            }
        case "update", "setdefault", "pop":
            return native(name) { p, a in
                if let uncertainty = p.uncertainty {
                    dict.unknown = dict.unknown ?? uncertainty
                    return .opaque(uncertainty)
                }
                switch name {
                case "update":
                    if let first = a.positional.first, case .dict(let other) = first.value {
                        for (key, value) in zip(other.keys, other.values) { dict[key] = value }
                    }
                    for (key, value, _) in a.keywords { dict[.string(key)] = value }
                    return .none
                case "setdefault":
                    let key = try argument(a, 0, "key", in: p)
                    if let existing = dict[key] { return existing }
                    let value = a.value(1, "default") ?? .none
                    dict[key] = value
                    return value
                default:
                    let key = try argument(a, 0, "key", in: p)
                    if let existing = dict[key] {
                        dict[key] = nil
                        return existing
                    }
                    if let fallback = a.value(1, "default") { return fallback }
                    throw p.programError("the dict has no key \(p.represent(key).excerpt)", at: a.span)
                }
            }
        default:
            throw p.programError("dict has no attribute '\(name.excerpt)' the reader knows", at: span)
        }
    }
}

extension PythonInterpreter.Iteration {
    /// The unknown value that stands for the items, when they are unknown.
    var unknownValue: PyValue {
        if case .unknown(let opaque) = self { return .opaque(opaque) }
        return .none
    }
}
