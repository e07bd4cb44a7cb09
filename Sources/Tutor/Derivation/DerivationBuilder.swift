import ConvMath

/// Builds derivations, with the right rules or with mistakes in their place: of one layer for
/// `explain`, and of the quantity a question asks for. Every number a step shows is computed from
/// the step's own expression, and every quantity goes through `rules`, so a mistake's wrong number
/// is this same derivation run with the mistake's rule.
struct DerivationBuilder {
    let model: ModelFacts
    var rules: DerivationRules
    /// Whether the steps' words are written: a run for its numbers alone (a mistake's, to find the
    /// wrong answer it leads to) leaves them empty.
    var composesText = true

    init(model: ModelFacts, rules: DerivationRules = .right) {
        self.model = model
        self.rules = rules
    }

    /// A number a rule computed did not fit in 64 bits: the run has no result.
    struct Overflow: Error {}

    /// The count of one layer: its steps, the whole count as one expression, and its value.
    struct LayerCount {
        var headline: String
        var steps: [DerivationStep]
        /// `M·(K·K·D) + M` with the layer's numbers.
        var expression: StepExpression
        var total: Int
    }

    /// A step's words, or nothing in a run for numbers alone.
    func text(_ words: @autoclosure () -> String) -> String {
        composesText ? words() : ""
    }

    func value(_ expression: StepExpression) throws(Overflow) -> Int {
        guard let result = expression.result else { throw Overflow() }
        return result
    }

    mutating func rule(_ quantity: Quantity, _ correct: Int, _ layer: LayerFacts, earlier: [Quantity: Int] = [:]) -> Int {
        rules.value(quantity, correct, at: layer, in: model, earlier: earlier)
    }

    // MARK: - One layer

    /// The steps that count a layer's parameters, given the channels it receives.
    mutating func count(_ layer: LayerFacts, channels: Int) throws(Overflow) -> LayerCount {
        switch layer.kind {
        case .convolution: return try convolution(layer, channels: channels)
        case .transposed: return try transposed(layer, channels: channels)
        case .depthwise: return try depthwise(layer, channels: channels)
        case .separable: return try separable(layer, channels: channels)
        case .dense: return try dense(layer, inputs: layer.inputs)
        case .batchNormalization: return try batchNormalization(layer, channels: layer.filters)
        case .pooling, .flatten, .other:
            if let held = layer.held { return try heldWeights(layer, held) }
            return noWeights(layer)
        }
    }

    /// A layer's whole derivation, as `explain` shows it: the count, then the output shape.
    mutating func explanation(of layer: LayerFacts) throws(Overflow) -> LayerCount {
        var count = try self.count(layer, channels: layer.inChannels)
        count.steps.append(try shapeStep(layer))
        return count
    }

    // MARK: - Shared steps

    func biasStep(_ layer: LayerFacts, count: Int, per owner: String) -> DerivationStep {
        guard layer.useBias else {
            let argument = layer.framework == .keras ? "use_bias=False" : "bias=False"
            return DerivationStep(kind: .biases, layer: layer.index, title: "No biases",
                                  explanation: text("The layer was built with \(argument), so it adds no biases."),
                                  expression: .number(count))
        }
        return DerivationStep(kind: .biases, layer: layer.index, title: text("One bias per \(owner)"),
                              explanation: text("Each \(owner) adds one bias to everything it computes."),
                              expression: .named("M", count))
    }

    func totalStep(_ layer: LayerFacts, weights: Int, biases: Int, total: Int) -> DerivationStep {
        let shapes = !composesText ? "" : model.analyzed[layer.index].result.weights.filter { !$0.isBuffer }
            .map { "\($0.name) \($0.shapeDescription)" }.joined(separator: " + ")
        var explanation = shapes.isEmpty ? "" : "\(layer.framework.displayName) stores this as \(shapes)."
        if layer.frozen { explanation += " trainable=False keeps them all, as non-trainable parameters." }
        let expression: StepExpression = layer.useBias || biases > 0
            ? .sum([.named("weights", weights), .named("biases", biases)]) : .named("weights", weights)
        return DerivationStep(kind: .total, layer: layer.index, title: "Total", explanation: explanation,
                              expression: expression.shown(as: total), unit: "parameters")
    }

    func noWeights(_ layer: LayerFacts) -> LayerCount {
        let explanation: String
        switch layer.kind {
        case .pooling:
            explanation = "Pooling takes the \(layer.typeName.contains("Max") ? "maximum" : "average") of each window; it learns nothing."
        case .flatten: explanation = "Flatten only rearranges the values into one long axis; it learns nothing."
        default:
            if layer.typeName.contains("Global") {
                explanation = "Global pooling takes one maximum or average per channel; it learns nothing."
            } else if layer.typeName.contains("Adaptive") {
                explanation = "Adaptive pooling picks its window so that the output has the size asked for; it learns nothing."
            } else if MergeKind(layer.typeName) == .joining {
                explanation = "\(layer.typeName) joins its inputs end to end along one axis; it learns nothing."
            } else if MergeKind(layer.typeName) == .elementwise {
                explanation = "\(layer.typeName) combines its inputs value by value; it learns nothing."
            } else if layer.typeName == "Lambda" {
                explanation = "Lambda runs a function on its input, and Keras keeps no weights in it."
            } else if layer.outputShape != layer.inputShape {
                explanation = "\(layer.typeName) only moves, copies or pads values; it learns nothing."
            } else {
                explanation = "\(layer.typeName) works on each value on its own and has no weights."
            }
        }
        let step = DerivationStep(kind: .noWeights, layer: layer.index, title: "No weights", explanation: explanation,
                                  expression: .number(0), unit: "parameters")
        return LayerCount(headline: "\(layer.typeName) on an input of \(layer.inputText)", steps: [step],
                          expression: .number(0), total: 0)
    }

    /// `K·K` for a square kernel, `KH·KW` for a rectangle, `KD·KH·KW` in 3-D, `K` in 1-D.
    static func kernelSymbols(_ kernel: [Int]) -> [String] {
        switch kernel.count {
        case 1: return ["K"]
        case 2: return kernel[0] == kernel[1] ? ["K", "K"] : ["KH", "KW"]
        default: return Set(kernel).count == 1 ? ["K", "K", "K"] : ["KD", "KH", "KW"]
        }
    }

    /// The kernel's cells as named factors, or one number when a rule changed them.
    func cellFactors(_ layer: LayerFacts, cells: Int) -> [StepExpression] {
        guard cells == layer.cells else { return [.named("cells", cells)] }
        return zip(Self.kernelSymbols(layer.kernel), layer.kernel).map { StepExpression.named($0.0, $0.1) }
    }
}
