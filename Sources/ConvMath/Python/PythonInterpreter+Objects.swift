extension PythonInterpreter {
    // MARK: - Calls

    func call(_ callee: PyValue, _ arguments: PyCallArguments) throws(ModelError) -> PyValue {
        switch callee {
        case .function(let function):
            return try invoke(function, arguments)
        case .boundMethod(let object, let function):
            return try invoke(function, arguments, bound: object)
        case .native(let native):
            do {
                return try native.body(self, arguments)
            } catch let error as ModelError {
                throw error
            } catch {
                throw self.error("\(native.name)() failed", at: arguments.span)
            }
        case .classObject(let cls):
            return try instantiate(cls, arguments)
        case .external(let path):
            return try Frameworks.call(path, arguments, in: self)
        case .layer(let layer):
            return try applyLayer(layer, arguments)
        case .instance(let object):
            if let (method, _) = object.cls.lookup("__call__"), case .function(let function) = method {
                return try invoke(function, arguments, bound: callee)
            }
            let name = object.cls.frameworkBase == .keras ? "call" : "forward"
            if object.cls.frameworkBase == .keras, object["_built_by_convtutor"] == nil,
               let (build, _) = object.cls.lookup("build"), case .function(let buildFunction) = build {
                // Keras builds a layer on its first input before calling it.
                object["_built_by_convtutor"] = .bool(true)
                var shape = PyValue.none
                if case .tensor(let tensor)? = arguments.positional.first?.value {
                    shape = .tuple([.none] + tensor.shape.dimensions.map { .integer($0) })
                }
                var buildArguments = PyCallArguments(span: arguments.span)
                buildArguments.positional = [(shape, arguments.span)]
                _ = try invoke(buildFunction, buildArguments, bound: callee)
            }
            if object.cls.lookup(name) == nil, let modules = object.sequential {
                return try applyLayer(modules, arguments)
            }
            guard let (method, _) = object.cls.lookup(name), case .function(let function) = method else {
                throw programError("\(object.cls.name) objects cannot be called", at: arguments.span,
                                   hint: object.cls.frameworkBase == nil ? nil : "define \(name)() in the class")
            }
            return try invoke(function, arguments, bound: callee)
        case .opaque(let opaque):
            if let calleeSpan = arguments.calleeSpan, let name = text(calleeSpan).split(separator: ".").last,
               !LayerCatalog.types(named: String(name)).isEmpty {
                unseenLayerCalls += 1
            }
            if uncertainty == nil, let layer = arguments.positional.first.flatMap({ Self.layerIn($0.value) }) {
                throw error("the layer '\(text(arguments.positional[0].span).excerpt)' is passed to '\(opaque.origin.excerpt)', which convtutor does not know",
                            at: arguments.span, hint: "convtutor cannot tell what \(layer.typeName) becomes there")
            }
            return callee
        case .batch:
            return .opaque(Opaque(origin: text(arguments.span), span: arguments.span))
        default:
            throw programError("'\(text(arguments.calleeSpan ?? arguments.span).excerpt)' is \(callee.typeName), which cannot be called",
                               at: arguments.calleeSpan ?? arguments.span)
        }
    }

    private static func layerIn(_ value: PyValue) -> LayerObject? {
        if case .layer(let layer) = value, case .layer = layer.kind { return layer }
        return nil
    }

    private func instantiate(_ cls: PyClass, _ arguments: PyCallArguments) throws(ModelError) -> PyValue {
        if let base = cls.layerBase {
            throw error("\(cls.name.excerpt) extends \(base.joined(separator: ".").excerpt), a layer class: convtutor does not read a layer's subclass, "
                        + "whose weights and forward are its own", at: arguments.span,
                        hint: "count the model with \(base.last?.excerpt ?? "the layer") in its place, or let \(cls.name.excerpt) hold one as an attribute")
        }
        let object = PyInstance(cls: cls)
        let value = PyValue.instance(object)
        if let (initializer, _) = cls.lookup("__init__") {
            if case .function(let function) = initializer {
                _ = try invoke(function, arguments, bound: value)
            }
        } else if cls.frameworkBase == nil, !arguments.positional.isEmpty || !arguments.keywords.isEmpty {
            throw programError("\(cls.name)() takes no arguments", at: arguments.span)
        }
        return value
    }

    // MARK: - Attributes

    func getAttribute(_ object: PyValue, _ name: String, at span: SourceSpan) throws(ModelError) -> PyValue {
        switch object {
        case .external(let path):
            return .external(path + [name])
        case .opaque:
            return object
        case .instance(let instance):
            if let value = instance[name] { return value }
            if let (value, _) = instance.cls.lookup(name) {
                if case .function(let function) = value { return .boundMethod(object, function) }
                return value
            }
            if let framework = instance.cls.frameworkBase {
                return Frameworks.moduleAttribute(object, name, framework: framework, at: span, in: self)
            }
            // A class that extends one from a library (fx's Tracer) inherits what the reader cannot see.
            if instance.cls.extendsUnseenClass { return .opaque(Opaque(origin: text(span), span: span)) }
            throw programError("\(instance.cls.name) has no attribute '\(name.excerpt)'", at: span)
        case .classObject(let cls):
            if let (value, _) = cls.lookup(name) { return value }
            if cls.frameworkBase != nil || cls.extendsUnseenClass { return .opaque(Opaque(origin: text(span), span: span)) }
            throw programError("\(cls.name) has no attribute '\(name.excerpt)'", at: span)
        case .superObject(let instance, let owner):
            for case .classObject(let base) in owner.bases {
                if let (value, _) = base.lookup(name) {
                    if case .function(let function) = value { return .boundMethod(.instance(instance), function) }
                    return value
                }
            }
            if name == "__init__", owner.bases.contains(where: { if case .external(let path) = $0 {
                path.last == "Sequential" && LayerConstruction.framework(of: path) == .pytorch } else { false } }) {
                return .native(NativeFunction("__init__") { p, a in
                    guard case .layer(let modules) = try Frameworks.call(["nn", "Sequential"], a, in: p) else { return .none }
                    instance.sequential = modules
                    return .none
                })
            }
            if name == "__init__" { return .native(NativeFunction("__init__") { _, _ in .none }) }
            return Frameworks.moduleAttribute(.instance(instance), name, framework: owner.frameworkBase ?? .pytorch,
                                              at: span, in: self)
        case .layer(let layer):
            return try Frameworks.layerAttribute(layer, name, at: span, in: self)
        case .tensor(let tensor):
            return try TensorOperations.attribute(tensor, name, at: span, in: self)
        case .string(let text):
            return try Builtins.stringMethod(text, name, at: span, in: self)
        case .list(let list):
            return try Builtins.listMethod(list, name, at: span, in: self)
        case .dict(let dict):
            return try Builtins.dictMethod(dict, name, at: span, in: self)
        case .tuple(let items):
            if name == "index" || name == "count" {
                return try Builtins.listMethod(PyList(items), name, at: span, in: self)
            }
        case .function(let function):
            if name == "__name__" { return .string(function.name) }
            if name == "__doc__" { return function.docstring.map(PyValue.string) ?? .none }
        default:
            break
        }
        throw programError("\(object.typeName) has no attribute '\(name.excerpt)'", at: span)
    }

    func setAttribute(_ object: PyValue, _ name: String, _ value: PyValue, at span: SourceSpan) throws(ModelError) {
        if name == "requires_grad" {
            throw error("convtutor does not follow requires_grad changes, so the trainable count would be wrong", at: span,
                        hint: "remove the line to count every parameter as trainable")
        }
        if name == "trainable", case .layer(let layer) = object {
            guard uncertainty == nil, case .bool(let trainable) = value else {
                throw error("convtutor cannot tell whether this makes the layers trainable", at: span,
                            hint: "write trainable = True or False outside branches and loops")
            }
            try Frameworks.setTrainable(layer, trainable, at: span, in: self)
            return
        }
        if value.nesting + 1 > Self.maximumNesting { try checkNesting(.tuple([value]), at: span) }
        switch object {
        case .instance(let instance):
            instance[name] = uncertainty.map { .opaque($0) } ?? value
            instance.assignments[name] = span
            if instance.cls.extendsSequential, uncertainty == nil, ModuleTree.isModule(value) {
                // An nn.Sequential runs every module registered in it, in order, however it was registered.
                let modules: LayerObject
                if let existing = instance.sequential {
                    modules = existing
                } else {
                    modules = try Frameworks.sequential([], framework: .pytorch, at: span, in: self)
                }
                if let index = modules.children?.firstIndex(where: { $0.name == name }) {
                    modules.children?[index].value = value
                } else {
                    modules.children?.append((name: name, value: value))
                }
                instance.sequential = modules
            }
        case .classObject(let cls):
            cls.attributes[name] = uncertainty.map { .opaque($0) } ?? value
        case .opaque, .external, .function:
            // An attribute of a function (`f.__doc__ = ...`) or of an unknown object builds nothing,
            // unless a layer is stored there.
            if uncertainty == nil, let layer = Self.layerIn(value) {
                throw error("the layer is stored in '\(text(span).excerpt)', which convtutor does not know", at: span,
                            hint: "convtutor cannot tell what becomes of \(layer.typeName) there")
            }
        case .layer(let layer):
            layer.arguments[name] = value
        default:
            throw programError("cannot set the attribute '\(name.excerpt)' of \(object.typeName)", at: span)
        }
    }

    // MARK: - Items

    func getItem(_ container: PyValue, _ index: PyValue, at span: SourceSpan, indexSpan: SourceSpan) throws(ModelError) -> PyValue {
        if let opaque = container.opaque { return .opaque(opaque) }
        switch container {
        case .list(let list):
            if let opaque = list.unknown { return .opaque(opaque) }
            return try item(of: list.items, index, at: span, indexSpan: indexSpan) { .list(PyList($0)) }
        case .tuple(let items):
            return try item(of: items, index, at: span, indexSpan: indexSpan) { .tuple($0) }
        case .string(let text):
            let characters = text.map { PyValue.string(String($0)) }
            return try item(of: characters, index, at: span, indexSpan: indexSpan) { parts in
                .string(parts.map { if case .string(let s) = $0 { s } else { "" } }.joined())
            }
        case .dict(let dict):
            if let opaque = dict.unknown { return .opaque(opaque) }
            if let opaque = index.opaque { throw unknownValue(opaque, decides: "decides which item is read", at: indexSpan) }
            guard let value = dict[index] else {
                throw programError("the dict has no key \(represent(index).excerpt)", at: indexSpan)
            }
            return value
        case .layer(let layer):
            guard let children = layer.children else { break }
            if layer.framework == .pytorch, case .slice = index {
                let picked = try item(of: children.map(\.value), index, at: span, indexSpan: indexSpan) { .list(PyList($0)) }
                guard case .list(let list) = picked else { return picked }
                return .layer(try Frameworks.sequential(list.items.map { ("", $0) }, framework: .pytorch, at: span, in: self))
            }
            if case .string(let key) = index, let child = children.first(where: { $0.name == key }) { return child.value }
            return try item(of: children.map(\.value), index, at: span, indexSpan: indexSpan) { .list(PyList($0)) }
        case .instance(let object):
            if let (method, _) = object.cls.lookup("__getitem__"), case .function(let function) = method {
                var arguments = PyCallArguments(span: span)
                arguments.positional = [(index, indexSpan)]
                return try invoke(function, arguments, bound: container)
            }
        case .tensor(let tensor):
            return try TensorOperations.index(tensor, index, at: span, in: self)
        case .external:
            return .opaque(Opaque(origin: text(span), span: span))
        default:
            break
        }
        throw programError("\(container.typeName) cannot be indexed", at: span)
    }

    private func item(of items: [PyValue], _ index: PyValue, at span: SourceSpan, indexSpan: SourceSpan,
                      makeSlice: ([PyValue]) -> PyValue) throws(ModelError) -> PyValue {
        if case .slice(let lower, let upper, let step) = index {
            return makeSlice(Self.slice(items, lower, upper, step))
        }
        let position = try integer(index, at: indexSpan, decides: "decides which item is read")
        let resolved = position < 0 ? position + items.count : position
        guard resolved >= 0, resolved < items.count else {
            throw programError("index \(position) is out of range for \(items.count) items", at: indexSpan)
        }
        return items[resolved]
    }

    static func slice<T>(_ items: [T], _ lower: Int?, _ upper: Int?, _ step: Int?) -> [T] {
        let count = items.count
        let step = step ?? 1
        guard step != 0 else { return [] }
        func clamp(_ value: Int?, _ fallback: Int) -> Int {
            guard let value else { return fallback }
            let resolved = value < 0 ? value + count : value
            return step > 0 ? min(max(resolved, 0), count) : min(max(resolved, -1), count - 1)
        }
        var result: [T] = []
        if step > 0 {
            var index = clamp(lower, 0)
            let end = clamp(upper, count)
            while index < end { result.append(items[index]); index += step }
        } else {
            var index = clamp(lower, count - 1)
            let end = clamp(upper, -1)
            while index > end { result.append(items[index]); index += step }
        }
        return result
    }

    func setItem(_ container: PyValue, _ index: PyValue, _ value: PyValue, at span: SourceSpan) throws(ModelError) {
        if value.nesting + 1 > Self.maximumNesting { try checkNesting(.tuple([value]), at: span) }
        switch container {
        case .list(let list):
            try mutating(list, at: span) { () throws(ModelError) in
                let position = try integer(index, at: span, decides: "decides which item is set")
                let resolved = position < 0 ? position + list.items.count : position
                guard resolved >= 0, resolved < list.items.count else {
                    throw programError("index \(position) is out of range", at: span)
                }
                list.items[resolved] = value
            }
        case .dict(let dict):
            if let uncertainty {
                dict.unknown = dict.unknown ?? uncertainty
                return
            }
            if let opaque = index.opaque {
                dict.unknown = opaque
                return
            }
            dict[index] = value
        case .opaque, .external:
            break
        default:
            throw programError("\(container.typeName) does not support item assignment", at: span)
        }
    }
}
