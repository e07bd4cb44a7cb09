/// Reads a model from real model source by running it: a Keras `Sequential` or functional model, or
/// a PyTorch `nn.Module` whose `forward` is run on a symbolic input. Layers are the engine's, so
/// every count is the engine's; anything the reader cannot know that would change a count is an
/// error that says what to supply.
public enum SourceModelReader {
    /// What to read beyond the file: the model to pick, values for names, and the input shape.
    public struct Options: Sendable, Equatable {
        /// `--model EXPR`: an expression over what the file defines.
        public var model: String?
        /// `--set NAME=VALUE`, in the order given; VALUE is a Python literal or expression.
        public var settings: [String]
        /// `--input`: used where the file does not give the shape itself.
        public var inputShape: TensorShape?

        public init(model: String? = nil, settings: [String] = [], inputShape: TensorShape? = nil) {
            self.model = model
            self.settings = settings
            self.inputShape = inputShape
        }
    }

    /// The message when a file runs but builds no model: such a file is likely a list of layer calls.
    public static let noModelMessage = "this file builds no model convtutor can find"
    /// The message when a file runs and makes not one layer: it is not model code, nor a list of layers.
    public static let noLayersMessage = "this file builds no model: it makes none of the layers convtutor counts"

    public static func read(_ source: SourceText, options: Options = Options()) throws(ModelError) -> ModelAnalysis {
        let parsed = PythonParser.parse(source.text)
        if let problems = ModelError.combined(parsed.problems.map { $0.located(in: source) }, first: source.name) {
            throw problems
        }
        let interpreter = PythonInterpreter(source: source)
        interpreter.openInputShape = options.inputShape
        try applySettings(options.settings, to: interpreter)
        try interpreter.run(parsed.statements)
        if options.model == nil, !interpreter.problems.isEmpty, !interpreter.globals.order.contains(where: { name in
            interpreter.globals.names[name].map(isModel) ?? false
        }) {
            // The model is built by code that failed: what the file defines is not run again.
            throw interpreter.collectedProblems()!
        }
        var analysis: ModelAnalysis?
        try interpreter.recovering { () throws(ModelError) in
            let (model, span, name) = try chooseModel(options.model, in: interpreter, file: source)
            analysis = try analyze(model, at: span, inputShape: options.inputShape, in: interpreter)
            analysis?.modelName = name
        }
        if let problems = interpreter.collectedProblems() { throw problems }
        guard let analysis else { throw ModelError(noModelMessage).located(in: source) }
        return analysis
    }

    private static func applySettings(_ settings: [String], to p: PythonInterpreter) throws(ModelError) {
        for setting in settings {
            let parts = setting.split(separator: "=", maxSplits: 1).map { $0.trimmingWhitespace() }
            let name = parts.first ?? ""
            let validName = !name.isEmpty && name.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { part in
                !part.isEmpty && !(part.first?.isNumber ?? true) && part.allSatisfy { $0 == "_" || $0.isLetter || $0.isNumber }
            }
            guard parts.count == 2, validName else {
                throw ModelError("--set '\(setting.excerpt)' is not NAME=VALUE", hint: "write it as --set num_classes=10")
            }
            let text = SourceText(name: "--set \(name)", text: parts[1])
            switch PythonParser.parseExpression(parts[1]) {
            case .failure(let error): throw error.located(in: text)
            case .success(let expression):
                let evaluator = PythonInterpreter(source: text)
                let value = try evaluator.evaluate(expression, in: evaluator.globals)
                switch value {
                case .integer, .float, .string, .bool, .none, .tuple, .list, .dict: p.overrides[name] = value
                case .external: p.overrides[name] = .string(parts[1])
                default:
                    throw ModelError("--set \(name) must be a number, a string, True, False, None or a tuple of them",
                                     hint: "write it as --set \(name)=10")
                }
            }
        }
    }

    // MARK: - Which model

