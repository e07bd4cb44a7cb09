import ConvMath

extension DerivationBuilder {
    /// A question target's derivation before it becomes a `Derivation`.
    struct TargetResult {
        var headline: String
        var steps: [DerivationStep]
        var answer: Int
        /// The whole derivation as one expression, for the line after a right answer.
        var closing: StepExpression
    }

    /// The derivation of the quantity a question asks for, about the model's focus layer.
    mutating func derive(_ target: QuestionTarget) throws(Overflow) -> TargetResult {
        rules.target = target
        var result: TargetResult
        switch target {
        case .layerParameters:
            result = try layerTarget(model.focus)
        case .modelParameters, .modelTrainable, .modelNonTrainable:
            let weighted = model.weighted
            if weighted.count == 1, target == .modelParameters, let only = weighted.first, only.kind != .batchNormalization {
                result = try layerTarget(only)
            } else {
                result = try modelTarget(target)
            }
        case .outputHeight:
            result = try outputHeight(model.focus)
        case .layerMultiplyAccumulates:
            result = try multiplyAccumulates(model.focus)
        case .standardCounterpart, .separableSavings:
            result = try separableComparison(model.focus, savings: target == .separableSavings)
        case .modelMultiplyAccumulates, .directMultiplyAccumulates, .bottleneckSavings:
            result = try bottleneck(target)
        case .layerFLOPs(let biasAdditions):
            result = try floatingPointOperations(model.focus, biasAdditions: biasAdditions)
        case .spatial(let spatial):
            result = try spatialTarget(spatial)
        case .memory(let memory):
            result = try memoryTarget(memory)
        case .largestLayer(let measure):
            result = try largestLayer(measure)
        case .unknown(let unknown):
            result = try solveBackwards(model.focus, unknown: unknown)
        case .unsharedParameters:
            result = try unsharedParameters(model.focus)
        }
        let others = model.weighted.filter { $0.index != model.focusIndex }.reduce(0) { $0 &+ $1.total }
        let answer = rule(.answer, result.answer, model.focus, earlier: target == .layerParameters ? [.layerTotal: others] : [:])
        if answer != result.answer {
            result.answer = answer
            result.closing = .number(answer)
        }
        return result
    }

    /// The channels a layer receives, as the rules in force see them.
    mutating func channels(of f: LayerFacts) -> Int {
        f.index == 0 ? f.inChannels : rule(.inputChannels, f.inChannels, f)
    }

    // MARK: - One layer's parameters

    mutating func layerTarget(_ f: LayerFacts) throws(Overflow) -> TargetResult {
        var context: [DerivationStep] = []
        let count: LayerCount
        if f.kind == .dense, let flatten = model.layers[..<f.index].lastIndex(where: { $0.kind == .flatten }) {
            let flow = try flattenFlow(upTo: flatten)
            context = flow.steps
            count = try dense(f, inputs: flow.size)
        } else {
            let received = channels(of: f)
            if let source = model.channelSource(before: f.index), f.kind != .dense {
                context.append(inputChannelsStep(f, source: source, channels: received))
            }
            count = try self.count(f, channels: received)
        }
        return TargetResult(headline: count.headline, steps: context + count.steps, answer: count.total, closing: count.expression)
    }

    func inputChannelsStep(_ f: LayerFacts, source: LayerFacts, channels: Int) -> DerivationStep {
        let made = source.kind == .dense ? "units" : source.kind == .depthwise ? "kernels" : "filters"
        let position = source.index == 0 ? "The first layer" : "The layer before it"
        return DerivationStep(
            kind: .inputChannels, layer: f.index, title: "The input's channels come from the layer before",
            explanation: text("\(position), \(source.typeName), has \(plural(source.outChannels, String(made.dropLast()))), so its output, "
                + "and this layer's input, has \(plural(source.outChannels, "channel")). The model's own input, with its "
                + "\(plural(model.inputChannels, "channel")), only reaches the first layer."),
            expression: .named("D", channels))
    }

