import ConvMath
import StyledText

/// The `summary` command's output: a table in the spirit of Keras' `model.summary()` with a column
/// that shows how each count is obtained, then the totals with their size in memory, as Keras
/// writes them, and the size of the layers' outputs for one input.
public struct SummaryReport: Sendable {
    public var analysis: ModelAnalysis
    public var names: [String]
    /// How each value is stored, for the sizes in memory.
    public var dataType: DataType
    /// The table's rows: the layers, under headings for the modules they sit in, or folded to `depth`.
    public var rows: [SummaryRow]

    /// `depth`: fold modules nested deeper than this into one row each (`--depth`).
    public init(_ analysis: ModelAnalysis, dataType: DataType = .float32, depth: Int? = nil) {
        self.analysis = analysis
        self.dataType = dataType
        let generated = LayerNaming.names(for: analysis.layers, framework: analysis.framework)
        self.names = zip(analysis.layers, generated).map { layer, name in layer.path ?? name }
        self.rows = SummaryRow.rows(analysis, names: names, depth: depth)
    }

    /// The table as text, fitted to `width` columns when given (shapes wrap, never truncate).
    public func text(width: Int?, unicode: Bool = true) -> String {
        let connected = analysis.framework == .keras && analysis.branches
        var columns: [TextTable.Column] = [
            .init(analysis.framework == .keras ? "Layer (type)" : "Layer", breakAfter: [" ", "_", "-", "."], minimumWidth: 10),
            .init("Output Shape", breakAfter: [","], minimumWidth: 6),
            .init("Param #", alignRight: true, minimumWidth: 7),
            .init("Formula", breakAfter: ["+"], minimumWidth: 8),
        ]
        if connected { columns.insert(.init("Connected to", breakAfter: [",", " "], minimumWidth: 8), at: 3) }
        let table = TextTable(
            columns: columns,
            rows: rows.map { row in
                var cells = cells(row, unicode: unicode)
                if connected {
                    var sources = ""
                    if case .layer(let index) = row.kind { sources = connections(index).joined(separator: ", ") }
                    cells.insert(sources, at: 3)
                }
                return cells
            },
            shrinkOrder: connected ? [4, 3, 0, 1] : [3, 0, 1])
        let heavy: Character = unicode ? "━" : "="
        let ruleWidth = table.totalWidth(fitting: width)
        let named = analysis.modelName.map { " \($0)" } ?? ""
        let title = analysis.inputShapeKnown
            ? "\(analysis.framework.displayName) model\(named), input \(analysis.inputShape) (\(layoutNote))"
            : "\(analysis.framework.displayName) model\(named), input shape not given"
        var lines = width.map { WordWrap.lines(title, width: $0) } ?? [title]
        lines.append(String(repeating: heavy, count: ruleWidth))
        lines += table.render(width: width, rule: unicode ? "─" : "-")
        lines.append(String(repeating: heavy, count: ruleWidth))
        let totals = analysis.parameters
        let memory = try? MemoryFootprint(analysis, dataType: dataType)
        let size = { (bytes: Int?) in bytes.map { " (\(ByteSize.readable($0)))" } ?? " (too large to size in 64 bits)" }
        var footer = [
            "Total params: \(NumberFormat.grouped(totals.total))" + size(memory?.parameterBytes),
            "Trainable params: \(NumberFormat.grouped(totals.trainable))" + size(memory?.trainableBytes),
            "Non-trainable params: \(NumberFormat.grouped(totals.nonTrainable))" + size(memory?.nonTrainableBytes),
        ]
        if analysis.framework == .pytorch, analysis.layers.contains(where: { $0.result.weights.contains(where: \.isBuffer) }) {
            footer.append("(BatchNorm's running mean and variance are buffers in PyTorch, not parameters)")
        }
        footer.append(analysis.shapesKnown ? "Multiply-accumulates per sample: \(NumberFormat.grouped(analysis.multiplyAccumulates))"
                      : "Multiply-accumulates per sample: unknown, since some shapes are")
        footer.append(activationLine(memory))
        footer += analysis.notes.map { "Note: \($0)." }
        for line in footer {
            lines += width.map { WordWrap.lines(line, width: $0) } ?? [line]
        }
        return lines.joined(separator: "\n")
    }

    /// "Activations for one input: 9,690 values (37.85 KB in float32)": every layer's output, added up.
    private func activationLine(_ memory: MemoryFootprint?) -> String {
        guard analysis.shapesKnown else { return "Activations for one input: unknown, since some shapes are" }
        guard let memory else { return "Activations for one input: too many values to count in 64 bits" }
        return "Activations for one input: \(NumberFormat.counted(memory.activationValues, "value")) "
            + "(\(ByteSize.readable(memory.activationBytes)) in \(dataType.rawValue))"
    }

