import ConvMath

extension DerivationBuilder {
    /// A convolution's count read backwards to the size the question hides: the biases taken off
    /// (unless the unknown is the filters, which the biases follow), a division by what the unknown
    /// multiplies in the count, a square root for a square kernel's side, and a check that counts the
    /// layer forward, through the engine, with the size found.
    mutating func solveBackwards(_ f: LayerFacts, unknown: UnknownQuantity) throws(Overflow) -> TargetResult {
        let given = f.total
        let p = StepExpression.named("P", given)
        let m = StepExpression.named("M", f.filters)
        let d = StepExpression.named("D", f.inChannels)
        let cells = cellFactors(f, cells: f.cells)
        let slice = f.kernel.count == 2 ? "K·K" : "K"
        let forwardWeights = StepExpression.product([m, .group(.product(cells + [d]))])
        let forward = f.useBias ? StepExpression.sum([forwardWeights, m]) : forwardWeights
        let biasText = f.useBias ? "its M filters' weights and one bias per filter" : "weights alone, since the layer has no biases"
        var steps: [DerivationStep] = []

        // The weights, when the biases are not a multiple of the unknown.
        var dividend = p
        var weights = given
        if f.useBias && unknown != .filters {
            let expression = StepExpression.difference([p, m])
            weights = rule(.backwardsWeights, try value(expression), f)
            dividend = expression.shown(as: weights)
            steps.append(DerivationStep(
                kind: .backwardsWeights, layer: f.index, title: "Take the biases off",
                explanation: "The count is \(forward.symbols): \(biasText). M is given, so the weights are the count less "
                    + "the \(number(f.filters)) \(f.filters == 1 ? "bias" : "biases").",
                expression: dividend, unit: "weights"))
        }

        // What the unknown multiplies.
        let divisorExpression: StepExpression, divisorTitle: String, divisorText: String
        switch unknown {
        case .filters:
            let kernel = StepExpression.product(cells + [d])
            divisorExpression = f.useBias ? .sum([kernel, .number(1)]) : kernel
            divisorTitle = "What one filter holds"
            divisorText = "The count is \(forward.symbols): \(biasText). Every filter holds the same "
                + (f.useBias ? "\(f.kernelText)×\(f.inChannels) kernel and one bias" : "\(f.kernelText)×\(f.inChannels) kernel")
                + ", so the count is M times what one filter holds."
        case .inputDepth:
            divisorExpression = .product([m] + cells)
            divisorTitle = "What one input channel adds"
            divisorText = "The weights are \(forwardWeights.symbols). Each channel of the input adds a \(f.kernelText) slice "
                + "to the kernel of every filter, so the weights are D times M·\(slice)."
        case .kernelSize:
            divisorExpression = .product([m, d])
            divisorTitle = "How many kernel slices there are"
            divisorText = "The weights are \(forwardWeights.symbols). Each of the M filters has a slice of \(slice) cells "
                + "for each of the D input channels, so the weights are \(slice) times M·D."
        }
        let divisor = rule(.backwardsDivisor, try value(divisorExpression), f)
        let divisorShown = divisorExpression.shown(as: divisor)
        steps.append(DerivationStep(kind: .backwardsDivisor, layer: f.index, title: divisorTitle, explanation: divisorText,
                                    expression: divisorShown))

        // The division, and for a square kernel the square root.
        guard divisor > 0 else { throw Overflow() }
        let exact = weights % divisor == 0
        guard exact || !rules.isRight else { throw Overflow() }
        // A mistake's inexact division, rounded to the nearest whole number.
        let quotient = exact ? weights / divisor : weights / divisor + (2 * (weights % divisor) >= divisor ? 1 : 0)
        let division: StepExpression = exact ? .quotient(dividend, divisorShown) : .number(quotient)
        let what = unknown == .filters ? "count" : "weights"
        var found: Int
        var closing = division
        if unknown == .kernelSize && f.kernel.count == 2 {
            steps.append(DerivationStep(
                kind: .kernelArea, layer: f.index, title: "Divide the weights by the slices",
                explanation: "What is left is the cells of one slice, K·K.", expression: division))
            let root = StepExpression.squareRoot(.named("K·K", quotient))
            let nearest = root.result ?? Self.nearestRoot(quotient)
            found = rule(.backwardsUnknown, nearest, f, earlier: [.kernelArea: quotient])
            closing = .squareRoot(division)
            steps.append(DerivationStep(
                kind: .solvedUnknown, layer: f.index, title: "Take the square root",
                explanation: "The kernel is square, so its side K is the number whose square is K·K.",
                expression: root.shown(as: found)))
        } else {
            found = rule(.backwardsUnknown, quotient, f)
            steps.append(DerivationStep(
                kind: .solvedUnknown, layer: f.index, title: "Divide the \(what) by \(divisorTitle.lowercasedFirst)",
                explanation: "Only \(unknown.symbol) is unknown, so it is the \(what) divided by the number it multiplies.",
                expression: found == quotient ? division : .number(found)))
        }

        steps.append(DerivationStep(kind: .backwardsCheck, layer: f.index, title: "Check: count the layer forward",
                                    explanation: try check(f, unknown: unknown, found: found),
                                    expression: .named(unknown.symbol, found)))
        let headline = Self.backwardsHeadline(f, unknown: unknown)
        return TargetResult(headline: headline, steps: steps, answer: found,
                            closing: closing.result == found ? closing : .named(unknown.symbol, found))
    }

