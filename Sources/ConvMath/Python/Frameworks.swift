/// What the reader knows of Keras and PyTorch beyond the layer catalog: models and containers,
/// layers that join tensors, functional operations, and a few facts (`torch.cuda.is_available()`
/// is False, `image_data_format()` is channels-last, keras-applications' helpers in `KerasApplicationsFacts`).
/// Any other library call gives an opaque value.
enum Frameworks {
    static func call(_ path: [String], _ a: PyCallArguments, in p: PythonInterpreter) throws(ModelError) -> PyValue {
        guard let name = path.last else { return .none }
        let pathFramework = LayerConstruction.framework(of: path)
        if let value = try KerasApplicationsFacts.call(path, a, in: p) { return value }
        if let value = try StandardLibraryFacts.call(path, a, in: p) { return value }
        switch name {
        case "is_available" where pathFramework == .pytorch: return .bool(false)
        case "image_data_format": return .string("channels_last")
        case "cast" where path.count == 1 || path.first == "typing": return a.value(1, "val") ?? .none
        case "ArgumentParser" where path.first == "argparse": return ArgumentParserModel.makeParser()
        case "Parameter" where pathFramework != .keras:
            throw p.error("nn.Parameter adds weights that convtutor does not count yet", at: a.span,
                          hint: "count the model without it, and add its size by hand")
        case "OrderedDict":
            let dict = PyDict()
            if let first = a.positional.first {
                for pair in try p.knownItems(first.value, at: first.span, decides: "decides the model's structure") {
                    let parts = try p.knownItems(pair, at: first.span, decides: "decides the model's structure")
                    guard parts.count == 2 else { throw p.programError("OrderedDict() needs pairs", at: first.span) }
                    dict[parts[0]] = parts[1]
                }
            }
            return .dict(dict)
        default: break
        }
        if name == "Sequential" || name == "ModuleList" || name == "ModuleDict" {
            return try container(name, path: path, a, in: p)
        }
        if name == "Lambda" && pathFramework != .pytorch { return try LambdaLayer.make(a, in: p) }
        if (name == "Model" || name == "Functional") && pathFramework != .pytorch {
            return try functionalModel(a, in: p)
        }
        if pathFramework != .pytorch, let merge = MergeLayers.kind(named: name) {
            return try MergeLayers.make(merge, name: name, a, in: p)
        }
        if pathFramework != .pytorch, let merge = MergeLayers.kind(named: capitalized(name)), name.first?.isLowercase == true {
            let layer = try MergeLayers.make(merge, name: capitalized(name), dropping: 1, a, in: p)
            guard case .layer(let object) = layer, let inputs = a.value(0, "inputs") else { return layer }
            var applied = PyCallArguments(span: a.span)
            applied.positional = [(inputs, a.span(0, "inputs"))]
            return try p.applyLayer(object, applied)
        }
        if let shaped = try ShapeLayer.make(named: name, framework: pathFramework, a, in: p) { return shaped }
        if isLayerNamespace(path) || path.count == 1,
           let weighted = try NormalizationLayer.make(named: name, framework: pathFramework, a, in: p) { return weighted }
        if let type = try LayerConstruction.type(for: path, in: p, at: a.calleeSpan ?? a.span) {
            return try LayerConstruction.make(type, path: path, a, in: p)
        }
        if let result = try TensorOperations.function(path, a, in: p) { return result }
        if let framework = pathFramework, isLayerNamespace(path), name.first?.isUppercase == true, !isHarmless(name) {
            var hint = "convtutor counts the layers listed by 'convtutor summary --help'"
            if let close = Spelling.closest(to: name, among: LayerCatalog.all.filter { $0.framework == framework }.map(\.name)) {
                hint = "did you mean \(close)?"
            }
            throw p.error("unknown layer '\(path.joined(separator: ".").excerpt)': convtutor does not count it yet",
                          at: a.calleeSpan ?? a.span, hint: hint)
        }
        if path.count == 1, name.first?.isUppercase == true, !isHarmless(name),
           let close = Spelling.closest(to: name, among: LayerCatalog.all.map(\.name)) {
            // A name no line defines or imports, one letter or two from a layer's: a misspelt layer.
            throw p.error("unknown layer '\(name.excerpt)': no line of this file defines or imports it",
                          at: a.calleeSpan ?? a.span, hint: "did you mean \(close)?")
        }
        return .opaque(Opaque(origin: p.text(a.span), span: a.span))
    }