    /// The shapes from the model's input to a Flatten, and the size the Flatten lays out.
    mutating func flattenFlow(upTo flatten: Int) throws(Overflow) -> (steps: [DerivationStep], size: Int) {
        var spatial = model.inputSpatial
        var channels = model.inputChannels
        var steps: [DerivationStep] = []
        for f in model.layers[..<flatten] {
            if OutputSizeArithmetic.applies(to: f) {
                if f.kind == .pooling, let skip = rules.bug(.skipPooling) {
                    let right = OutputSizeArithmetic.sizes(f, inputs: spatial)
                    for (size, before) in zip(right, spatial) {
                        rules.recordSize([skip], layer: f.index, right: try value(size.size), wrong: before)
                    }
                    continue
                }
                let sizes = try outputSizes(f, inputs: spatial)
                spatial = try sizes.map { (size: OutputSizeArithmetic) throws(Overflow) in try value(size.size) }
                if f.kind != .pooling { channels = f.outChannels }
                steps += sizeSteps(f, sizes: sizes, spatial: spatial, channels: channels)
            } else if f.hasKernels || f.kind == .dense {
                spatial = f.outSpatial
                channels = f.outChannels
            }
        }
        let flattenFacts = model.layers[flatten]
        let flattenChannels = rule(.flattenChannels, channels, flattenFacts)
        let symbols = spatial.count == 2 ? ["H′", "W′"] : spatial.count == 1 ? ["L′"] : ["T′", "H′", "W′"]
        let expression = StepExpression.product(zip(symbols, spatial).map { StepExpression.named($0.0, $0.1) }
            + [.named("C", flattenChannels)])
        let size = rule(.flattenSize, try value(expression), flattenFacts, earlier: [.flattenChannels: flattenChannels])
        steps.append(DerivationStep(
            kind: .flattenSize, layer: flatten, title: "Flatten lays every value out in one row",
            explanation: "Flatten receives \((spatial + [flattenChannels]).map(String.init).joined(separator: "×")): "
                + "every position of every channel becomes one input of the Dense layer.",
            expression: expression.shown(as: size)))
        return (steps, size)
    }

    /// One step per distinct output size of a window layer, in a flow of shapes.
    private func sizeSteps(_ f: LayerFacts, sizes: [OutputSizeArithmetic], spatial: [Int], channels: Int) -> [DerivationStep] {
        let axes = Self.axisNames(sizes.count)
        let what = f.kind == .pooling ? "After the \(f.kernelText) pooling" : "The output of \(f.typeName)"
        let shape = (spatial + [channels]).map(String.init).joined(separator: "×")
        let rule = f.kind == .pooling ? "a window of \(f.kernelText) that moves by \(f.strides.first ?? 1)"
            : "\(plural(f.filters, "filter")) of \(f.kernelText)"
        if Set(sizes.map(\.size.numbers)).count == 1 {
            return [DerivationStep(kind: .outputSize, layer: f.index, title: what,
                                   explanation: "With \(rule), each of \(axes.joined(separator: " and ")) becomes "
                                    + "\(sizes[0].size.symbols); the output is \(shape).",
                                   expression: sizes[0].size)]
        }
        return sizes.indices.map { axis in
            DerivationStep(kind: .outputSize, layer: f.index, title: "\(what): \(axes[axis])",
                           explanation: "With \(rule), the \(axes[axis]) becomes \(sizes[axis].size.symbols); the output is \(shape).",
                           expression: sizes[axis].size)
        }
    }

    // MARK: - A model's parameters

    mutating func modelTarget(_ target: QuestionTarget) throws(Overflow) -> TargetResult {
        var steps: [DerivationStep] = []
        var totals: [StepExpression] = []
        var trainable: [StepExpression] = []
        var statistics: [StepExpression] = []
        var learned = 0
        var lastTotal = 0
        for f in model.weighted {
            if f.kind == .batchNormalization && f.framework == .keras {
                let parts = try normalization(f, channels: f.filters)
                steps += parts.steps
                totals += [.number(parts.learned), .number(parts.statistics)]
                trainable.append(.number(parts.learned))
                statistics.append(.named("statistics", parts.statistics))
                learned = learned &+ parts.learned
                lastTotal = parts.learned &+ parts.statistics
                continue
            }
            let received = channels(of: f)
            let count = try self.count(f, channels: received)
            steps.append(layerTotalStep(f, count: count, channels: received))
            totals.append(.number(count.total))
            if f.frozen {
                statistics.append(.named("frozen \(f.typeName)", count.total))
            } else if f.parameters.trainable == 0 && f.parameters.total > 0 {
                statistics.append(.named("\(f.typeName)'s statistics", count.total))
            } else {
                trainable.append(.number(count.total))
            }
            lastTotal = count.total
        }
        let sum = { (terms: [StepExpression]) in terms.isEmpty ? StepExpression.number(0) : .plus(terms) }
        let totalsSum = try value(sum(totals)), statisticsSum = try value(sum(statistics))
        let earlier: [Quantity: Int] = [.layerTotal: lastTotal, .learned: learned, .statistics: statisticsSum,
                                        .modelTotal: totalsSum]
        let final: DerivationStep
        switch target {
        case .modelTrainable:
            let expression = sum(trainable)
            let answer = rule(.trainableTotal, try value(expression), model.focus, earlier: earlier)
            final = DerivationStep(kind: .trainable, title: "Trainable parameters",
                                   explanation: "Everything that training updates: the layers' weights and biases, and batch "
                                    + "normalization's scale and shift. The moving statistics are not among them.",
                                   expression: expression.shown(as: answer), unit: "parameters")
        case .modelNonTrainable:
            let expression = sum(statistics)
            let answer = rule(.nonTrainableTotal, try value(expression), model.focus, earlier: earlier)
            final = DerivationStep(kind: .nonTrainable, title: "Non-trainable parameters",
                                   explanation: "Keras counts batch normalization's moving mean and variance as parameters that "
                                    + "training does not update.",
                                   expression: expression.shown(as: answer), unit: "parameters")
        default:
            let expression = sum(totals)
            let answer = rule(.modelTotal, try value(expression), model.focus, earlier: earlier)
            final = DerivationStep(kind: .modelTotal, title: "The model's total",
                                   explanation: "The model's parameters are the sum of every layer's.",
                                   expression: expression.shown(as: answer), unit: "parameters")
        }
        steps.append(final)
        let layerCount = model.weighted.count
        return TargetResult(headline: "A model of \(plural(layerCount, "layer")) with parameters over an input of "
                                + model.inputShape.timesDescription,
                            steps: steps, answer: final.result ?? 0, closing: final.expression ?? .number(final.result ?? 0))
    }

