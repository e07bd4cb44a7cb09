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

    public init(_ analysis: ModelAnalysis, dataType: DataType = .float32) {
        self.analysis = analysis
        self.dataType = dataType
        let generated = LayerNaming.names(for: analysis.layers, framework: analysis.framework)
        self.names = zip(analysis.layers, generated).map { layer, name in layer.path ?? name }
    }

    /// The table as text, fitted to `width` columns when given (shapes wrap, never truncate).
    public func text(width: Int?, unicode: Bool = true) -> String {
        let table = TextTable(
            columns: [
                .init(analysis.framework == .keras ? "Layer (type)" : "Layer", breakAfter: [" ", "_", "-"], minimumWidth: 10),
                .init("Output Shape", breakAfter: [","], minimumWidth: 6),
                .init("Param #", alignRight: true, minimumWidth: 7),
                .init("Formula", breakAfter: ["+"], minimumWidth: 8),
            ],
            rows: analysis.layers.indices.map { index in
                let layer = analysis.layers[index]
                let formula = layer.result.parameters.total == 0 ? "" : layer.result.formula.rendered(unicode ? .pretty : .ascii)
                let name = analysis.framework == .keras || layer.path != nil
                    ? "\(names[index]) (\(layer.spec.type.name))" : names[index]
                return [
                    name,
                    layer.result.outputShape.description,
                    layer.sharedCall ? "(shared)" : NumberFormat.grouped(layer.result.parameters.total),
                    formula,
                ]
            },
            shrinkOrder: [3, 0, 1])
        let heavy: Character = unicode ? "━" : "="
        let ruleWidth = table.totalWidth(fitting: width)
        let named = analysis.modelName.map { " \($0)" } ?? ""
        let title = "\(analysis.framework.displayName) model\(named), input \(analysis.inputShape) (\(layoutNote))"
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
        footer.append("Multiply-accumulates per sample: \(NumberFormat.grouped(analysis.multiplyAccumulates))")
        footer.append(activationLine(memory))
        for line in footer {
            lines += width.map { WordWrap.lines(line, width: $0) } ?? [line]
        }
        return lines.joined(separator: "\n")
    }

    /// "Activations for one input: 9,690 values (37.85 KB in float32)": every layer's output, added up.
    private func activationLine(_ memory: MemoryFootprint?) -> String {
        guard let memory else { return "Activations for one input: too many values to count in 64 bits" }
        return "Activations for one input: \(NumberFormat.counted(memory.activationValues, "value")) "
            + "(\(ByteSize.readable(memory.activationBytes)) in \(dataType.rawValue))"
    }

    private var layoutNote: String {
        analysis.framework == .keras ? "channels last, batch axis left out" : "channels first, batch axis left out"
    }

    /// The JSON export: the documented keys first, in this order, then extra ones.
    public func json() -> JSONValue {
        .object([
            ("framework", .string(analysis.framework.rawValue)),
            ("input_shape", .array(analysis.inputShape.dimensions.map(JSONValue.integer))),
            ("layers", .array(analysis.layers.indices.map { index in
                let layer = analysis.layers[index]
                let result = layer.result
                return .object([
                    ("type", .string(layer.spec.type.name)),
                    ("output_shape", .array(result.outputShape.dimensions.map(JSONValue.integer))),
                    ("params", .integer(result.parameters.total)),
                    ("trainable_params", .integer(result.parameters.trainable)),
                    ("non_trainable_params", .integer(result.parameters.nonTrainable)),
                    ("formula", .string(result.formula.rendered(.ascii))),
                    ("name", .string(names[index])),
                    ("input_shape", .array(layer.inputShape.dimensions.map(JSONValue.integer))),
                    ("weights", .array(result.weights.map { weight in
                        .object([
                            ("name", .string(weight.name)),
                            ("shape", .array(weight.shape.map(JSONValue.integer))),
                            ("trainable", .bool(weight.trainable)),
                            ("buffer", .bool(weight.isBuffer)),
                        ])
                    })),
                    ("macs", .integer(result.multiplyAccumulates)),
                ] + (layer.path.map { [("path", JSONValue.string($0))] } ?? [])
                  + (layer.sharedCall ? [("shared", JSONValue.bool(true))] : []))
            })),
            ("total_params", .integer(analysis.parameters.total)),
            ("trainable_params", .integer(analysis.parameters.trainable)),
            ("non_trainable_params", .integer(analysis.parameters.nonTrainable)),
            ("output_shape", .array(analysis.outputShape.dimensions.map(JSONValue.integer))),
            ("macs", .integer(analysis.multiplyAccumulates)),
        ] + (analysis.modelName.map { [("model", JSONValue.string($0))] } ?? []) + memoryJSON)
    }

    /// The sizes in memory, in bytes; left out when one does not fit in 64 bits.
    private var memoryJSON: [(String, JSONValue)] {
        guard let memory = try? MemoryFootprint(analysis, dataType: dataType) else { return [] }
        return [
            ("dtype", .string(dataType.rawValue)),
            ("bytes_per_value", .integer(dataType.bytes)),
            ("params_bytes", .integer(memory.parameterBytes)),
            ("trainable_params_bytes", .integer(memory.trainableBytes)),
            ("non_trainable_params_bytes", .integer(memory.nonTrainableBytes)),
            ("activation_values", .integer(memory.activationValues)),
            ("activation_bytes", .integer(memory.activationBytes)),
        ]
    }
}
