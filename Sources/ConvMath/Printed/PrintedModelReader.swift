/// Reads a PyTorch model from the text of `print(model)`. That text has no `forward`, so the layers
/// are taken in the order they are printed. Every count is exact, since a PyTorch layer's
/// arguments (`in_channels`, `in_features`, `num_features`) fix its weights; shapes follow the print
/// order from `--input` only as far as each layer takes what the one printed before it gives, and
/// are unknown from the first that does not (the forward may flatten, join or reorder there).
public enum PrintedModelReader {
    /// Whether a text is the output of `print(model)` rather than source.
    public static func looksPrinted(_ source: SourceText) -> Bool {
        PrintedModule.looksPrinted(source.text)
    }

    public static func read(_ source: SourceText, inputShape: TensorShape?) throws(ModelError) -> ModelAnalysis {
        let printed = try PrintedModule.translate(source)
        do {
            return try analyze(printed, inputShape: inputShape)
        } catch {
            throw printed.located(error)
        }
    }

    private static func analyze(_ printed: PrintedModule, inputShape: TensorShape?) throws(ModelError) -> ModelAnalysis {
        let parsed = PythonParser.parse(printed.program.text)
        if let problems = ModelError.combined(parsed.problems.map { $0.located(in: printed.program) }, first: printed.program.name) {
            throw problems
        }
        let p = PythonInterpreter(source: printed.program)
        try p.run(parsed.statements)
        if let problems = p.collectedProblems() { throw problems }
        guard case .layer(let root)? = p.globals.names["model"] else {
            throw ModelError("print(model) shows no layers").located(in: printed.original)
        }
        let paths = ModelGraph.modulePaths(of: .layer(root))
        var leaves: [LayerObject] = []
        func collect(_ object: LayerObject, path: String, depth: Int) throws(ModelError) {
            guard depth < 64 else { return }
            if case .container = object.kind {
                for child in object.children ?? [] {
                    let childPath = path.isEmpty ? child.name : path + "." + child.name
                    guard case .layer(let inner) = child.value else {
                        let line = printed.lines[childPath] ?? 1
                        let text = printed.original.line(line) ?? ""
                        let indent = text.prefix { $0 == " " || $0 == "\t" }.count
                        throw ModelError("'\(childPath)' is not a layer convtutor knows, and print(model) shows only its name, "
                                         + "so its weights are unknown",
                                         at: SourceSpan(line: line, column: indent + 1, length: max(1, text.count - indent)),
                                         hint: "give the model's source with --file, where its class is written out")
                            .located(in: printed.original)
                    }
                    try collect(inner, path: childPath, depth: depth + 1)
                }
            } else {
                leaves.append(object)
            }
        }
        try collect(root, path: "", depth: 0)
        guard !leaves.isEmpty else { throw ModelError("print(model) shows no layers").located(in: printed.original) }

        var shape = inputShape
        var rows: [AnalyzedLayer] = []
        var notes = ["print(model) shows no forward, so the layers are taken in the order they are printed"]
        var trainable = 0
        var nonTrainable = 0
        var macs = 0
        for leaf in leaves {
            let path = paths[ObjectIdentifier(leaf)] ?? leaf.typeName
            var row: AnalyzedLayer
            switch leaf.kind {
            case .layer(let spec):
                if let known = shape, let analysis = try? spec.analyze(known) {
                    row = AnalyzedLayer(spec: spec, inputShape: known, result: analysis, path: path)
                } else {
                    if let known = shape {
                        notes.append("shapes are unknown from '\(path)' (line \(leaf.span.line)) on: it does not take the \(known) "
                                     + "that the layer printed before it gives, so the forward does something there that print(model) does not show")
                    }
                    let input = standaloneInput(spec)
                    // A layer without weights counts nothing whatever it is given; one with weights is
                    // counted on an input its own arguments describe.
                    let result = spec.hasWeights ? try spec.analyze(input) : LayerAnalysis(outputShape: input)
                    row = AnalyzedLayer(spec: spec, inputShape: input, result: result, path: path)
                    row.shapeKnown = false
                }
            case .reshaping(let shaping):
                var output: TensorShape?
                if let known = shape { output = try? shaping.outputShape(known, at: leaf.span, in: p) }
                row = AnalyzedLayer(spec: shaping.spec, inputShape: shape ?? TensorShape([1]),
                                    result: LayerAnalysis(outputShape: output ?? TensorShape([1])), path: path)
                row.shapeKnown = output != nil
            case .weighted(let weighted):
                // Its count depends on the input only for the Keras layers, which print(model) never shows.
                if let known = shape, let analysis = try? weighted.analysis(known, at: leaf.span, in: p) {
                    row = AnalyzedLayer(spec: weighted.spec, inputShape: known, result: analysis, path: path)
                } else {
                    throw p.error("\(leaf.typeName) is counted from the shape it is given, which print(model) does not show here",
                                  at: leaf.span, hint: "give --input, or the model's source with --file")
                }
            default:
                throw p.error("\(leaf.typeName) is not read from print(model) yet", at: leaf.span)
            }
            shape = row.shapeKnown ? row.result.outputShape : nil
            do {
                trainable = try Exact.add(trainable, row.result.parameters.trainable)
                nonTrainable = try Exact.add(nonTrainable, row.result.parameters.nonTrainable)
                _ = try Exact.add(trainable, nonTrainable)
                if row.shapeKnown { macs = try Exact.add(macs, row.result.multiplyAccumulates) }
            } catch {
                throw p.error("the model's total does not fit in 64 bits", at: leaf.span)
            }
            rows.append(row)
        }
        if inputShape == nil {
            notes.append("shapes are unknown without --input (channels first, without the batch axis); the counts do not need them")
        }
        var analysis = ModelAnalysis(framework: .pytorch, inputShape: inputShape ?? rows[0].inputShape, layers: rows,
                                     parameters: ParameterCount(trainable: trainable, nonTrainable: nonTrainable),
                                     multiplyAccumulates: macs, finalOutputShape: nil, modelName: printed.rootType,
                                     moduleTypes: printed.moduleTypes)
        analysis.inputShapeKnown = inputShape != nil
        analysis.notes = notes
        return analysis
    }

    /// An input a layer takes, made from its own arguments: enough to count its weights, which
    /// depend on nothing else in PyTorch.
    private static func standaloneInput(_ spec: LayerSpec) -> TensorShape {
        func spatial(_ kernel: [Int], _ dilation: [Int]) -> [Int] {
            zip(kernel, dilation).map { k, d in (k - 1) * d + 1 }
        }
        switch spec.operation {
        case .convolution(let c):
            return TensorShape([c.declaredInChannels ?? c.groups] + spatial(c.kernelSize, c.dilation))
        case .transposedConvolution(let c):
            return TensorShape([c.declaredInChannels ?? c.groups] + spatial(c.kernelSize, c.dilation))
        case .dense(let d):
            return TensorShape([d.declaredInputs ?? 1])
        case .batchNormalization(let b):
            return TensorShape([b.declaredFeatures ?? 1] + Array(repeating: 1, count: b.rank ?? 2))
        default:
            return TensorShape([1, 1, 1])
        }
    }
}