    /// The check, in words: the engine counts the layer again with the size found, and with the
    /// right rules must arrive at the count given (otherwise there is no derivation).
    private func check(_ f: LayerFacts, unknown: UnknownQuantity, found: Int) throws(Overflow) -> String {
        guard rules.isRight else { return "With \(unknown.symbol) = \(number(found)) the layer would not have the count given." }
        let layer = model.analyzed[f.index]
        guard case .convolution(var convolution) = layer.spec.operation else { throw Overflow() }
        var input = layer.inputShape
        let layout = f.framework.channelLayout
        switch unknown {
        case .filters: convolution.filters = found
        case .kernelSize: convolution.kernelSize = Array(repeating: found, count: convolution.rank)
        case .inputDepth:
            input = .with(spatial: input.spatial(layout), channels: found, layout: layout)
            convolution.declaredInChannels = convolution.declaredInChannels.map { _ in found }
        }
        let spec = LayerSpec(type: layer.spec.type, operation: .convolution(convolution))
        guard let result = try? convolution.analyze(input), result.parameters.total == f.total else { throw Overflow() }
        let again = AnalyzedLayer(spec: spec, inputShape: input, result: result)
        var builder = DerivationBuilder(model: ModelFacts(framework: f.framework, inputShape: input, layers: [again], focus: 0))
        let counted = try builder.count(LayerFacts(again, index: 0), channels: LayerFacts(again, index: 0).inChannels)
        guard counted.total == f.total else { throw Overflow() }
        return "Counted forward with \(unknown.symbol) = \(number(found)), the layer has \(counted.expression.numbers) = "
            + "\(plural(counted.total, "parameter")): the count the question gives."
    }

    /// "A Conv2D of M filters of 3×3 over a 24×24×3 input, with biases, has 280 parameters": every
    /// size but the hidden one.
    static func backwardsHeadline(_ f: LayerFacts, unknown: UnknownQuantity) -> String {
        let kernel = unknown == .kernelSize ? (f.kernel.count == 2 ? "K×K" : "K") : f.kernelText
        let filters = unknown == .filters ? "M filters" : plural(f.filters, "filter")
        let depth = unknown == .inputDepth ? "D" : "\(f.inChannels)"
        let input = f.framework == .keras ? "\(f.inSpatialText)×\(depth)" : "\(depth)×\(f.inSpatialText)"
        return "A \(f.typeName) of \(filters) of \(kernel) over a \(input) input, \(f.useBias ? "with" : "without") biases, "
            + "has \(plural(f.total, "parameter")): what is \(unknown.symbol)?"
    }

    /// The whole number nearest the square root of `value`, as a learner would round it.
    static func nearestRoot(_ value: Int) -> Int {
        guard let root = StepExpression.floorSquareRoot(value), value > 0 else { return 0 }
        return value - root * root > (root + 1) * (root + 1) - value ? root + 1 : root
    }
}