    /// A layer's whole count as one step of a model's derivation.
    func layerTotalStep(_ f: LayerFacts, count: LayerCount, channels: Int) -> DerivationStep {
        var explanation: String
        switch f.kind {
        case .convolution, .transposed, .depthwise, .separable:
            explanation = count.headline.capitalizedFirst + "."
            if let source = model.channelSource(before: f.index), source.outChannels == channels {
                explanation += " Its kernels are as deep as the \(plural(source.outChannels, "channel")) that \(source.typeName) "
                    + "before it puts out, not the model input's \(model.inputChannels)."
            } else if model.channelSource(before: f.index) == nil && channels == model.inputChannels
                        && model.layers[..<f.index].allSatisfy({ $0.outputShape.rank == $0.inputShape.rank }) {
                // An Embedding before it adds an axis: the model's input had no channels to speak of.
                explanation += " Its kernels are as deep as the model's input: \(plural(channels, "channel"))."
            } else {
                explanation += " Its kernels are as deep as its input: \(plural(channels, "channel"))."
            }
        case .dense:
            explanation = "\(plural(f.filters, "unit")), each seeing all \(plural(f.inputs, "input"))."
        default:
            explanation = count.headline + "."
        }
        let title = f.path.map { "\($0) (\(f.typeName))" } ?? "Layer \(f.index + 1), \(f.typeName)"
        return DerivationStep(kind: .layerTotal, layer: f.index, title: title, explanation: explanation,
                              expression: count.expression.result == count.total ? count.expression : .number(count.total),
                              unit: "parameters")
    }

    // MARK: - Output height

    mutating func outputHeight(_ f: LayerFacts) throws(Overflow) -> TargetResult {
        if f.kind == .transposed { return try transposedHeight(f) }
        guard OutputSizeArithmetic.applies(to: f), let n = f.inSpatial.first else {
            let height = f.outSpatial.first ?? 0
            return TargetResult(headline: "The output of \(f.typeName)", steps: [], answer: height, closing: .number(height))
        }
        let size = try outputSizes(f, inputs: [n] + f.inSpatial.dropFirst())[0]
        var steps: [DerivationStep] = []
        let window = f.kind == .pooling ? "A \(f.kernelText) pooling window" : "\(plural(f.filters, "filter")) of \(f.kernelText)"
        let headline = "\(window) over an input of \(f.inputText): the output's height"
        if size.keepsSize {
            steps.append(DerivationStep(
                kind: .outputSize, layer: f.index, title: "'same' padding keeps ⌈n/s⌉ positions",
                explanation: "With padding='same' Keras adds just enough zeros that the kernel fits at every "
                    + (f.strides[0] > 1 ? "s-th position: the height becomes n divided by the stride, rounded up."
                        : "position: the height stays n."),
                expression: size.size))
            return TargetResult(headline: headline, steps: steps, answer: try value(size.size), closing: size.size)
        }
        if case .sum = size.padded {
            steps.append(DerivationStep(kind: .paddedSize, layer: f.index, title: "The padded height",
                                        explanation: "The padding adds p zeros on each side: the kernel slides over n + 2p rows.",
                                        expression: size.padded))
        }
        let dilated = (f.dilation.first ?? 1) > 1
        steps.append(DerivationStep(
            kind: .kernelReach, layer: f.index, title: dilated ? "The dilated kernel's reach" : "The kernel's reach",
            explanation: dilated ? "Dilation d leaves d − 1 rows between the kernel's taps, so a kernel of k taps covers "
                + "d·(k − 1) + 1 rows." : "A kernel of k rows covers k rows of the input at each position.",
            expression: size.reach))
        let stride = f.strides.first ?? 1
        steps.append(DerivationStep(
            kind: .outputSize, layer: f.index, title: "Positions along the height",
            explanation: positionsExplanation(f, stride: stride),
            expression: size.size))
        return TargetResult(headline: headline, steps: steps, answer: try value(size.size), closing: size.size)
    }