    /// A call that would build the model returns a value made by code convtutor cannot see (a
    /// function from another module, a framework object passed in): say where it comes from.
    private static func unseenModel(_ call: String, _ unknown: Opaque, file: SourceText) -> ModelError {
        ModelError("\(call) returns the value of '\(unknown.origin.excerpt)', which convtutor cannot see into",
                   at: unknown.span,
                   hint: "convtutor counts the layers it sees being built; where they come from a function or module "
                    + "outside the file, define them in it, or give a value with --set")
            .located(in: file)
    }

    /// Whether an unknown value a function returns looks like a model built out of sight (a model
    /// library's call, or a name that says so), rather than a helper's result (`datetime.now()`).
    private static func mayBeModel(_ unknown: Opaque, returnedBy function: String) -> Bool {
        let words = (unknown.origin + " " + function).lowercased()
        let libraries = ["torch", "keras", "tf.", "tensorflow", "timm", "layers", "get_submodules"]
        return words.contains("model") || words.contains("net") || libraries.contains { words.contains($0) }
    }

    private static func isModel(_ value: PyValue) -> Bool {
        switch value {
        case .layer(let layer): return layer.isModel
        case .instance(let instance): return instance.cls.frameworkBase != nil
        default: return false
        }
    }

    /// The model to count, where its calls point, and its name when the file offered a choice.
    private static func chooseModel(_ expressionText: String?, in p: PythonInterpreter,
                                    file: SourceText) throws(ModelError) -> (PyValue, SourceSpan?, String?) {
        if let expressionText {
            let text = SourceText(name: "--model", text: expressionText)
            switch PythonParser.parseExpression(expressionText) {
            case .failure(let error): throw error.located(in: text)
            case .success(let expression):
                let value: PyValue
                p.expressionSource = text
                defer { p.expressionSource = nil }
                value = try p.evaluate(expression, in: p.globals)
                guard isModel(value) || { if case .layer = value { true } else { false } }() else {
                    if case .opaque(let unknown) = value { throw unseenModel("--model '\(expressionText.excerpt)'", unknown, file: file) }
                    throw ModelError("--model '\(expressionText.excerpt)' gives \(value.typeName), not a model",
                                     hint: "give an expression that builds the model, such as --model 'Net()'")
                }
                return (value, nil, expressionText)
            }
        }
        var models: [(String, PyValue)] = []
        for name in p.globals.order {
            if let value = p.globals.names[name], isModel(value) { models.append((name, value)) }
        }
        if let chosen = models.last { return (chosen.1, nil, models.count > 1 ? chosen.0 : nil) }
        var candidates: [(name: String, value: PyValue)] = []
        for name in p.globals.order {
            guard let value = p.globals.names[name] else { continue }
            switch value {
            case .classObject(let cls) where cls.frameworkBase != nil && cls.span.line > 0: candidates.append((name, value))
            case .function(let function) where function.definition.name == name: candidates.append((name, value))
            default: break
            }
        }
        candidates.sort { (position(of: $0.value).line, position(of: $0.value).column) < (position(of: $1.value).line, position(of: $1.value).column) }
        var firstError: ModelError?
        for candidate in candidates.reversed() {
            let callable: Bool
            switch candidate.value {
            case .classObject(let cls):
                if let (initializer, _) = cls.lookup("__init__"), case .function(let function) = initializer {
                    callable = PythonInterpreter.callableWithoutArguments(function, skippingSelf: true)
                } else {
                    callable = true
                }
            case .function(let function): callable = PythonInterpreter.callableWithoutArguments(function, skippingSelf: false)
            default: callable = false
            }
            guard callable else { continue }
            let span = position(of: candidate.value)
            let before = p.problems.count
            let layersBefore = p.layersMade
            let unseenBefore = p.unseenLayerCalls
            do throws(ModelError) {
                let value = try p.call(candidate.value, PyCallArguments(span: span))
                if p.problems.count > before {
                    // It failed, and the run went on. A candidate that made layers was building the model: its
                    // errors are the answer, rather than another candidate's count. Otherwise they are
                    // reported only if no other candidate works.
                    if p.layersMade > layersBefore { throw ModelError.combined(Array(p.problems[before...]), first: file.name)! }
                    firstError = firstError ?? ModelError.combined(Array(p.problems[before...]), first: file.name)
                    p.problems.removeLast(p.problems.count - before)
                    p.failuresWithUncheckedCode = p.failuresWithUncheckedCode.filter { $0 < before }
                    continue
                }
                if isModel(value) { return (value, span, "\(candidate.name)()") }
                if case .opaque(let unknown) = value,
                   p.unseenLayerCalls > unseenBefore || mayBeModel(unknown, returnedBy: candidate.name) {
                    firstError = firstError ?? unseenModel("\(candidate.name)()", unknown, file: file)
                }
            } catch {
                if p.stopsTheRun || p.layersMade > layersBefore { throw error }
                firstError = firstError ?? error
            }
        }
        if let firstError { throw firstError }
        let names = candidates.map { name, value in
            if case .classObject = value { return "\(name)(…)" }
            return "\(name)(…)"
        }
        throw ModelError(p.layersMade == 0 && names.isEmpty ? noLayersMessage : noModelMessage,
                         hint: names.isEmpty
                            ? "build it at top level (model = …), or give the layers as arguments"
                            : "pick one with --model, such as --model '\(names.last!)'; it defines \(names.joined(separator: ", "))")
            .located(in: file)
    }

