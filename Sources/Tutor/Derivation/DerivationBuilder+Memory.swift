import ConvMath

extension DerivationBuilder {
    /// A size in memory: the values stored (counted as the parameters or the output shape are), the
    /// bytes of one value, the batch, their product, and the unit the question asks for.
    mutating func memoryTarget(_ target: MemoryTarget) throws(Overflow) -> TargetResult {
        let f = model.focus
        let counted = try storedValues(target)
        var steps = counted.steps
        let values = rule(.storedValues, counted.value, f)
        if values != counted.value, let last = steps.popLast() {
            steps.append(DerivationStep(kind: last.kind, layer: last.layer, title: last.title, explanation: last.explanation,
                                        expression: .number(values)))
        }
        let bitsExpression = StepExpression.quotient(.named("bits", target.dataType.bits), .number(8))
        let bytes = rule(.bytesPerValue, try value(bitsExpression), f)
        steps.append(DerivationStep(
            kind: .bytesPerValue, layer: f.index, title: "Bytes per value",
            explanation: "\(target.dataType.rawValue) stores each value in \(target.dataType.bits) bits, and a byte is 8 bits.",
            expression: bitsExpression.shown(as: bytes), unit: bytes == 1 ? "byte" : "bytes"))
        let batch = target.batch > 1 ? rule(.batchSize, target.batch, f) : 1
        let factors: [StepExpression] = [.named("values", values)] + (target.batch > 1 ? [.named("N", batch)] : [])
            + [.named("bytes", bytes)]
        let totalExpression = StepExpression.product(factors)
        let total = rule(.memoryBytes, try value(totalExpression), f)
        let perInput = target.stored == .layerOutput
            ? (target.batch > 1 ? " A batch of \(target.batch) inputs keeps \(target.batch) such outputs at once." : " This is for one input.")
            : " Parameters are stored once, whatever the batch."
        steps.append(DerivationStep(
            kind: .memoryBytes, layer: f.index, title: "Bytes in all",
            explanation: "Every value takes \(plural(bytes, "byte")).\(perInput)",
            expression: totalExpression.shown(as: total), unit: "bytes"))
        var answer = total
        var closing = StepExpression.product([.group(counted.closing)] + (target.batch > 1 ? [.number(target.batch)] : [])
            + [.number(target.dataType.bytes)])
        if target.unit != .bytes {
            let unit = rule(.memoryUnit, target.unit.rawValue, f)
            let power = target.unit == .kilobytes ? "2^10" : "2^20"
            let unitExpression = StepExpression.quotient(.named("bytes", total), .named(target.unit.symbol, unit))
            answer = try value(unitExpression)
            steps.append(DerivationStep(
                kind: .memoryInUnit, layer: f.index, title: "In \(target.unit.symbol)",
                explanation: "The question counts 1 \(target.unit.symbol) as \(number(target.unit.rawValue)) bytes (\(power)), "
                    + "as Keras' summary and memory tools do; some write it KiB or MiB.",
                expression: unitExpression, unit: target.unit.symbol))
            closing = .quotient(.group(closing), .number(target.unit.rawValue))
        }
        return TargetResult(headline: headline(target, values: counted.value), steps: steps, answer: answer,
                            closing: closing.shown(as: answer))
    }

    /// The steps that count the values stored, the count, and the count as one expression.
    private mutating func storedValues(_ target: MemoryTarget) throws(Overflow)
        -> (steps: [DerivationStep], value: Int, closing: StepExpression) {
        let f = model.focus
        switch target.stored {
        case .layerOutput:
            let layout = f.framework.channelLayout
            let symbols = f.outSpatial.count == 2 ? ["H′", "W′"] : f.outSpatial.count == 1 ? ["L′"] : ["T′", "H′", "W′"]
            let spatial = zip(symbols, f.outSpatial).map { StepExpression.named($0.0, $0.1) }
            let channels = StepExpression.named("C", f.outChannels)
            let expression = StepExpression.times(layout == .channelsLast ? spatial + [channels] : [channels] + spatial)
            let step = DerivationStep(
                kind: .outputValues, layer: f.index, title: "The values the layer outputs",
                explanation: "For one input, \(f.typeName) outputs \(f.outputText): one value for each position and channel, "
                    + "kept in memory for the next layer and for training's backward pass.",
                expression: expression, unit: "values")
            return ([step], try value(expression), expression)
        case .layerParameters:
            let count = try layerTarget(f)
            return (count.steps, count.answer, count.closing)
        case .modelParameters:
            let weighted = model.weighted
            if weighted.count == 1, let only = weighted.first, only.kind != .batchNormalization {
                let count = try layerTarget(only)
                return (count.steps, count.answer, count.closing)
            }
            let count = try modelTarget(.modelParameters)
            return (count.steps, count.answer, count.closing)
        }
    }

    private func headline(_ target: MemoryTarget, values: Int) -> String {
        let type = target.dataType.rawValue
        switch target.stored {
        case .layerOutput:
            let inputs = target.batch > 1 ? "a batch of \(target.batch)" : "one input"
            return "The memory of \(model.focus.typeName)'s \(model.focus.outputText) output for \(inputs), in \(type)"
        case .layerParameters:
            return "The memory of \(model.focus.typeName)'s \(plural(values, "parameter")) in \(type)"
        case .modelParameters:
            return "The memory of the model's \(plural(values, "parameter")) in \(type)"
        }
    }
}

extension DerivationBuilder {
    /// Which layer holds the most parameters or activations: each layer's count, then the largest.
    mutating func largestLayer(_ measure: LayerMeasure) throws(Overflow) -> TargetResult {
        var steps: [DerivationStep] = []
        var sizes: [Int] = []
        for f in model.layers {
            switch measure {
            case .parameters:
                guard f.total > 0 || f.hasKernels || f.kind == .dense else {
                    sizes.append(0)
                    continue
                }
                let received = channels(of: f)
                let count = try self.count(f, channels: received)
                steps.append(layerTotalStep(f, count: count, channels: received))
                sizes.append(count.total)
            case .activations:
                let expression = StepExpression.times(f.outputShape.dimensions.map { StepExpression.number($0) })
                let values = try value(expression)
                steps.append(DerivationStep(kind: .outputValues, layer: f.index, title: "Layer \(f.index + 1), \(f.typeName)",
                                            explanation: "It outputs \(f.outputText) for one input.", expression: expression,
                                            unit: "values"))
                sizes.append(values)
            }
        }
        let most = sizes.max() ?? 0
        let right = (sizes.firstIndex(of: most) ?? 0) + 1
        let chosen = rule(.largestLayer, right, model.focus)
        let what = measure == .parameters ? "parameters" : "activations"
        let winner = model.layers[min(max(chosen - 1, 0), model.layers.count - 1)]
        let reason = measure == .parameters
            ? "Parameters sit where a layer is wide: a Dense layer after a Flatten joins every value to every unit."
            : "Activations sit where the images are large: the first convolutions, before pooling shrinks them."
        steps.append(DerivationStep(
            kind: .largestLayer, layer: winner.index, title: "The layer with the most \(what)",
            explanation: "Layer \(chosen), \(winner.typeName), holds the most. \(reason)", expression: .named("layer", chosen)))
        return TargetResult(headline: "Which layer holds the most \(what)", steps: steps, answer: chosen, closing: .number(chosen))
    }
}
