/// Turns the layer calls a model's run recorded into the rows and totals of a `ModelAnalysis`:
/// each layer object's weights are counted once, at its first call, and later calls are marked
/// shared; a PyTorch module's rows carry its dotted path (`layer1.0.conv1`).
struct ModelGraph {
    var framework: Framework
    var inputShape: TensorShape
    var applications: [LayerApplication]
    var paths: [ObjectIdentifier: String] = [:]
    var moduleTypes: [String: String] = [:]
    var finalOutput: TensorShape?
    /// The model's input tensors, so that each row can say where its inputs come from.
    var inputs: [SymbolicTensor] = []

    func analysis(in p: PythonInterpreter) throws(ModelError) -> ModelAnalysis {
        var rows: [AnalyzedLayer] = []
        var counted = Set<ObjectIdentifier>()
        var trainable = 0
        var nonTrainable = 0
        var macs = 0
        var producer: [Int: Int] = [:]
        let inputIndex = Dictionary(inputs.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        for application in applications {
            let identity = ObjectIdentifier(application.layer)
            var spec = application.spec
            var result = application.analysis
            if case .layer(let current) = application.layer.kind, current.frozen != spec.frozen {
                spec = current
                result = try current.analyze(application.inputs[0].shape)
            }
            let shared = !counted.insert(identity).inserted
            do {
                macs = try Exact.add(macs, result.multiplyAccumulates)
                if shared {
                    result.parameters = .zero
                    result.weights = []
                    result.formula = .zero
                } else {
                    trainable = try Exact.add(trainable, result.parameters.trainable)
                    nonTrainable = try Exact.add(nonTrainable, result.parameters.nonTrainable)
                    _ = try Exact.add(trainable, nonTrainable)
                }
            } catch {
                throw p.error("the model's total does not fit in 64 bits", at: application.layer.span,
                              hint: "no real model is this large; check the sizes")
            }
            var row = AnalyzedLayer(spec: spec, inputShape: application.inputs[0].shape, result: result,
                                    path: paths[identity], sharedCall: shared)
            row.inputSources = application.inputs.map { tensor in
                if let index = producer[tensor.id] { return .row(index) }
                if let index = inputIndex[tensor.id] { return .modelInput(index) }
                return .operation
            }
            producer[application.output.id] = rows.count
            rows.append(row)
        }
        var unnamed = 0
        let inputNames = inputs.map { tensor in
            if let name = tensor.name { return name }
            defer { unnamed += 1 }
            return unnamed == 0 ? "input_layer" : "input_layer_\(unnamed)"
        }
        return ModelAnalysis(framework: framework, inputShape: inputShape, layers: rows,
                             parameters: ParameterCount(trainable: trainable, nonTrainable: nonTrainable),
                             multiplyAccumulates: macs, finalOutputShape: finalOutput, moduleTypes: moduleTypes,
                             inputNames: inputNames)
    }

    /// The calls a Keras functional model is made of: those its outputs depend on, in the order they ran.
    static func functionalApplications(inputs: [SymbolicTensor], outputs: [SymbolicTensor], from all: [LayerApplication],
                                       in p: PythonInterpreter, at span: SourceSpan) throws(ModelError) -> [LayerApplication] {
        var producer: [Int: Int] = [:]
        for (index, application) in all.enumerated() { producer[application.output.id] = index }
        let inputIDs = Set(inputs.map(\.id))
        var needed = Set<Int>()
        var pending = outputs.map(\.id)
        while let id = pending.popLast() {
            if inputIDs.contains(id) { continue }
            guard let index = producer[id] else {
                if let operands = p.tensorOperands[id] {
                    pending += operands
                    continue
                }
                throw p.error("the model's outputs depend on a tensor that does not come from its inputs", at: span,
                              hint: "give Model every Input its outputs are computed from")
            }
            if needed.insert(index).inserted { pending += all[index].inputs.map(\.id) }
        }
        return needed.sorted().map { all[$0] }
    }

    /// Each module's dotted path, as PyTorch's `named_modules()` gives it (the first path wins for a
    /// module reachable twice).
    static func modulePaths(of root: PyValue) -> [ObjectIdentifier: String] {
        var types: [String: String] = [:]
        return modulePaths(of: root, types: &types)
    }

    /// Each module's dotted path, and the class of each module under the root by its path
    /// (`layer1` → `Sequential`, `layer1.0` → `BasicBlock`).
    static func modulePaths(of root: PyValue, types: inout [String: String]) -> [ObjectIdentifier: String] {
        var paths: [ObjectIdentifier: String] = [:]
        var visited = Set<ObjectIdentifier>()
        func visit(_ value: PyValue, _ path: String, depth: Int) {
            guard depth < 64 else { return }
            func join(_ name: String) -> String { path.isEmpty ? name : path + "." + name }
            switch value {
            case .layer(let layer):
                let identity = ObjectIdentifier(layer)
                guard visited.insert(identity).inserted else { return }
                paths[identity] = path
                if !path.isEmpty { types[path] = layer.typeName }
                for child in layer.children ?? [] { visit(child.value, join(child.name), depth: depth + 1) }
            case .instance(let instance):
                guard visited.insert(ObjectIdentifier(instance)).inserted else { return }
                if !path.isEmpty { types[path] = instance.cls.name }
                for child in instance.sequential?.children ?? [] { visit(child.value, join(child.name), depth: depth + 1) }
                for name in instance.names {
                    if let child = instance[name] { visit(child, join(name), depth: depth + 1) }
                }
            case .list(let list):
                for (index, item) in list.items.enumerated() { visit(item, join(String(index)), depth: depth + 1) }
            default:
                return
            }
        }
        visit(root, "", depth: 0)
        return paths
    }

    /// The layers with weights under a module, with their paths: each must have been called on a
    /// known shape for its count to be known.
    static func weightedLayers(of root: PyValue, paths: [ObjectIdentifier: String]) -> [(LayerObject, String)] {
        var result: [(LayerObject, String)] = []
        var visited = Set<ObjectIdentifier>()
        func visit(_ value: PyValue, depth: Int) {
            guard depth < 64 else { return }
            switch value {
            case .layer(let layer):
                guard visited.insert(ObjectIdentifier(layer)).inserted else { return }
                if case .layer(let spec) = layer.kind, spec.hasWeights {
                    result.append((layer, paths[ObjectIdentifier(layer)] ?? layer.typeName))
                }
                if case .weighted = layer.kind {
                    result.append((layer, paths[ObjectIdentifier(layer)] ?? layer.typeName))
                }
                for child in layer.children ?? [] { visit(child.value, depth: depth + 1) }
            case .instance(let instance):
                guard visited.insert(ObjectIdentifier(instance)).inserted else { return }
                for child in instance.sequential?.children ?? [] { visit(child.value, depth: depth + 1) }
                for name in instance.names { if let child = instance[name] { visit(child, depth: depth + 1) } }
            case .list(let list):
                for item in list.items { visit(item, depth: depth + 1) }
            default:
                return
            }
        }
        visit(root, depth: 0)
        return result
    }
}

extension LayerSpec {
    /// Whether the layer can hold weights, so that leaving it out would change a count.
    var hasWeights: Bool {
        switch operation {
        case .convolution, .transposedConvolution, .depthwiseConvolution, .separableConvolution, .dense, .batchNormalization:
            return true
        default:
            return false
        }
    }
}
