import ConvMath

extension DerivationBuilder {
    /// Whether the focus layer's windows fill the height of its input: the rows left over, and the
    /// smallest input from its own up at which they fit exactly.
    mutating func windowFit(_ f: LayerFacts, asking target: SpatialTarget) throws(Overflow) -> TargetResult {
        let n = f.inSpatial.first ?? 0, s = f.strides.first ?? 1
        let arithmetic = OutputSizeArithmetic(f, axis: 0, input: n)
        var steps: [DerivationStep] = []
        if case .sum = arithmetic.padded {
            steps.append(DerivationStep(kind: .paddedSize, layer: f.index, title: "The padded height",
                                        explanation: "The padding adds p zeros on each side: the window slides over n + 2p rows.",
                                        expression: arithmetic.padded))
        }
        let reach = arithmetic.reach.isSingleValue ? arithmetic.reach : .group(arithmetic.reach)
        let travel = StepExpression.group(.difference([arithmetic.padded, reach]))
        let travelled = try value(travel)
        let leftoverExpression = StepExpression.difference([travel, .product([.named("s", s), .floorQuotient(travel, .named("s", s))])])
        let leftover = rule(.leftoverRows, try value(leftoverExpression), f)
        let whole = travelled / max(s, 1)
        steps.append(DerivationStep(
            kind: .leftoverRows, layer: f.index, title: "Rows no window reaches",
            explanation: "After its first position the window can move \(plural(travelled, "row")) further, in steps of "
                + "\(s): (n + 2p − k)/s = \(travelled)/\(s) is \(whole)" + (travelled % s == 0 ? ", a whole number." :
                    " and \(travelled % s)/\(s), not a whole number, so (n + 2p − k)/s + 1 is not whole either. The rows past "
                    + "the last step are left over. Keras and PyTorch round down and never read them; "
                    + "by the course's convention the layer does not fit."),
            expression: leftoverExpression.shown(as: leftover),
            unit: leftover == 1 ? "row" : "rows"))
        guard target == .fittingInput else {
            return TargetResult(headline: "How \(f.typeName)'s windows fill an input of \(f.inputText)", steps: steps,
                                answer: leftover, closing: steps.last?.expression ?? .number(leftover))
        }
        let missingExpression: StepExpression = leftover > 0 ? .difference([.named("s", s), .named("r", leftover)]) : .number(0)
        let missing = rule(.missingRows, try value(missingExpression), f, earlier: [.leftoverRows: leftover])
        steps.append(DerivationStep(
            kind: .missingRows, layer: f.index, title: "Rows missing for one more step",
            explanation: "One more step of \(s) needs s − r more rows than the \(plural(leftover, "row")) left over.",
            expression: missingExpression.shown(as: missing),
            unit: missing == 1 ? "row" : "rows"))
        let fittingExpression = StepExpression.sum([.named("n", n), .named("added", missing)])
        let fitting = rule(.fittingInput, try value(fittingExpression), f, earlier: [.leftoverRows: leftover])
        let positions = (travelled + missing) / max(s, 1) + 1
        steps.append(DerivationStep(
            kind: .fittingInput, layer: f.index, title: "The smallest input that fits",
            explanation: "With \(plural(missing, "row")) more, the windows fill the input exactly: \(positions) positions, "
                + "a whole number.",
            expression: fittingExpression.shown(as: fitting)))
        return TargetResult(headline: "The smallest input from \(n) up that \(f.typeName)'s windows fit exactly", steps: steps,
                            answer: fitting, closing: fittingExpression.shown(as: fitting))
    }
}
