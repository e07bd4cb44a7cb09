/// Builds a `Model` from pasted model code: finds the layer calls, tells the framework from their
/// names, binds their arguments and settles the input shape.
public enum ModelReader {
    /// Reads layers from one or more sources (each command-line layer is its own source).
    /// `inputShape` is the `--input` given on the command line, if any.
    public static func read(_ sources: [SourceText], inputShape: TensorShape?) throws(ModelError) -> Model {
        try read(calls(in: sources), inputShape: inputShape)
    }

    /// The layer calls the sources are made of, in order; an error if a line is not one.
    public static func calls(in sources: [SourceText]) throws(ModelError) -> [LayerCall] {
        var calls: [LayerCall] = []
        for source in sources {
            calls += try ModelSourceParser.parse(source)
        }
        return calls
    }

    /// Builds the model from its layer calls. Every call that is wrong is reported, in source order.
    public static func read(_ calls: [LayerCall], inputShape: TensorShape?) throws(ModelError) -> Model {
        guard !calls.isEmpty else {
            throw ModelError("no layers were given",
                             hint: "pass layers such as 'Conv2D(10, kernel_size=3)', or --file model.py")
        }
        var problems: [ModelError] = []
        let framework = framework(of: calls, problems: &problems)
        var layers: [LayerSpec] = []
        for call in calls where problems.count < maximumProblems {
            do {
                let type = try resolve(call, framework: framework)
                layers.append(try LayerBuilder.build(try BoundArguments.bind(call, to: type)))
            } catch {
                problems.append(error.located(in: call.source))
            }
        }
        if let problems = ModelError.combined(problems, first: calls.first?.source.name) { throw problems }
        return try assemble(layers, framework: framework, inputShape: inputShape)
    }

    /// At most this many problems are collected: a file with more is likely not a list of layers.
    static let maximumProblems = 50

    // MARK: - Framework

    /// The framework every layer agrees on; a model that mixes them is an error.
    static func framework(of calls: [LayerCall], problems: inout [ModelError]) -> Framework {
        var first: (framework: Framework, call: LayerCall)?
        for call in calls where problems.count < maximumProblems {
            let decided: Framework?
            do {
                decided = try decidedFramework(call)
            } catch {
                problems.append(error)
                continue
            }
            guard let framework = decided else { continue }
            if let first, first.framework != framework {
                problems.append(ModelError(
                    "this model mixes \(first.framework.displayName) and \(framework.displayName) layers: "
                        + "'\(call.writtenName.excerpt)' is \(framework.displayName), but '\(first.call.writtenName.excerpt)' "
                        + "(\(first.call.source.name), line \(first.call.span.line)) is \(first.framework.displayName)",
                    at: call.nameSpan,
                    hint: "Keras spells layers Conv2D, Dense; PyTorch spells them nn.Conv2d, nn.Linear; use one framework"
                ).located(in: call.source))
                continue
            }
            if first == nil { first = (framework, call) }
        }
        return first?.framework ?? .keras
    }

    /// The framework a call's prefix or name pins down, or nil when both frameworks have the name.
    private static func decidedFramework(_ call: LayerCall) throws(ModelError) -> Framework? {
        let types = LayerCatalog.types(named: call.name)
        guard !types.isEmpty else { throw unknownLayer(call) }
        if types.count == 1 {
            let framework = types[0].framework
            if let prefixFramework = call.prefixFramework, prefixFramework != framework {
                throw ModelError("'\(call.name.excerpt)' is a \(framework.displayName) layer, but '\(call.prefix.joined(separator: ".").excerpt)' is a \(prefixFramework.displayName) module",
                                 at: call.nameSpan,
                                 hint: suggestion(for: call.name, in: prefixFramework).map { "\(prefixFramework.displayName) spells it \($0)" })
                    .located(in: call.source)
            }
            return framework
        }
        return call.prefixFramework
    }

    private static func resolve(_ call: LayerCall, framework: Framework) throws(ModelError) -> LayerType {
        let types = LayerCatalog.types(named: call.name)
        if let type = types.first(where: { $0.framework == (call.prefixFramework ?? framework) }) ?? types.first {
            return type
        }
        throw unknownLayer(call)
    }

    private static func unknownLayer(_ call: LayerCall) -> ModelError {
        var hint = "known layers include Conv2D, DepthwiseConv2D, SeparableConv2D, Conv2DTranspose, Dense, Flatten, "
            + "MaxPooling2D, BatchNormalization (Keras) and nn.Conv2d, nn.ConvTranspose2d, nn.Linear, nn.MaxPool2d, "
            + "nn.BatchNorm2d (PyTorch); run 'convtutor summary --help' for the full list"
        if NormalizationLayer.names.contains(call.name) {
            hint = "\(call.writtenName) is read from model code: write the model in a file and give it with --file"
        } else if let close = Spelling.closest(to: call.name, among: LayerCatalog.all.map(\.name)) {
            hint = "did you mean \(close)?"
        }
        return ModelError("unknown layer '\(call.writtenName.excerpt)'", at: call.nameSpan, hint: hint).located(in: call.source)
    }

    private static func suggestion(for name: String, in framework: Framework) -> String? {
        LayerCatalog.all.first { $0.framework == framework && $0.name.lowercased() == name.lowercased() }?.name
    }

    // MARK: - Input shape

    private static func assemble(_ layers: [LayerSpec], framework: Framework, inputShape: TensorShape?) throws(ModelError) -> Model {
        var declared: (shape: TensorShape, layer: LayerSpec)?
        for (index, layer) in layers.enumerated() {
            if case .input(let shape) = layer.operation {
                guard index == 0 || layers[..<index].allSatisfy({ if case .input = $0.operation { true } else { false } }) else {
                    throw locatedError("Input must come before the other layers", layer: layer,
                                       hint: "move Input(shape=…) to the top")
                }
                declared = (shape, layer)
            } else if index == layers.firstIndex(where: { if case .input = $0.operation { false } else { true } }),
                      let shape = layer.declaredInputShape, declared == nil {
                declared = (shape, layer)
            }
        }
        if let inputShape, let declared, declared.shape != inputShape {
            throw locatedError("the input shape \(inputShape) given with --input disagrees with \(declared.shape) written here",
                               layer: declared.layer, hint: "give one of them, or make them agree")
        }
        guard let shape = inputShape ?? declared?.shape else {
            let example = framework == .keras ? "--input 24x24x3, or start with Input(shape=(24, 24, 3))"
                : "--input 3x24x24 (channels first, without the batch axis)"
            throw ModelError("the input shape is missing", hint: "give it: \(example)")
        }
        return Model(framework: framework, inputShape: shape, layers: layers)
    }

    private static func locatedError(_ message: String, layer: LayerSpec, hint: String) -> ModelError {
        var error = ModelError(message, at: layer.call?.span, hint: hint)
        if let call = layer.call { error = error.located(in: call.source) }
        return error
    }
}