    private static func position(of value: PyValue) -> SourceSpan {
        switch value {
        case .classObject(let cls): return cls.span
        case .function(let function): return function.definition.span
        default: return SourceSpan(line: 0, column: 0, length: 1)
        }
    }

    // MARK: - Running the model

    private static func analyze(_ model: PyValue, at span: SourceSpan?, inputShape: TensorShape?,
                                in p: PythonInterpreter) throws(ModelError) -> ModelAnalysis {
        switch model {
        case .layer(let layer):
            if case .functionalModel(let inputs, let outputs) = layer.kind {
                guard let first = inputs.first else { throw p.error("this model has no inputs", at: layer.span) }
                if let inputShape, inputs.count == 1, inputShape != first.shape {
                    throw p.error("the input shape \(inputShape) given with --input disagrees with \(first.shape) written here",
                                  at: layer.span, hint: "give one of them, or make them agree")
                }
                let applications = try ModelGraph.functionalApplications(inputs: inputs, outputs: outputs, from: p.applications,
                                                                         in: p, at: layer.span)
                let graph = ModelGraph(framework: .keras, inputShape: first.shape, applications: applications,
                                       finalOutput: outputs.count == 1 ? outputs[0].shape : nil, inputs: inputs)
                return try graph.analysis(in: p)
            }
            if layer.framework == .keras {
                return try runKerasSequential(layer, inputShape: inputShape, in: p)
            }
            return try runModule(model, framework: .pytorch, inputShape: inputShape, span: layer.span, in: p)
        case .instance(let instance):
            return try runModule(model, framework: instance.cls.frameworkBase ?? .pytorch, inputShape: inputShape,
                                 span: span ?? instance.cls.span, in: p)
        default:
            throw ModelError("the model is \(model.typeName), which convtutor cannot count")
        }
    }

    private static func runKerasSequential(_ layer: LayerObject, inputShape: TensorShape?, in p: PythonInterpreter) throws(ModelError) -> ModelAnalysis {
        let declared = layer.builtInputShape ?? firstLayerInputShape(layer.children ?? [])
        if let inputShape, let declared, inputShape != declared {
            throw p.error("the input shape \(inputShape) given with --input disagrees with \(declared) written here",
                          at: layer.span, hint: "give one of them, or make them agree")
        }
        guard let shape = inputShape ?? declared else {
            throw ModelError("the input shape is missing",
                             hint: "give it: --input 24x24x3, or start with keras.Input(shape=(24, 24, 3))").located(in: p.source)
        }
        return try run(.layer(layer), framework: .keras, shape: shape, span: layer.span, in: p)
    }

