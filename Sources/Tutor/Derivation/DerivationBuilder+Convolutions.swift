import ConvMath

extension DerivationBuilder {
    // MARK: - Standard and grouped convolutions

    mutating func convolution(_ f: LayerFacts, channels: Int) throws(Overflow) -> LayerCount {
        let g = f.groups
        let grouped = g > 1
        let threeD = f.kernel.count == 3
        let channelSymbol = threeD ? "C" : "D"
        let depth = rule(.kernelDepth, channels / max(g, 1), f)
        let cells = rule(.kernelCells, f.cells, f)
        let filters = rule(.filters, f.filters, f)
        let kernels = rule(.kernelCount, filters, f)
        let depthSymbol = grouped ? "\(channelSymbol)/g" : channelSymbol
        let perKernelExpression = StepExpression.product(cellFactors(f, cells: cells) + [.named(depthSymbol, depth)])
        _ = try value(perKernelExpression)
        let weightsExpression = StepExpression.product([.named("M", kernels), .group(perKernelExpression)])
        let weights = rule(.allWeights, try value(weightsExpression), f, earlier: [.kernelDepth: depth, .kernelCells: cells])
        let biases = rule(.biases, f.useBias ? filters : 0, f, earlier: [.allWeights: weights, .kernelDepth: depth])
        let total = rule(.layerTotal, try value(.sum([.number(weights), .number(biases)])), f)

        let kernelText = text((f.kernel + [depth]).map(String.init).joined(separator: "×"))
        let spatial = f.inSpatial
        let headline = text("\(f.filters) filters of \(f.kernelText) over an input of \(f.inputText)"
            + (grouped ? ", in \(g) groups" : "") + (f.useBias ? ", with biases" : ", without biases"))
        let depthDiagram: DerivationDiagram
        switch f.kernel.count {
        case 1:
            depthDiagram = .conv1D(length: spatial[0], channels: channels, kernelSize: f.kernel[0], filters: f.filters)
        case 3:
            depthDiagram = .conv3D(inputDepth: spatial[0], inputHeight: spatial[1], inputWidth: spatial[2], channels: channels,
                                   kernelDepth: f.kernel[0], kernelHeight: f.kernel[1], kernelWidth: f.kernel[2])
        default:
            depthDiagram = grouped
                ? .grouped(inputHeight: spatial[0], inputWidth: spatial[1], channels: channels, groups: g,
                           kernelHeight: f.kernel[0], kernelWidth: f.kernel[1], filters: f.filters)
                : .kernelMatchesInput(inputHeight: spatial[0], inputWidth: spatial[1], depth: channels,
                                      kernelHeight: f.kernel[0], kernelWidth: f.kernel[1])
        }
        var steps: [DerivationStep] = []
        if grouped {
            steps.append(DerivationStep(
                kind: .kernelDepth, layer: f.index, title: text("Each kernel is as deep as its group"),
                explanation: text("groups=\(g) cuts the input's \(plural(channels, "channel")) into \(g) groups of \(plural(depth, "channel")). "
                    + "A kernel only sees the channels of its own group, so it is \(depth) deep instead of \(channels): "
                    + "grouping divides the weights by \(g)."),
                expression: depth == channels / g ? .quotient(.named(channelSymbol, channels), .named("g", g)) : .number(depth),
                diagram: depthDiagram))
        } else {
            let spatialNote = !composesText ? "" : threeD
                ? "The kernel's own depth of \(f.kernel[0]) frames slides through the input's \(spatial[0]) frames, as its height and "
                    + "width do; the channels are different: the kernel spans all \(channels) of them."
                : "The input has \(plural(channels, "channel")) and every kernel reaches through all of them."
            let shape = text(f.kernel.count == 1 ? "kernel of length \(f.kernel[0])" : "\(f.kernelText) kernel")
            steps.append(DerivationStep(
                kind: .kernelDepth, layer: f.index, title: threeD ? "A kernel spans all the input's channels" : "A kernel is as deep as its input",
                explanation: text("\(spatialNote) So a \(shape) is really \(kernelText). "
                    + "Its \(threeD ? "channel count" : "depth") is never written because it can only be the input's."),
                expression: .named(threeD ? "kernel channels = C" : "kernel depth = D", depth), diagram: depthDiagram))
        }
        steps.append(DerivationStep(kind: .weightsPerKernel, layer: f.index, title: "Weights in one kernel",
                                    explanation: text("One weight per cell of the \(kernelText) kernel."), expression: perKernelExpression))
        steps.append(DerivationStep(
            kind: .allWeights, layer: f.index, title: text("Weights in all \(plural(kernels, "kernel"))"),
            explanation: text(kernels == 1 ? "The layer has one filter and so one kernel."
                : "Each of the \(kernels) filters has its own kernel; together they hold \(plural(weights, "weight"))."),
            expression: weightsExpression.shown(as: weights),
            diagram: f.kernel.count == 2 ? .kernelStack(kernelHeight: f.kernel[0], kernelWidth: f.kernel[1], depth: depth,
                                                        count: f.filters, biases: f.useBias) : nil))
        steps.append(biasStep(f, count: biases, per: "filter"))
        steps.append(totalStep(f, weights: weights, biases: biases, total: total))
        let compact = StepExpression.plus([weightsExpression] + (f.useBias ? [.named("M", biases)] : []))
        return LayerCount(headline: headline, steps: steps, expression: compact.result == total ? compact : .number(total), total: total)
    }