    private static func capitalized(_ name: String) -> String {
        name.prefix(1).uppercased() + name.dropFirst()
    }

    /// Whether a path names the module that holds a framework's layer classes.
    private static func isLayerNamespace(_ path: [String]) -> Bool {
        let modules = path.dropLast()
        return modules.last == "nn" || modules.last == "layers" || (modules.count == 1 && modules.first == "keras")
    }

    /// Classes of the layer namespaces that are not layers of a model (losses, initialisers, bases).
    private static func isHarmless(_ name: String) -> Bool {
        name.hasSuffix("Loss") || ["Module", "Layer", "Model", "InputSpec"].contains(name)
    }

    // MARK: - Containers and models

    private static func container(_ name: String, path: [String], _ a: PyCallArguments, in p: PythonInterpreter) throws(ModelError) -> PyValue {
        var framework = LayerConstruction.framework(of: path)
        var children: [(String, PyValue)] = []
        if name == "Sequential", framework != .pytorch, let list = a.value(0, "layers"), a.positional.count <= 1 {
            if case .list = list { framework = framework ?? .keras } else if case .tuple = list { framework = framework ?? .keras }
            if framework == .keras {
                for item in try p.knownItems(list, at: a.span(0, "layers"), decides: "decides the model's layers") {
                    children.append(("", item))
                }
                return .layer(try sequential(children, framework: .keras, at: a.span, in: p))
            }
        }
        if name == "Sequential" && framework == nil && a.positional.isEmpty && a.keywords.allSatisfy({ $0.name == "name" }) {
            framework = p.framework ?? .keras
        }
        if framework == .keras {
            return .layer(try sequential([], framework: .keras, at: a.span, in: p))
        }
        if a.positional.count == 1, case .dict(let dict) = a.positional[0].value {
            if let opaque = dict.unknown { throw p.unknownValue(opaque, decides: "decides the model's layers", at: a.positional[0].span) }
            for (key, value) in zip(dict.keys, dict.values) {
                guard case .string(let key) = key else { throw p.programError("module names must be strings", at: a.span) }
                children.append((key, value))
            }
        } else if name == "Sequential" {
            for (index, entry) in a.positional.enumerated() { children.append((String(index), entry.value)) }
        } else if let first = a.positional.first {
            for (index, item) in try p.knownItems(first.value, at: first.span, decides: "decides the model's layers").enumerated() {
                children.append((String(index), item))
            }
        }
        let kind: LayerObject.ContainerKind = name == "Sequential" ? .sequential : name == "ModuleList" ? .moduleList : .moduleDict
        if kind == .sequential { return .layer(try sequential(children, framework: .pytorch, at: a.span, in: p)) }
        if let uncertainty = p.uncertainty {
            throw p.error("this \(name) is made inside a branch or loop that depends on '\(uncertainty.origin.excerpt)', which convtutor cannot decide",
                          at: a.span)
        }
        let object = LayerObject(id: p.makeID(), kind: .container(kind), framework: .pytorch, typeName: name, span: a.span)
        for (_, child) in children { try checkModule(child, in: name, at: a.span, p) }
        object.children = children.map { (name: $0.0, value: $0.1) }
        p.framework = p.framework ?? .pytorch
        return try p.checkNesting(.layer(object), at: a.span)
    }

    static func sequential(_ children: [(String, PyValue)], framework: Framework, at span: SourceSpan,
                           in p: PythonInterpreter) throws(ModelError) -> LayerObject {
        if let uncertainty = p.uncertainty {
            throw p.error("this Sequential is made inside a branch or loop that depends on '\(uncertainty.origin.excerpt)', which convtutor cannot decide",
                          at: span)
        }
        let object = LayerObject(id: p.makeID(), kind: .container(.sequential), framework: framework, typeName: "Sequential", span: span)
        for (index, child) in children.enumerated() {
            if framework == .keras, index == 0, case .tensor = child.1 { continue }
            try checkModule(child.1, in: "Sequential", at: span, p)
        }
        object.children = children.enumerated().map { (name: $0.element.0.isEmpty ? String($0.offset) : $0.element.0, value: $0.element.1) }
        p.framework = p.framework ?? framework
        try p.checkNesting(.layer(object), at: span)
        return object
    }

