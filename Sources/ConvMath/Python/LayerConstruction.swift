/// Makes the engine's layers from calls the interpreter evaluated: the values are written back as
/// literals and bound by `BoundArguments`, so each layer is checked and counted exactly as a
/// command-line layer is. An unknown value in an argument that changes a count is an error that
/// names it; in one that does not (`activation`, `name`, an initializer) it is dropped.
enum LayerConstruction {
    static func make(_ type: LayerType, path: [String], _ a: PyCallArguments, in p: PythonInterpreter) throws(ModelError) -> PyValue {
        p.layersMade += 1
        if let uncertainty = p.uncertainty {
            throw p.error("this layer is made inside a branch or loop that depends on '\(uncertainty.origin.excerpt)' (line \(uncertainty.span.line)), which convtutor cannot decide",
                          at: a.span, hint: "give the values it depends on with --set NAME=VALUE")
        }
        var a = a
        var filledOpenInput = false
        if type.family == .input { (a, filledOpenInput) = try OpenInputShape.filled(a, in: p) }
        let positional = type.parameters.filter(\.isPositional)
        var arguments: [CallArgument] = []
        var named: [String: PyValue] = [:]
        for (index, entry) in a.positional.enumerated() {
            let name = index < positional.count ? positional[index].name : nil
            if let name { named[name] = entry.value }
            arguments.append(CallArgument(value: try literal(entry.value, parameter: name, type: type, at: entry.span, in: p)))
        }
        for (name, value, span) in a.keywords {
            named[name] = value
            let labelSpan = SourceSpan(line: span.line, column: max(1, span.column - name.count - 1), length: name.count)
            arguments.append(CallArgument(label: name, labelSpan: labelSpan,
                                          value: try literal(value, parameter: name, type: type, at: span, in: p)))
        }
        let call = LayerCall(name: path.last ?? type.name, prefix: Array(path.dropLast()), arguments: arguments,
                             span: a.span, nameSpan: a.calleeSpan ?? a.span, source: p.source)
        let spec: LayerSpec
        do {
            spec = try LayerBuilder.build(try BoundArguments.bind(call, to: type))
        } catch {
            throw error.located(in: p.source)
        }
        p.framework = p.framework ?? type.framework
        if case .input(let shape) = spec.operation {
            var name: String?
            if case .string(let given)? = named["name"] { name = given }
            let tensor = SymbolicTensor(id: p.makeID(), shape: shape, framework: type.framework, name: name)
            if filledOpenInput { p.filledOpenInputs.insert(tensor.id) }
            return .tensor(tensor)
        }
        let object = LayerObject(id: p.makeID(), kind: .layer(spec), framework: type.framework, typeName: type.name, span: a.span)
        object.arguments = named
        return .layer(object)
    }

    /// The value as an expression `BoundArguments` reads, or `None` for an argument that changes no count.
    private static func literal(_ value: PyValue, parameter: String?, type: LayerType, at span: SourceSpan,
                                in p: PythonInterpreter) throws(ModelError) -> Expression {
        if let expression = expression(value, at: span) { return expression }
        let spec = parameter.flatMap { type.parameter(named: $0) }
        if let spec, !spec.affectsCount { return Expression(.none, span: span) }
        let name = parameter ?? "this argument"
        if let opaque = value.opaque ?? unknownInside(value) {
            throw p.unknownValue(opaque, decides: "sets '\(name)' of \(type.name), which changes its count or shape", at: span)
        }
        if case .batch = value {
            throw p.error("\(type.name): '\(name)' is the batch size, which is not known when counting", at: span)
        }
        throw p.error("\(type.name): '\(name)' is \(value.typeName), not a value convtutor can count with", at: span,
                      hint: spec == nil ? "\(type.name) takes \(type.countedParameterNames.joined(separator: ", "))" : nil)
    }

    private static func unknownInside(_ value: PyValue, depth: Int = 0) -> Opaque? {
        guard depth < 16 else { return nil }
        switch value {
        case .opaque(let opaque): return opaque
        case .external(let path): return Opaque(origin: path.joined(separator: "."), span: SourceSpan(line: 0, column: 0, length: 1))
        case .list(let list): return list.unknown ?? list.items.lazy.compactMap { unknownInside($0, depth: depth + 1) }.first
        case .tuple(let items): return items.lazy.compactMap { unknownInside($0, depth: depth + 1) }.first
        default: return nil
        }
    }

    static func expression(_ value: PyValue, at span: SourceSpan, depth: Int = 0) -> Expression? {
        guard depth < 16 else { return nil }
        switch value {
        case .none: return Expression(.none, span: span)
        case .bool(let b): return Expression(.bool(b), span: span)
        case .integer(let i): return Expression(.integer(i), span: span)
        case .float(let f): return Expression(.float(f), span: span)
        case .string(let s): return Expression(.string(s), span: span)
        case .tuple(let items):
            var elements: [Expression] = []
            for item in items {
                guard let element = expression(item, at: span, depth: depth + 1) else { return nil }
                elements.append(element)
            }
            return Expression(.tuple(elements), span: span)
        case .list(let list):
            guard list.unknown == nil else { return nil }
            var elements: [Expression] = []
            for item in list.items {
                guard let element = expression(item, at: span, depth: depth + 1) else { return nil }
                elements.append(element)
            }
            return Expression(.list(elements), span: span)
        default: return nil
        }
    }

    /// The framework a module path names: `torch.nn`, `F` for PyTorch; `keras`, `layers`, `tf` for Keras.
    static func framework(of path: [String]) -> Framework? {
        guard let first = path.first else { return nil }
        if first == "torch" || first == "F" || path.dropLast().contains("nn") || first == "torchvision" { return .pytorch }
        if first == "tf" || first == "tensorflow" || path.dropLast().contains("keras") || path.dropLast().contains("layers") {
            return .keras
        }
        return nil
    }

    /// The catalog type a call names, or nil when the name is not a layer the engine knows.
    static func type(for path: [String], in p: PythonInterpreter, at span: SourceSpan) throws(ModelError) -> LayerType? {
        guard let name = path.last else { return nil }
        let types = LayerCatalog.types(named: name)
        guard !types.isEmpty else { return nil }
        let pathFramework = framework(of: path)
        if let pathFramework, !types.contains(where: { $0.framework == pathFramework }) {
            let other = LayerCatalog.all.first { $0.framework == pathFramework && $0.name.lowercased() == name.lowercased() }
            throw p.error("'\(name.excerpt)' is a \(types[0].framework.displayName) layer, but '\(path.dropLast().joined(separator: ".").excerpt)' is a \(pathFramework.displayName) module",
                          at: span, hint: other.map { "\(pathFramework.displayName) spells it \($0.name)" })
        }
        let wanted = pathFramework ?? (types.count == 1 ? types[0].framework : p.framework ?? .keras)
        return types.first { $0.framework == wanted } ?? types.first
    }
}
