import ConvMath

extension DerivationBuilder {
    /// A convolution's parameters without weight sharing, from the engine's output size: every
    /// output value (position × filter) owning its kernel and its bias, as a locally connected
    /// layer would.
    mutating func unsharedParameters(_ f: LayerFacts) throws(Overflow) -> TargetResult {
        let symbols = f.outSpatial.count == 2 ? ["H′", "W′"] : f.outSpatial.count == 1 ? ["L′"] : ["T′", "H′", "W′"]
        let positionsExpression = StepExpression.times(zip(symbols, f.outSpatial).map { StepExpression.named($0.0, $0.1) })
        let positions = rule(.outputPositions, try value(positionsExpression), f)
        let depth = rule(.kernelDepth, f.kernelDepth, f)
        let cells = rule(.kernelCells, f.cells, f)
        let kernelFactors = cellFactors(f, cells: cells) + [.named(f.groups > 1 ? "D/g" : "D", depth)]
        let perValueExpression = f.useBias ? StepExpression.sum([.product(kernelFactors), .named("bias", 1)])
            : StepExpression.product(kernelFactors)
        let perValue = rule(.unsharedPerValue, try value(perValueExpression), f)
        let valuesExpression = StepExpression.product([.named("positions", positions), .named("M", f.filters)])
        let values = try value(valuesExpression)
        let unsharedExpression = StepExpression.product([.named("values", values), .named("per value", perValue)])
        let unshared = rule(.unsharedTotal, try value(unsharedExpression), f,
                            earlier: [.layerTotal: f.total, .outputPositions: positions, .unsharedPerValue: perValue])
        let shape = (f.outSpatial + [f.outChannels]).map(String.init).joined(separator: "×")
        let steps = [
            DerivationStep(kind: .outputPositions, layer: f.index, title: "Where the kernels are applied",
                           explanation: "The engine gives the layer's output as \(shape): the kernels are laid over the input "
                            + "at \(f.outSpatialText) positions.",
                           expression: positionsExpression.shown(as: positions)),
            DerivationStep(kind: .outputValues, layer: f.index, title: "Output values",
                           explanation: "Each of the \(plural(f.filters, "filter")) makes one value at every position.",
                           expression: valuesExpression),
            DerivationStep(kind: .perOutputValue, layer: f.index, title: "What one output value would own",
                           explanation: "With sharing, one \(f.kernelText)×\(depth) kernel\(f.useBias ? " and its bias" : "") serve "
                            + "every position of a filter. Without it, each output value has "
                            + (f.useBias ? "a kernel and a bias of its own." : "a kernel of its own (the layer has no biases)."),
                           expression: perValueExpression.shown(as: perValue)),
            DerivationStep(kind: .unshared, layer: f.index, title: "Without weight sharing",
                           explanation: "Every output value owns its parameters: the shared layer's \(plural(f.total, "parameter")), "
                            + "once for each of the \(NumberFormat.grouped(positions)) positions.",
                           expression: unsharedExpression.shown(as: unshared),
                           unit: "parameters"),
        ]
        let closing = StepExpression.product(zip(symbols, f.outSpatial).map { StepExpression.named($0.0, $0.1) }
            + [.named("M", f.filters), .group(perValueExpression)])
        return TargetResult(headline: "\(plural(f.filters, "filter")) of \(f.kernelText) over an input of \(f.inputText), "
                                + "without weight sharing",
                            steps: steps, answer: unshared, closing: closing.shown(as: unshared))
    }
}