    /// The input shape a Sequential's first entry gives: an `Input` tensor, or `input_shape=` on its first layer.
    private static func firstLayerInputShape(_ children: [(name: String, value: PyValue)]) -> TensorShape? {
        switch children.first?.value {
        case .tensor(let tensor)?: return tensor.shape
        case .layer(let first)?:
            if case .layer(let spec) = first.kind { return spec.declaredInputShape }
            return first.declaredInputShape
        default: return nil
        }
    }

    private static func runModule(_ model: PyValue, framework: Framework, inputShape: TensorShape?, span: SourceSpan,
                                  in p: PythonInterpreter) throws(ModelError) -> ModelAnalysis {
        guard let inputShape else {
            let example = framework == .pytorch ? "--input 3x224x224 (channels first, without the batch axis)"
                : "--input 224x224x3 (channels last, without the batch axis)"
            throw ModelError("the input shape is missing: a \(framework.displayName) module does not say what it is given",
                             hint: "give it: \(example)")
        }
        return try run(model, framework: framework, shape: inputShape, span: span, in: p)
    }

    private static func run(_ model: PyValue, framework: Framework, shape: TensorShape, span: SourceSpan,
                            in p: PythonInterpreter) throws(ModelError) -> ModelAnalysis {
        p.applications = []
        p.firstApplication = [:]
        p.uncertainty = nil
        let input = SymbolicTensor(id: p.makeID(), shape: shape, framework: framework)
        var arguments = PyCallArguments(span: span)
        arguments.positional = [(.tensor(input), span)]
        let output = try p.call(model, arguments)
        var finalShape: TensorShape?
        // Errors found on the way are already recorded; `read` reports them all.
        if let first = p.problems.first { throw first }
        switch output {
        case .tensor(let tensor): finalShape = tensor.shape
        case .opaque(let opaque):
            throw p.error("the model's output shape is unknown: it comes from '\(opaque.origin.excerpt)', which convtutor does not follow",
                          at: opaque.span, hint: "convtutor follows the layers and tensor functions it knows; see 'convtutor summary --help'")
        default: break
        }
        var moduleTypes: [String: String] = [:]
        let paths = ModelGraph.modulePaths(of: model, types: &moduleTypes)
        if framework == .pytorch, let (owner, name, container) = UnregisteredModules.first(in: model) {
            let wrapper = container == .dict ? "nn.ModuleDict({...})" : "nn.ModuleList([...])"
            throw p.error("'\(name.excerpt)' of \(owner.cls.name) holds modules in a plain \(container.rawValue), which PyTorch does not register: "
                          + "forward() runs them, but model.parameters() leaves their weights out, and so would PyTorch's count",
                          at: owner.assignments[name] ?? span,
                          hint: "wrap it in \(wrapper) so that PyTorch registers them; convtutor then counts them as PyTorch does")
        }
        if framework == .pytorch {
            let used = Set(p.applications.map { ObjectIdentifier($0.layer) })
            for (layer, path) in ModelGraph.weightedLayers(of: model, paths: paths) where !used.contains(ObjectIdentifier(layer)) {
                throw p.error("'\(path)' (\(layer.typeName)) is never applied to a tensor of known shape when the model runs, "
                              + "so its count is unknown here; PyTorch counts it all the same",
                              at: layer.span, hint: "convtutor counts the modules that forward() calls")
            }
        }
        let graph = ModelGraph(framework: framework, inputShape: shape, applications: p.applications,
                               paths: framework == .pytorch ? paths : [:],
                               moduleTypes: framework == .pytorch ? moduleTypes : [:], finalOutput: finalShape,
                               inputs: [input])
        return try graph.analysis(in: p)
    }
}
