import ConvMath

/// Why some layers of a model cannot be derived step by step, when they cannot: a layer whose input
/// shape is unknown (a pasted `print(model)` shows no forward pass), or a layer with weights that
/// neither its operation nor `LayerAnalysis.held` describes, which no derivation could explain.
/// `explain` and `demo` both ask it before they derive anything.
public enum DerivationRefusal {
    /// The reason the layers at `rows` cannot be derived, or nil when all of them can.
    public static func reason(_ analysis: ModelAnalysis, rows: [Int]) -> ModelError? {
        let names = { SummaryReport(analysis).names }
        if let weighted = rows.first(where: {
            let layer = analysis.layers[$0]
            return layer.spec.operation == .elementwise && layer.result.held == nil && layer.result.parameters.total > 0
        }) {
            let layer = analysis.layers[weighted]
            return ModelError("convtutor does not derive \(layer.spec.type.name) yet ('\(names()[weighted])'); summary counts it",
                              hint: "derive another layer with explain --layer, or see its count with 'convtutor summary'")
        }
        guard let unknown = rows.first(where: { !analysis.layers[$0].shapeKnown }) else { return nil }
        return ModelError("the input of '\(names()[unknown])' is not known, and its derivation starts from it",
                          hint: analysis.inputShapeKnown
                            ? "print(model) does not show what forward does before it; derive a layer before it with explain --layer, or give the model's source with --file"
                            : "give the input shape with --input (channels first, without the batch axis)")
    }
}
