import ConvMath

/// One number a classroom slide's question gives, to be shown large before any step: the input
/// (`24×24×3`), the filters and their kernel (`10 × 3×3`), the units of a dense layer.
public struct DemoGiven: Sendable, Equatable {
    /// What the number is, in words: `input`, `filters`, `units`.
    public var label: String
    /// The number or shape, in digits and `×` only, so it can be drawn in large glyphs.
    public var value: String

    public init(label: String, value: String) {
        self.label = label
        self.value = value
    }

    /// What a layer's question states: the model's input, then what the layer itself is made of. Only
    /// numbers the question already says (in its sentence and its code), never one that a step works
    /// out: a layer on top of others is given the model's input, not its own, whose depth is a step.
    static func of(_ layer: AnalyzedLayer, modelInput: TensorShape) -> [DemoGiven] {
        let facts = LayerFacts(layer, index: 0)
        var givens = [DemoGiven(label: "input", value: modelInput.timesDescription)]
        switch facts.kind {
        case .convolution, .transposed, .separable:
            givens.append(DemoGiven(label: facts.filters == 1 ? "filter" : "filters", value: "\(facts.filters) × \(facts.kernelText)"))
            if facts.groups > 1 { givens.append(DemoGiven(label: "groups", value: "\(facts.groups)")) }
        case .depthwise:
            givens.append(DemoGiven(label: "kernel per channel", value: facts.kernelText))
            if facts.depthMultiplier > 1 { givens.append(DemoGiven(label: "depth multiplier", value: "\(facts.depthMultiplier)")) }
        case .dense:
            givens.append(DemoGiven(label: facts.filters == 1 ? "unit" : "units", value: "\(facts.filters)"))
        case .pooling:
            givens.append(DemoGiven(label: "pool", value: facts.kernelText))
        case .batchNormalization, .flatten:
            break
        case .other:
            switch facts.held {
            case .layerNormalization(let sizes, _, _)? where facts.framework == .pytorch:
                givens.append(DemoGiven(label: "normalized shape", value: sizes.map(String.init).joined(separator: "×")))
            case .groupNormalization(let groups, _, _, _)?:
                givens.append(DemoGiven(label: "groups", value: "\(groups)"))
            case .embedding(let count, let dimension)?:
                givens.append(DemoGiven(label: "table", value: "\(count) × \(dimension)"))
            default:
                break
            }
        }
        return givens
    }

    /// What a question that hides one of its layer's sizes gives instead: the parameter count and
    /// every other size, never the hidden one. Nil for any other question, whose givens are its layer's.
    static func of(_ question: Question) -> [DemoGiven]? {
        guard case .unknown(let unknown) = question.target else { return nil }
        let facts = LayerFacts(question.focus, index: 0)
        let layout = question.analysis.framework.channelLayout
        var givens = [unknown == .inputDepth
            ? DemoGiven(label: "input, depth unknown", value: question.focus.inputShape.spatial(layout).map(String.init).joined(separator: "×"))
            : DemoGiven(label: "input", value: question.focus.inputShape.timesDescription)]
        if unknown != .filters { givens.append(DemoGiven(label: facts.filters == 1 ? "filter" : "filters", value: "\(facts.filters)")) }
        if unknown != .kernelSize { givens.append(DemoGiven(label: "kernel", value: facts.kernelText)) }
        givens.append(DemoGiven(label: "parameters", value: "\(facts.total)"))
        return givens
    }
}
