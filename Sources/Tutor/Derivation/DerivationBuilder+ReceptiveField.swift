import ConvMath

extension DerivationBuilder {
    /// A receptive field worked out layer by layer: the steps, the whole field as one sum, its value.
    struct FieldWork {
        var steps: [DerivationStep]
        var closing: StepExpression
        var size: Int
    }

    /// The derivation of a number about how a stack's windows cover its input.
    mutating func spatialTarget(_ target: SpatialTarget) throws(Overflow) -> TargetResult {
        switch target {
        case .receptiveField:
            let field = try receptiveField(through: model.focusIndex)
            return TargetResult(headline: "What one value of \(model.focus.typeName)'s output sees of the "
                                    + "\(model.inputShape.timesDescription) input",
                                steps: field.steps, answer: field.size, closing: field.closing)
        case .singleLayerWeights:
            let field = try receptiveField(through: model.focusIndex)
            let single = try singleLayer(kernel: field.size)
            return TargetResult(headline: "One convolution that sees as much as the stack", steps: field.steps + [single],
                                answer: single.result ?? 0, closing: single.expression ?? .number(single.result ?? 0))
        case .stackSaving:
            return try stackSaving()
        case .effectiveKernel:
            return try effectiveKernel(model.focus)
        case .fittingInput, .leftoverRows:
            return try windowFit(model.focus, asking: target)
        }
    }

    // MARK: - The receptive field

    /// The field of the output of `layers[focus]`: RF_l = RF_{l−1} + d·(k − 1)·J, one step per window layer.
    mutating func receptiveField(through focus: Int) throws(Overflow) -> FieldWork {
        let windows = model.layers[...focus].filter { OutputSizeArithmetic.applies(to: $0) }
        guard let first = windows.first else { return FieldWork(steps: [], closing: .number(1), size: 1) }
        let start = rule(.receptiveStart, 1, first)
        var field = start
        var jump = 1
        var steps: [DerivationStep] = []
        var terms: [StepExpression] = [.number(start)]
        for f in windows {
            let k = f.kernel[0], s = f.strides.first ?? 1
            var d = f.dilation.first ?? 1
            if d > 1, let skip = rules.bug(.ignoreDilation) {
                rules.recordSize([skip], layer: f.index, right: d * (k - 1) + 1, wrong: k)
                d = 1
            }
            let span = try value(.sum([.product([.named("d", d), .group(.difference([.named("k", k), .number(1)]))]), .number(1)]))
            let taken = rule(.receptiveJump, jump, f)
            let reach: StepExpression = .group(.difference([.named("k", k), .number(1)]))
            let growthExpression: StepExpression = d > 1 ? .product([.named("d", d), reach, .named("J", taken)])
                : .product([reach, .named("J", taken)])
            let growth = rule(.receptiveGrowth, try value(growthExpression), f, earlier: [.receptiveJump: taken])
            let shownGrowth = growth == growthExpression.result ? growthExpression : .named("added", growth)
            let expression = StepExpression.sum([.named("RF", field), shownGrowth])
            let after = try value(expression)
            steps.append(DerivationStep(kind: .receptiveField, layer: f.index, title: fieldTitle(f),
                                        explanation: fieldExplanation(f, span: span, jump: taken, first: steps.isEmpty,
                                                                      last: f.index == windows.last?.index),
                                        expression: expression))
            terms.append(shownGrowth)
            field = after
            jump = try value(.product([.number(jump), .number(s)]))
        }
        let sum = StepExpression.sum(terms)
        return FieldWork(steps: steps, closing: sum.result == field ? sum : .number(field), size: field)
    }

    private func fieldTitle(_ f: LayerFacts) -> String {
        let what = f.kind == .pooling ? "\(f.kernelText) pooling" : "\(f.typeName) \(f.kernelText)"
        let stride = (f.strides.first ?? 1) > 1 ? ", stride \(f.strides[0])" : ""
        let dilation = (f.dilation.first ?? 1) > 1 ? ", dilation \(f.dilation[0])" : ""
        return "Layer \(f.index + 1), \(what)\(stride)\(dilation)"
    }

    private func fieldExplanation(_ f: LayerFacts, span: Int, jump: Int, first: Bool, last: Bool) -> String {
        let k = f.kernel[0], d = f.dilation.first ?? 1
        var text = first ? "Before any layer, one value is one row of the input (RF = 1). " : ""
        let window = d > 1 ? "Its \(k) taps, \(d) apart, span d·(k − 1) + 1 = \(span) values of the layer below"
            : "Its window spans k = \(k) values of the layer below"
        let apart = jump == 1 ? "1 input row apart" : "J = \(jump) input rows apart (the product of the strides before it)"
        text += "\(window), \(apart): the first brings the field so far, and each of the other "
            + (d > 1 ? "d·(k − 1)" : "k − 1") + " adds \(plural(jump, "row"))."
        if let s = f.strides.first, s > 1, !last {
            text += " Its stride of \(s) spreads the next layer's values \(s) times as far apart."
        }
        return text
    }

    // MARK: - A stack against one layer

    /// One convolution with a kernel as large as the field, from the model's input channels to the focus layer's filters.
    mutating func singleLayer(kernel size: Int) throws(Overflow) -> DerivationStep {
        let f = model.focus
        let depth = rule(.equivalentDepth, model.inputChannels, f)
        let cells: [StepExpression] = Array(repeating: .named("K", size), count: max(model.inputSpatial.count, 1))
        let expression = StepExpression.product([.named("M", f.outChannels), .group(.product(cells + [.named("D", depth)]))])
        let side = Array(repeating: String(size), count: max(model.inputSpatial.count, 1)).joined(separator: "×")
        return DerivationStep(
            kind: .singleLayerWeights, layer: f.index, title: "One \(side) layer sees as much",
            explanation: "A single convolution that sees the same \(side) of the input needs a \(side) kernel, as deep as the "
                + "input's \(plural(model.inputChannels, "channel")), for each of its \(plural(f.outChannels, "filter")); "
                + "without biases that is M·(K·K·D) weights.",
            expression: expression, unit: "weights")
    }

    /// The single layer's weights less the stack's.
    mutating func stackSaving() throws(Overflow) -> TargetResult {
        let field = try receptiveField(through: model.focusIndex)
        let single = try singleLayer(kernel: field.size)
        let stack = try modelTarget(.modelParameters)
        let expression = StepExpression.difference([.named("single", single.result ?? 0), .named("stack", stack.answer)])
        let saving = rule(.stackSaving, try value(expression), model.focus)
        let step = DerivationStep(
            kind: .stackSaving, layer: model.focusIndex, title: "What the stack saves",
            explanation: "The stack sees the same \(field.size) rows with smaller kernels, and every kernel it drops is "
                + "\(plural(model.inputChannels, "channel")) deep for each filter.",
            expression: expression.shown(as: saving), unit: "weights")
        return TargetResult(headline: "The stack against one layer that sees as much",
                            steps: field.steps + [single] + stack.steps + [step], answer: saving,
                            closing: step.expression ?? .number(saving))
    }
}