    private static func checkModule(_ value: PyValue, in container: String, at span: SourceSpan, _ p: PythonInterpreter) throws(ModelError) {
        switch value {
        case .layer: return
        case .instance(let object) where object.cls.frameworkBase != nil: return
        case .opaque(let opaque):
            let called = opaque.origin.prefix { $0 != "(" }.split(separator: ".").last.map(String.init) ?? ""
            let close = Spelling.closest(to: called, among: LayerCatalog.all.map(\.name))
            throw p.error("\(container) is given '\(opaque.origin.excerpt)', which is not a layer convtutor knows", at: opaque.span,
                          hint: close.map { "did you mean \($0)?" } ?? "convtutor cannot count a layer it does not know")
        default:
            throw p.programError("\(container) is given \(value.typeName), which is not a layer", at: span)
        }
    }

    private static func functionalModel(_ a: PyCallArguments, in p: PythonInterpreter) throws(ModelError) -> PyValue {
        guard let inputsValue = a.value(0, "inputs"), let outputsValue = a.value(1, "outputs") else {
            return .opaque(Opaque(origin: p.text(a.span), span: a.span))
        }
        func tensors(_ value: PyValue, _ what: String, _ span: SourceSpan) throws(ModelError) -> [SymbolicTensor] {
            switch value {
            case .tensor(let tensor): return [tensor]
            case .list, .tuple:
                var result: [SymbolicTensor] = []
                for item in try p.knownItems(value, at: span, decides: "decides the model's \(what)") {
                    result += try tensors(item, what, span)
                }
                return result
            case .dict(let dict):
                var result: [SymbolicTensor] = []
                for item in dict.values { result += try tensors(item, what, span) }
                return result
            case .opaque(let opaque):
                throw p.unknownValue(opaque, decides: "is the model's \(what), whose shape decides the counts", at: span)
            default:
                throw p.programError("the model's \(what) must be tensors, not \(value.typeName)", at: span)
            }
        }
        let inputs = try tensors(inputsValue, "inputs", a.span(0, "inputs"))
        if inputs.filter({ p.filledOpenInputs.contains($0.id) }).count > 1 {
            throw p.error("--input gives the sizes of one input, but this model has several inputs that leave sizes open (None)",
                          at: a.span, hint: "write their sizes in the code")
        }
        let outputs = try tensors(outputsValue, "outputs", a.span(1, "outputs"))
        let object = LayerObject(id: p.makeID(), kind: .functionalModel(inputs: inputs, outputs: outputs), framework: .keras,
                                 typeName: "Functional", span: a.span)
        return .layer(object)
    }

    // MARK: - Attributes

    /// An attribute a framework's module or model class provides to the file's subclasses.
    static func moduleAttribute(_ object: PyValue, _ name: String, framework: Framework, at span: SourceSpan,
                                in p: PythonInterpreter) -> PyValue {
        switch name {
        case "to", "cuda", "cpu", "eval", "train", "float", "double", "half", "apply", "share_memory":
            return .native(NativeFunction(name) { _, _ in object })
        case "training": return .bool(false)
        case _ where framework == .pytorch && ["children", "named_children", "modules", "named_modules"].contains(name):
            return .native(NativeFunction(name) { p, a in
                let unknown = PyValue.opaque(Opaque(origin: p.text(a.span), span: a.span))
                if name.hasSuffix("children") {
                    guard let children = ModuleTree.children(of: object) else { return unknown }
                    return .list(PyList(children.map { name == "children" ? $0.value : .tuple([.string($0.name), $0.value]) }))
                }
                guard let modules = ModuleTree.descendants(of: object) else { return unknown }
                return .list(PyList(modules.map { name == "modules" ? $0.value : .tuple([.string($0.path), $0.value]) }))
            })
        case "add_module", "register_module":
            return .native(NativeFunction(name) { p, a in
                guard case .string(let child) = a.value(0, "name") ?? .none, let module = a.value(1, "module") else {
                    throw p.programError("add_module() needs a name and a module", at: a.span)
                }
                try p.setAttribute(object, child, module, at: a.span)
                return .none
            })
        case "requires_grad_":
            return .native(NativeFunction(name) { p, a in
                throw p.error("convtutor does not follow requires_grad changes, so the trainable count would be wrong", at: a.span,
                              hint: "remove the line to count every parameter as trainable")
            })
        case "add_weight":
            return .native(NativeFunction(name) { p, a in
                throw p.error("add_weight adds weights that convtutor does not count yet", at: a.span)
            })
        default:
            return .opaque(Opaque(origin: p.text(span), span: span))
        }
    }

