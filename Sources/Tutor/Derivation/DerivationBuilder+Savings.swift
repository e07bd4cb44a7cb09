import ConvMath

extension DerivationBuilder {
    /// A separable convolution beside the standard one it replaces: the standard count, and for the
    /// savings the separable count and the difference.
    mutating func separableComparison(_ f: LayerFacts, savings: Bool) throws(Overflow) -> TargetResult {
        let channels = f.inChannels
        let depth = rule(.kernelDepth, channels, f)
        let cells = rule(.kernelCells, f.cells, f)
        let perKernel = StepExpression.product(cellFactors(f, cells: cells) + [.named("D", depth)])
        let weightsExpression = StepExpression.product([.named("M", f.filters), .group(perKernel)])
        let standardExpression = f.useBias ? StepExpression.sum([weightsExpression, .named("M", f.filters)]) : weightsExpression
        let standard = rule(.standardTotal, try value(standardExpression), f)
        let biasText = f.useBias ? ", and one bias each" : "; like the separable one, it has no biases"
        var steps = [
            DerivationStep(
                kind: .kernelDepth, layer: f.index, title: "A standard kernel is as deep as its input",
                explanation: "The standard convolution does the spatial filtering and the mixing of channels in one kernel, so each "
                    + "of its kernels reaches through all \(plural(channels, "channel")) of the input: \(f.kernelText)×\(channels).",
                expression: .named("kernel depth = D", depth)),
            DerivationStep(
                kind: .standardCount, layer: f.index, title: "The standard convolution",
                explanation: "Each of its \(plural(f.filters, "filter")) has a kernel of \(f.kernelText)×\(depth)\(biasText).",
                expression: standardExpression.shown(as: standard), unit: "parameters"),
        ]
        let headline = "A standard \(f.kernelText) convolution from \(channels) to \(plural(f.filters, "channel")) over an input of "
            + "\(f.inputText), and its depthwise-separable version"
        guard savings else {
            return TargetResult(headline: headline, steps: steps, answer: standard,
                                closing: standardExpression.shown(as: standard))
        }
        let separable = try self.separable(f, channels: channels)
        // The separable picture draws a bias on each pointwise filter, so it is only shown where there are biases.
        steps += separable.steps.map { step in
            var shown = step
            if !f.useBias { shown.diagram = nil }
            return shown
        }
        let savingsExpression = StepExpression.difference([.named("standard", standard), .named("separable", separable.total)])
        let saved = rule(.savings, try value(savingsExpression), f,
                         earlier: [.standardTotal: standard, .layerTotal: separable.total])
        var explanation = "The separable convolution keeps the same output with far fewer weights: the standard count less the "
            + "separable one." + (f.useBias ? " Both have one bias per filter, so the biases cancel out." : "")
        if !f.useBias, f.depthMultiplier == 1, let share = percent(separable.total, of: standard) {
            explanation += " In general the separable weights are 1/M + 1/(K·K) of the standard ones: here 1/\(f.filters) + "
                + "1/\(f.cells), about \(share) in 100."
        }
        steps.append(DerivationStep(kind: .savings, layer: f.index, title: "How many fewer", explanation: explanation,
                                    expression: savingsExpression.shown(as: saved),
                                    unit: "parameters fewer"))
        let closing = StepExpression.difference([standardExpression, .group(separable.expression)])
        return TargetResult(headline: headline, steps: steps, answer: saved, closing: closing.shown(as: saved))
    }

    /// `part` as a whole percentage of `whole`, rounded; nil when `whole` is not positive.
    private func percent(_ part: Int, of whole: Int) -> Int? {
        guard whole > 0, part >= 0, part <= Int.max / 200 else { return nil }
        return (part * 200 + whole) / (2 * whole)
    }
}