    // MARK: - Transposed

    mutating func transposed(_ f: LayerFacts, channels: Int) throws(Overflow) -> LayerCount {
        let filters = rule(.filters, f.filters, f)
        let perGroup = filters / max(f.groups, 1)
        let cells = rule(.kernelCells, f.cells, f)
        let outSymbol = f.groups > 1 ? "M/g" : "M"
        let perChannelExpression = StepExpression.product(cellFactors(f, cells: cells) + [.named(outSymbol, perGroup)])
        let inputs = rule(.kernelCount, channels, f)
        let weightsExpression = StepExpression.product([.named("D", inputs), .group(perChannelExpression)])
        let weights = rule(.allWeights, try value(weightsExpression), f)
        let biases = rule(.biases, f.useBias ? filters : 0, f, earlier: [.allWeights: weights])
        let total = rule(.layerTotal, try value(.sum([.number(weights), .number(biases)])), f)
        let sizes = f.kernel.map(String.init).joined(separator: ", ")
        let storage = f.framework == .keras
            ? "Keras stores the kernel as (\(sizes), \(f.filters), \(channels)): out before in"
            : "PyTorch stores the weight as (\(channels), \(f.filters / max(f.groups, 1)), \(sizes)): in before out"
        let spatial = f.inSpatial, outSpatial = f.outSpatial
        let steps = [
            DerivationStep(
                kind: .weightsPerKernel, layer: f.index, title: "Each input channel spreads over every output channel",
                explanation: "A transposed convolution runs a convolution backwards: each of the \(plural(channels, "input channel")) is "
                    + "stamped onto the output by a \(f.kernelText) kernel for each of the "
                    + "\(plural(perGroup, "output channel"))\(f.groups > 1 ? " of its group" : ""). \(storage), the reverse of a convolution.",
                expression: perChannelExpression,
                diagram: f.kernel.count == 2 ? .transposed(inputHeight: spatial[0], inputWidth: spatial[1], inputChannels: channels,
                                                           outputHeight: outSpatial[0], outputWidth: outSpatial[1],
                                                           outputChannels: f.filters, kernelHeight: f.kernel[0],
                                                           kernelWidth: f.kernel[1],
                                                           // The output's size is the last step's: not given away here.
                                                           outputSizeShown: false) : nil),
            DerivationStep(
                kind: .allWeights, layer: f.index, title: "Weights for all \(plural(inputs, "input channel"))",
                explanation: "The count is the same as a convolution from \(plural(f.filters, "channel")) to \(channels): "
                    + "only the order of the axes differs.",
                expression: weightsExpression.shown(as: weights)),
            biasStep(f, count: biases, per: "output channel"),
            totalStep(f, weights: weights, biases: biases, total: total),
        ]
        let compact = StepExpression.plus([weightsExpression] + (f.useBias ? [.named("M", biases)] : []))
        return LayerCount(headline: "\(f.filters) filters of \(f.kernelText), transposed, over an input of \(f.inputText)",
                          steps: steps, expression: compact.result == total ? compact : .number(total), total: total)
    }

    // MARK: - Depthwise and separable