    private func positionsExplanation(_ f: LayerFacts, stride: Int) -> String {
        let what = f.kind == .pooling ? "window" : "kernel"
        let start = "The \(what) fits at the first row and then at every " + (stride > 1 ? "s-th row (s = \(stride)) " : "row ")
        guard f.ceilMode else {
            return start + "until its reach runs out: the padded height less the reach, divided by the stride and rounded down, "
                + "plus the first position."
        }
        return start + "while it starts inside the input: with ceil_mode=True PyTorch rounds the division up, keeping a last "
            + "window that hangs over the edge, but drops one that would start in the padding on the far side."
    }

    // MARK: - Multiply-accumulates

    mutating func multiplyAccumulates(_ f: LayerFacts) throws(Overflow) -> TargetResult {
        guard f.kind == .convolution, OutputSizeArithmetic.applies(to: f) else {
            return TargetResult(headline: "The work of \(f.typeName)", steps: [], answer: f.multiplyAccumulates,
                                closing: .number(f.multiplyAccumulates))
        }
        let sizes = try outputSizes(f, inputs: f.inSpatial)
        let sides = try sizes.map { (size: OutputSizeArithmetic) throws(Overflow) in try value(size.size) }
        let symbols = sides.count == 2 ? ["H′", "W′"] : sides.count == 1 ? ["L′"] : ["T′", "H′", "W′"]
        let positionsExpression = StepExpression.times(zip(symbols, sides).map { StepExpression.named($0.0, $0.1) })
        let positions = rule(.outputPositions, try value(positionsExpression), f)
        let axes = Self.axisNames(sizes.count)
        let sizeText = Set(sizes.map(\.size.numbers)).count == 1
            ? "\(sizes[0].size.numbers) = \(sides[0]) for \(axes.joined(separator: " and "))"
            : sizes.indices.map { "\(axes[$0]): \(sizes[$0].size.numbers) = \(sides[$0])" }.joined(separator: "; ")
        let depth = rule(.kernelDepth, f.kernelDepth, f)
        let cells = rule(.kernelCells, f.cells, f)
        let perValueExpression = StepExpression.product(cellFactors(f, cells: cells) + [.named(f.groups > 1 ? "D/g" : "D", depth)])
        let filters = rule(.filters, f.filters, f)
        let valuesExpression = StepExpression.product([.named("positions", positions), .named("M", filters)])
        let values = try value(valuesExpression)
        let macsExpression = StepExpression.product([.named("values", values), .group(perValueExpression)])
        let macs = rule(.multiplyAccumulates, try value(macsExpression), f,
                        earlier: [.layerTotal: f.total, .filters: filters, .outputPositions: positions])
        let steps = [
            DerivationStep(kind: .outputPositions, layer: f.index, title: "Where the kernels are applied",
                           explanation: "The kernels are used once at every output position. Along each axis: "
                            + "\(sizes[0].size.symbols); here \(sizeText).",
                           expression: positionsExpression.shown(as: positions)),
            DerivationStep(kind: .productsPerValue, layer: f.index, title: "Multiplications for one output value",
                           explanation: "One output value is a kernel laid over the input: one multiply-accumulate per kernel "
                            + "weight, through all the channels it spans.",
                           expression: perValueExpression),
            DerivationStep(kind: .outputValues, layer: f.index, title: "Output values",
                           explanation: "Every filter makes one value at every position.", expression: valuesExpression),
            DerivationStep(kind: .multiplyAccumulates, layer: f.index, title: "Multiply-accumulates",
                           explanation: "Each output value costs one multiply-accumulate per kernel weight; the bias additions "
                            + (rules.target.asksFLOPs ? "are no multiply-accumulates." : "are left out, as the question asks."),
                           expression: macsExpression.shown(as: macs), unit: "MACs"),
        ]
        let closing = StepExpression.product(zip(symbols, sides).map { StepExpression.named($0.0, $0.1) }
            + [.named("M", f.filters), .group(perValueExpression)])
        return TargetResult(headline: "The multiply-accumulates of \(plural(f.filters, "filter")) of \(f.kernelText) over an "
                                + "input of \(f.inputText)",
                            steps: steps, answer: macs, closing: closing.shown(as: macs))
    }
}