    static func layerAttribute(_ layer: LayerObject, _ name: String, at span: SourceSpan, in p: PythonInterpreter) throws(ModelError) -> PyValue {
        if let value = layer.arguments[name] { return value }
        switch name {
        case "to", "cuda", "cpu", "eval", "train", "float", "double", "half", "apply":
            return .native(NativeFunction(name) { _, _ in .layer(layer) })
        case "add", "append":
            return .native(NativeFunction(name) { p, a in
                guard layer.children != nil, let child = a.value(0, name == "add" ? "layer" : "module") else {
                    throw p.programError("\(layer.typeName) has no method \(name)", at: a.span)
                }
                if let uncertainty = p.uncertainty {
                    throw p.error("the model is changed inside a branch or loop that depends on '\(uncertainty.origin.excerpt)' (line \(uncertainty.span.line)), which convtutor cannot decide",
                                  at: a.span, hint: "give the values it depends on with --set NAME=VALUE")
                }
                let first = layer.framework == .keras && (layer.children?.isEmpty ?? false)
                if !(first && { if case .tensor = child { true } else { false } }()) {
                    try checkModule(child, in: layer.typeName, at: a.span, p)
                }
                let count = layer.children?.count ?? 0
                layer.children?.append((name: String(count), value: child))
                try guardNesting(layer, at: a.span, in: p)
                return .none
            })
        case "extend":
            return .native(NativeFunction(name) { p, a in
                guard layer.children != nil, let items = a.value(0, "modules") else {
                    throw p.programError("\(layer.typeName) has no method extend", at: a.span)
                }
                if let uncertainty = p.uncertainty {
                    throw p.error("the model is changed inside a branch or loop that depends on '\(uncertainty.origin.excerpt)', which convtutor cannot decide",
                                  at: a.span)
                }
                for child in try p.knownItems(items, at: a.span, decides: "decides the model's layers") {
                    try checkModule(child, in: layer.typeName, at: a.span, p)
                    let count = layer.children?.count ?? 0
                    layer.children?.append((name: String(count), value: child))
                }
                try guardNesting(layer, at: a.span, in: p)
                return .none
            })
        case "add_module":
            return .native(NativeFunction(name) { p, a in
                guard layer.children != nil, case .string(let child) = a.value(0, "name") ?? .none, let module = a.value(1, "module") else {
                    throw p.programError("add_module() needs a name and a module", at: a.span)
                }
                if p.uncertainty != nil { throw p.error("the model is changed where convtutor cannot decide whether it runs", at: a.span) }
                try checkModule(module, in: layer.typeName, at: a.span, p)
                layer.children?.append((name: child, value: module))
                try guardNesting(layer, at: a.span, in: p)
                return .none
            })
        case "layers", "values", "children":
            if let children = layer.children {
                let list = PyValue.list(PyList(children.map(\.value)))
                return name == "layers" ? list : .native(NativeFunction(name) { _, _ in list })
            }
        case "keys", "items", "named_children":
            if let children = layer.children {
                let list = PyList(children.map { name == "keys" ? .string($0.name) : .tuple([.string($0.name), $0.value]) })
                return .native(NativeFunction(name) { _, _ in .list(list) })
            }
        case "build" where layer.framework == .keras && layer.children != nil:
            return .native(NativeFunction(name) { p, a in
                guard let shape = a.value(0, "input_shape") else { return .none }
                var sizes: [Int] = []
                for (index, item) in try p.knownItems(shape, at: a.span, decides: "is the model's input shape").enumerated() {
                    if index == 0, item.isNone { continue }
                    sizes.append(try p.integer(item, at: a.span, decides: "is the model's input shape"))
                }
                guard !sizes.isEmpty, sizes.allSatisfy({ $0 >= 1 }) else {
                    throw p.error("build() needs the input shape with its batch axis first, as (None, 28, 28, 1)", at: a.span)
                }
                layer.builtInputShape = TensorShape(sizes)
                return .none
            })
        case "output", "outputs", "input", "inputs":
            if case .functionalModel(let inputs, let outputs) = layer.kind {
                let tensors = name.hasPrefix("output") ? outputs : inputs
                if name.hasSuffix("s") { return .list(PyList(tensors.map { .tensor($0) })) }
                return tensors.count == 1 ? .tensor(tensors[0]) : .list(PyList(tensors.map { .tensor($0) }))
            }
        case "requires_grad_":
            return moduleAttribute(.layer(layer), name, framework: layer.framework, at: span, in: p)
        default:
            break
        }
        return .opaque(Opaque(origin: p.text(span), span: span))
    }
}