    mutating func depthwise(_ f: LayerFacts, channels: Int) throws(Overflow) -> LayerCount {
        let dm = f.depthMultiplier
        let depth = rule(.kernelDepth, 1, f)
        let cells = rule(.kernelCells, f.cells, f)
        let filters = rule(.filters, channels * dm, f)
        let kernels = rule(.kernelCount, filters, f)
        let perKernelExpression = StepExpression.times(cellFactors(f, cells: cells) + (depth == 1 ? [] : [.named("D", depth)]))
        let kernelsSymbol = dm > 1 ? "D·dm" : "D"
        let weightsExpression = StepExpression.product([.named(kernelsSymbol, kernels), .group(perKernelExpression)])
        let weights = rule(.allWeights, try value(weightsExpression), f, earlier: [.kernelDepth: depth])
        let biases = rule(.biases, f.useBias ? filters : 0, f, earlier: [.allWeights: weights])
        let total = rule(.layerTotal, try value(.sum([.number(weights), .number(biases)])), f)
        let spatial = f.inSpatial
        let steps = [
            DerivationStep(
                kind: .kernelDepth, layer: f.index, title: "Each kernel sees one channel",
                explanation: "A depthwise convolution gives every input channel kernels of its own, \(f.kernelText)×1, "
                    + "so nothing mixes across channels: the kernel depth is 1, not \(channels).",
                expression: .named("kernel depth", depth),
                diagram: .depthwise(inputHeight: spatial[0], inputWidth: spatial[1], channels: channels,
                                    kernelHeight: f.kernel[0], kernelWidth: f.kernel[1], depthMultiplier: dm)),
            DerivationStep(kind: .weightsPerKernel, layer: f.index, title: "Weights in one kernel",
                           explanation: "One weight per cell of a \(f.kernelText)×1 kernel.", expression: perKernelExpression),
            DerivationStep(kind: .allWeights, layer: f.index, title: "Weights in all \(plural(kernels, "kernel"))",
                           explanation: plural(channels, "channel") + (dm > 1 ? " × depth_multiplier \(dm)" : "")
                            + " = \(plural(channels * dm, "kernel")).",
                           expression: weightsExpression.shown(as: weights)),
            biasStep(f, count: biases, per: "output channel"),
            totalStep(f, weights: weights, biases: biases, total: total),
        ]
        let compact = StepExpression.plus([weightsExpression] + (f.useBias ? [.named("M", biases)] : []))
        let headline = "A depthwise \(f.kernelText) convolution over an input of \(f.inputText)"
            + (dm > 1 ? " with depth_multiplier=\(dm)" : "")
        return LayerCount(headline: headline, steps: steps, expression: compact.result == total ? compact : .number(total), total: total)
    }

    mutating func separable(_ f: LayerFacts, channels: Int) throws(Overflow) -> LayerCount {
        let dm = f.depthMultiplier
        let middle = rule(.middleChannels, channels * dm, f)
        let cells = rule(.kernelCells, f.cells, f)
        let kernelsSymbol = dm > 1 ? "D·dm" : "D"
        let depthwiseExpression = StepExpression.product([.named(kernelsSymbol, middle), .group(.times(cellFactors(f, cells: cells)))])
        let depthwiseWeights = rule(.depthwiseStage, try value(depthwiseExpression), f)
        let filters = rule(.filters, f.filters, f)
        let pointwiseExpression = StepExpression.product([.named("M", filters),
                                                          .group(.product([.number(1), .number(1), .named(kernelsSymbol, middle)]))])
        let pointwiseWeights = rule(.pointwiseStage, try value(pointwiseExpression), f)
        let biases = rule(.biases, f.useBias ? filters : 0, f,
                          earlier: [.allWeights: try value(.sum([.number(depthwiseWeights), .number(pointwiseWeights)])),
                                    .middleChannels: middle])
        let totalExpression = StepExpression.sum([.named("depthwise", depthwiseWeights), .named("pointwise", pointwiseWeights),
                                                  .named("biases", biases)])
        let total = rule(.layerTotal, try value(totalExpression), f)
        let standard = (try? Exact.add(Exact.product([f.filters, channels] + f.kernel), f.useBias ? f.filters : 0))
            .map { " A standard convolution of the same size would need \(NumberFormat.grouped($0))." } ?? ""
        let spatial = f.inSpatial
        let steps = [
            DerivationStep(
                kind: .depthwiseStage, layer: f.index, title: "Stage 1, depthwise: one kernel per channel, no bias",
                explanation: "First every input channel is filtered on its own by a \(f.kernelText)×1 kernel"
                    + (dm > 1 ? " (depth_multiplier=\(dm) of them)" : "") + ". Keras puts no bias on this stage.",
                expression: depthwiseExpression.shown(as: depthwiseWeights),
                diagram: .separable(inputHeight: spatial[0], inputWidth: spatial[1], channels: channels, kernelHeight: f.kernel[0],
                                    kernelWidth: f.kernel[1], depthMultiplier: dm, filters: f.filters)),
            DerivationStep(
                kind: .pointwiseStage, layer: f.index, title: "Stage 2, pointwise: \(f.filters) kernels of 1×1×\(middle)",
                explanation: "Then \(f.filters) 1×1 kernels mix the channels. Like any kernel, each is as deep as its input, "
                    + "which is now the \(plural(middle, "channel")) of stage 1.",
                expression: pointwiseExpression.shown(as: pointwiseWeights)),
            biasStep(f, count: biases, per: "pointwise filter"),
            DerivationStep(kind: .total, layer: f.index, title: "Total",
                           explanation: "Depthwise weights, pointwise weights and biases." + standard,
                           expression: totalExpression.shown(as: total), unit: "parameters"),
        ]
        let compact = StepExpression.plus([depthwiseExpression, pointwiseExpression] + (f.useBias ? [.named("M", biases)] : []))
        return LayerCount(headline: "A separable \(f.kernelText) convolution with \(f.filters) filters over an input of \(f.inputText)",
                          steps: steps, expression: compact.result == total ? compact : .number(total), total: total)
    }
}
