import ConvMath

extension DerivationBuilder {
    /// A 1×1 reduction before a wide convolution: what the wide convolution would cost directly on
    /// the model's input, what each layer of the path costs, their sum, and the difference.
    mutating func bottleneck(_ target: QuestionTarget) throws(Overflow) -> TargetResult {
        let wide = model.focus
        let path = model.layers.filter { $0.kind == .convolution && $0.index <= wide.index }
        var steps: [DerivationStep] = []
        var directCost: (expression: StepExpression, value: Int)?
        if target != .modelMultiplyAccumulates {
            let direct = try self.direct(wide)
            steps.append(direct.step)
            directCost = (direct.expression, direct.value)
            if target == .directMultiplyAccumulates {
                return TargetResult(headline: "\(wide.typeName) of \(wide.kernelText) directly on an input of "
                                        + model.inputShape.timesDescription,
                                    steps: steps, answer: direct.value,
                                    closing: direct.expression.shown(as: direct.value))
            }
        }
        var terms: [StepExpression] = []
        var expressions: [StepExpression] = []
        var last = 0
        for f in path {
            let cost = try layerCost(f, reduction: f.index < wide.index)
            steps.append(cost.step)
            terms.append(.named("layer \(f.index + 1)", cost.value))
            expressions.append(cost.expression)
            last = cost.value
        }
        let pathExpression = StepExpression.plus(terms)
        var earlier: [Quantity: Int] = [.multiplyAccumulates: last]
        // Asked for the path alone, the direct cost is not derived, but a learner may still give it.
        earlier[.directMultiplyAccumulates] = directCost?.value
            ?? (try? model.analyzed[wide.index].spec.analyze(model.inputShape))?.multiplyAccumulates
        let pathCost = rule(.pathMultiplyAccumulates, try value(pathExpression), wide, earlier: earlier)
        steps.append(DerivationStep(
            kind: .pathCost, layer: wide.index, title: "The path in all",
            explanation: "The reduction's work and the wide convolution's work, added up.",
            expression: pathExpression.shown(as: pathCost), unit: "MACs"))
        let headline = "A 1×1 reduction to \(plural(path.first?.filters ?? 0, "channel")), then \(plural(wide.filters, "filter")) "
            + "of \(wide.kernelText), over an input of \(model.inputShape.timesDescription)"
        let pathClosing = StepExpression.plus(expressions)
        guard target == .bottleneckSavings, let directCost else {
            return TargetResult(headline: headline, steps: steps, answer: pathCost,
                                closing: pathClosing.shown(as: pathCost))
        }
        earlier[.pathMultiplyAccumulates] = pathCost
        let savingsExpression = StepExpression.difference([.named("direct", directCost.value), .named("path", pathCost)])
        let saved = rule(.bottleneckSavings, try value(savingsExpression), wide, earlier: earlier)
        let times = pathCost > 0 && directCost.value <= Int.max - pathCost ? (directCost.value + pathCost / 2) / pathCost : 0
        steps.append(DerivationStep(
            kind: .bottleneckSavings, layer: wide.index, title: "What the reduction saves",
            explanation: "The direct cost less the path's" + (times >= 2 ? ": the path does about 1/\(times) of the work." : "."),
            expression: savingsExpression.shown(as: saved), unit: "MACs"))
        let closing = StepExpression.difference([directCost.expression, .group(pathClosing)])
        return TargetResult(headline: headline, steps: steps, answer: saved, closing: closing.shown(as: saved))
    }

    /// The wide convolution's multiply-accumulates were it applied to the model's input itself.
    private mutating func direct(_ f: LayerFacts) throws(Overflow) -> (step: DerivationStep, expression: StepExpression, value: Int) {
        let spatial = (try? model.analyzed[f.index].spec.analyze(model.inputShape))?.outputShape.spatial(f.framework.channelLayout)
            ?? f.outSpatial
        let symbols = spatial.count == 2 ? ["H′", "W′"] : spatial.count == 1 ? ["L′"] : ["T′", "H′", "W′"]
        let positions = StepExpression.times(zip(symbols, spatial).map { StepExpression.named($0.0, $0.1) })
        let depth = rule(.kernelDepth, model.inputChannels, f)
        let cells = rule(.kernelCells, f.cells, f)
        let expression = StepExpression.product([positions, .named("M", f.filters),
                                                 .group(.product(cellFactors(f, cells: cells) + [.named("D", depth)]))])
        let cost = rule(.multiplyAccumulates, try value(expression), f,
                        earlier: [.filters: f.filters, .outputPositions: try value(positions)])
        let step = DerivationStep(
            kind: .directCost, layer: f.index, title: "The \(f.kernelText) convolution directly on the input",
            explanation: "Without the reduction, its \(plural(f.filters, "filter")) would reach through all "
                + "\(plural(model.inputChannels, "channel")) of the input at each of the \(spatial.map(String.init).joined(separator: "×")) "
                + "output positions.",
            expression: expression.shown(as: cost), unit: "MACs")
        return (step, expression, cost)
    }

    /// One layer's multiply-accumulates on the path: positions · filters · (K·K·D).
    private mutating func layerCost(_ f: LayerFacts, reduction: Bool) throws(Overflow)
        -> (step: DerivationStep, expression: StepExpression, value: Int) {
        let received = channels(of: f)
        let symbols = f.outSpatial.count == 2 ? ["H′", "W′"] : f.outSpatial.count == 1 ? ["L′"] : ["T′", "H′", "W′"]
        let positionsExpression = StepExpression.times(zip(symbols, f.outSpatial).map { StepExpression.named($0.0, $0.1) })
        let positions = rule(.outputPositions, try value(positionsExpression), f)
        let depth = rule(.kernelDepth, received, f)
        let cells = rule(.kernelCells, f.cells, f)
        let filters = rule(.filters, f.filters, f)
        let expression = StepExpression.product([positionsExpression.shown(as: positions),
                                                 .named("M", filters),
                                                 .group(.product(cellFactors(f, cells: cells) + [.named("D", depth)]))])
        let cost = rule(.multiplyAccumulates, try value(expression), f,
                        earlier: [.layerTotal: f.total, .filters: filters, .outputPositions: positions])
        let title = reduction ? "Layer \(f.index + 1), the 1×1 reduction" : "Layer \(f.index + 1), the \(f.kernelText) convolution"
        let explanation = reduction
            ? "\(plural(f.filters, "filter")) of 1×1 reach through the input's \(plural(received, "channel")) at every position."
            : "Its \(plural(f.filters, "filter")) now reach through only the \(plural(received, "channel")) the reduction leaves."
        let step = DerivationStep(kind: .layerCost, layer: f.index, title: title, explanation: explanation,
                                  expression: expression.shown(as: cost), unit: "MACs")
        return (step, expression, cost)
    }
}