extension Frameworks {
    /// Keras' `layer.trainable = False`: every weight under the layer is kept but not trained.
    static func setTrainable(_ layer: LayerObject, _ trainable: Bool, at span: SourceSpan, in p: PythonInterpreter,
                             depth: Int = 0) throws(ModelError) {
        guard depth < 64 else { throw p.error("these layers nest too deeply", at: span) }
        guard layer.framework == .keras else {
            throw p.error("PyTorch modules have no 'trainable'; convtutor does not follow requires_grad changes", at: span)
        }
        switch layer.kind {
        case .layer(var spec):
            spec.frozen = !trainable
            layer.kind = .layer(spec)
        case .container:
            for child in layer.children ?? [] {
                if case .layer(let inner) = child.value { try setTrainable(inner, trainable, at: span, in: p, depth: depth + 1) }
            }
        case .merge, .reshaping, .lambda:
            break
        case .weighted:
            if !trainable {
                throw p.error("trainable=False on \(layer.typeName) is not read yet: its weights' split into trainable and not would be wrong",
                              at: span, hint: "count the model without it")
            }
        case .functionalModel:
            throw p.error("'trainable' on a functional model is not read yet", at: span,
                          hint: "set trainable=False on its layers")
        }
    }
}

extension Frameworks {
    /// Whether calling this value can make nothing a model is made of: an unknown value, or a
    /// library function that is not a layer, a container, a model or a tensor function.
    static func buildsNothing(_ callee: PyValue) -> Bool {
        switch callee {
        case .opaque: return true
        case .external(let path):
            guard let name = path.last else { return true }
            if !LayerCatalog.types(named: name).isEmpty { return false }
            if ["Sequential", "ModuleList", "ModuleDict", "OrderedDict", "Model", "Functional", "Input"].contains(name) { return false }
            if MergeLayers.kind(named: name) != nil || MergeLayers.kind(named: name.prefix(1).uppercased() + name.dropFirst()) != nil
                || ShapeLayer.kind(named: name, framework: nil) != nil {
                return false
            }
            if LayerConstruction.framework(of: path) == .pytorch, path.count >= 2,
               ["torch", "F", "functional"].contains(path[path.count - 2]) {
                return false
            }
            return name.first?.isUppercase == false || name.hasSuffix("Loss") || !(path.dropLast().last.map { ["nn", "layers"].contains($0) } ?? true)
        default: return false
        }
    }
}

extension Frameworks {
    /// Keeps Keras' `input_shape=(28, 28, 1)` given to a layer the catalog does not hold (padding,
    /// Reshape, a normalization, Lambda), which a Sequential takes its input from when it comes first.
    static func declareInputShape(of object: LayerObject, _ a: PyCallArguments, in p: PythonInterpreter) throws(ModelError) -> PyValue {
        guard object.framework == .keras, let given = a.keyword("input_shape"), !given.isNone else { return .layer(object) }
        var sizes: [Int] = []
        for item in try p.knownItems(given, at: a.span, decides: "is the model's input shape") {
            if item.isNone { return .layer(object) }
            sizes.append(try p.integer(item, at: a.span, decides: "is the model's input shape"))
        }
        guard !sizes.isEmpty, sizes.allSatisfy({ $0 >= 1 }) else {
            throw p.error("input_shape needs sizes of at least 1, without the batch axis, as (28, 28, 1)", at: a.span)
        }
        object.declaredInputShape = TensorShape(sizes)
        return .layer(object)
    }

    /// Refuses a container grown too deep, emptying it first so that freeing it stays shallow.
    static func guardNesting(_ layer: LayerObject, at span: SourceSpan, in p: PythonInterpreter) throws(ModelError) {
        guard layer.depth > PythonInterpreter.maximumNesting else { return }
        layer.children = []
        try p.checkNesting(.layer(layer), at: span)
    }
}