    /// A row's name, output shape, count and formula.
    private func cells(_ row: SummaryRow, unicode: Bool) -> [String] {
        let indent = String(repeating: "  ", count: row.depth)
        let named = analysis.framework == .keras || row.path != nil
        let name = indent + (named ? "\(row.name) (\(row.typeName))" : row.name)
        switch row.kind {
        case .module:
            return [name, "", "", ""]
        case .layer(let index):
            let layer = analysis.layers[index]
            let formula = layer.result.parameters.total == 0 ? "" : layer.result.formula.rendered(unicode ? .pretty : .ascii)
            return [
                name,
                layer.shapeKnown ? layer.result.outputShape.description : "unknown",
                layer.sharedCall ? "(shared)" : NumberFormat.grouped(layer.result.parameters.total),
                formula,
            ]
        case .folded(let members):
            return [
                name,
                row.outputShape?.description ?? "",
                row.shared ? "(shared)" : NumberFormat.grouped(row.parameters?.total ?? 0),
                "sum of \(members.count) \(members.count == 1 ? "call" : "calls")",
            ]
        }
    }

    /// What a layer's inputs come from, as Keras writes it: `conv2d[0][0], input_layer[0][0]`.
    public func connections(_ index: Int) -> [String] {
        analysis.layers[index].inputSources.map { source in
            switch source {
            case .row(let row): return "\(names[row])[0][0]"
            case .modelInput(let input): return "\(analysis.inputNames.indices.contains(input) ? analysis.inputNames[input] : "input_layer")[0][0]"
            case .operation: return "(an operation)"
            }
        }
    }

    private var layoutNote: String {
        analysis.framework == .keras ? "channels last, batch axis left out" : "channels first, batch axis left out"
    }

    /// The JSON export: the documented keys first, in this order, then extra ones.
    public func json() -> JSONValue {
        .object([
            ("framework", .string(analysis.framework.rawValue)),
            ("input_shape", analysis.inputShapeKnown ? .array(analysis.inputShape.dimensions.map(JSONValue.integer)) : .null),
            ("layers", .array(rows.compactMap { row -> JSONValue? in
                guard case .layer(let index) = row.kind else { return foldedJSON(row) }
                let layer = analysis.layers[index]
                let result = layer.result
                return .object([
                    ("type", .string(layer.spec.type.className)),
                    ("output_shape", layer.shapeKnown ? .array(result.outputShape.dimensions.map(JSONValue.integer)) : .null),
                    ("params", .integer(result.parameters.total)),
                    ("trainable_params", .integer(result.parameters.trainable)),
                    ("non_trainable_params", .integer(result.parameters.nonTrainable)),
                    ("formula", .string(result.formula.rendered(.ascii))),
                    ("name", .string(names[index])),
                    ("input_shape", layer.shapeKnown ? .array(layer.inputShape.dimensions.map(JSONValue.integer)) : .null),
                    ("weights", .array(result.weights.map { weight in
                        .object([
                            ("name", .string(weight.name)),
                            ("shape", .array(weight.shape.map(JSONValue.integer))),
                            ("trainable", .bool(weight.trainable)),
                            ("buffer", .bool(weight.isBuffer)),
                        ])
                    })),
                    ("macs", .integer(result.multiplyAccumulates)),
                ] + (layer.path.map { [("path", JSONValue.string($0)), ("depth", JSONValue.integer(row.depth))] } ?? [])
                  + (analysis.framework == .keras && analysis.branches
                     ? [("connected_to", JSONValue.array(connections(index).map(JSONValue.string)))] : [])
                  + (layer.sharedCall ? [("shared", JSONValue.bool(true))] : []))
            })),
            ("total_params", .integer(analysis.parameters.total)),
            ("trainable_params", .integer(analysis.parameters.trainable)),
            ("non_trainable_params", .integer(analysis.parameters.nonTrainable)),
            ("output_shape", analysis.shapesKnown ? .array(analysis.outputShape.dimensions.map(JSONValue.integer)) : .null),
            ("macs", analysis.shapesKnown ? .integer(analysis.multiplyAccumulates) : .null),
        ] + (analysis.modelName.map { [("model", JSONValue.string($0))] } ?? []) + memoryJSON)
    }

    /// The sizes in memory, in bytes; left out when one does not fit in 64 bits, and the activations
    /// null when some shapes are unknown.
    private var memoryJSON: [(String, JSONValue)] {
        guard let memory = try? MemoryFootprint(analysis, dataType: dataType) else { return [] }
        return [
            ("dtype", .string(dataType.rawValue)),
            ("bytes_per_value", .integer(dataType.bytes)),
            ("params_bytes", .integer(memory.parameterBytes)),
            ("trainable_params_bytes", .integer(memory.trainableBytes)),
            ("non_trainable_params_bytes", .integer(memory.nonTrainableBytes)),
            ("activation_values", analysis.shapesKnown ? .integer(memory.activationValues) : .null),
            ("activation_bytes", analysis.shapesKnown ? .integer(memory.activationBytes) : .null),
        ]
    }

    /// A folded module's row in the JSON export: its class, its output and its layers' sum.
    private func foldedJSON(_ row: SummaryRow) -> JSONValue? {
        guard case .folded(let members) = row.kind, let parameters = row.parameters else { return nil }
        return .object([
            ("type", .string(row.typeName)),
            ("output_shape", .array((row.outputShape?.dimensions ?? []).map(JSONValue.integer))),
            ("params", .integer(parameters.total)),
            ("trainable_params", .integer(parameters.trainable)),
            ("non_trainable_params", .integer(parameters.nonTrainable)),
            ("name", .string(row.name)),
            ("path", .string(row.path ?? row.name)),
            ("depth", .integer(row.depth)),
            ("folded_calls", .integer(members.count)),
        ])
    }
}
