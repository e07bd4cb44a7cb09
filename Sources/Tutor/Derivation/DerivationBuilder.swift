import ConvMath

/// Writes the steps of a derivation for each kind of layer.
struct DerivationBuilder {
    let layer: LayerSpec
    let input: TensorShape
    let analysis: LayerAnalysis
    private(set) var headline = ""

    init(layer: LayerSpec, input: TensorShape, analysis: LayerAnalysis) {
        self.layer = layer
        self.input = input
        self.analysis = analysis
    }

    private var framework: Framework { layer.type.framework }
    private var layout: ChannelLayout { framework.channelLayout }
    private var total: Int { analysis.parameters.total }
    private var output: TensorShape { analysis.outputShape }

    mutating func steps() -> [DerivationStep] {
        switch layer.operation {
        case .convolution(let conv): return convolution(conv)
        case .transposedConvolution(let conv): return transposed(conv)
        case .depthwiseConvolution(let conv): return depthwise(conv)
        case .separableConvolution(let conv): return separable(conv)
        case .dense(let dense): return self.dense(dense)
        case .batchNormalization(let norm): return batchNormalization(norm)
        case .pooling(let pool): return pooling(pool)
        case .flatten:
            headline = "\(layer.type.name) on an input of \(input.timesDescription)"
            return [noWeights("Flatten only rearranges the values into one long axis; it learns nothing."),
                    shapeStep(formula: "product of the sizes", substitution: input.dimensions.map(String.init).joined(separator: "·"),
                              explanation: "The output has as many values as the input.")]
        case .globalPooling:
            headline = "\(layer.type.name) on an input of \(input.timesDescription)"
            return [noWeights("Global pooling takes one maximum or average per channel; it learns nothing."),
                    shapeStep(formula: "channels", substitution: String(input.channels(.channelsLast)),
                              explanation: "Every spatial axis collapses to a single value per channel.")]
        case .adaptivePooling:
            headline = "\(layer.type.name) on an input of \(input.timesDescription)"
            return [noWeights("Adaptive pooling picks its window so that the output has the size asked for; it learns nothing."),
                    shapeStep(formula: "(channels, output_size…)", substitution: output.description,
                              explanation: "The channels stay; the spatial sizes become output_size.")]
        case .elementwise, .input:
            headline = "\(layer.type.name) on an input of \(input.timesDescription)"
            return [noWeights("\(layer.type.name) works on each value on its own and has no weights."),
                    shapeStep(formula: "input shape", substitution: input.description, explanation: "The shape does not change.")]
        }
    }

    // MARK: - Convolutions

    private mutating func convolution(_ conv: Convolution) -> [DerivationStep] {
        let channels = input.channels(layout)
        let spatial = input.spatial(layout)
        let depth = conv.kernelDepth(inputChannels: channels)
        let m = conv.filters
        let k = conv.kernelSize
        let symbols = Self.kernelSymbols(k)
        let perKernel = k.reduce(1, *) * depth
        let weights = m * perKernel
        let kernelText = (k + [depth]).map(String.init).joined(separator: "×")
        let grouped = conv.groups > 1
        headline = "\(m) filters of \(k.map(String.init).joined(separator: "×")) over an input of \(input.timesDescription)"
            + (grouped ? ", in \(conv.groups) groups" : "") + (conv.useBias ? ", with biases" : ", without biases")

        var steps: [DerivationStep] = []
        let depthDiagram: DerivationDiagram
        switch conv.rank {
        case 1:
            depthDiagram = .conv1D(length: spatial[0], channels: channels, kernelSize: k[0], filters: m)
        case 3:
            depthDiagram = .conv3D(inputDepth: spatial[0], inputHeight: spatial[1], inputWidth: spatial[2], channels: channels,
                                   kernelDepth: k[0], kernelHeight: k[1], kernelWidth: k[2])
        default:
            depthDiagram = grouped
                ? .grouped(inputHeight: spatial[0], inputWidth: spatial[1], channels: channels, groups: conv.groups,
                           kernelHeight: k[0], kernelWidth: k[1], filters: m)
                : .kernelMatchesInput(inputHeight: spatial[0], inputWidth: spatial[1], depth: channels,
                                      kernelHeight: k[0], kernelWidth: k[1])
        }
        if grouped {
            steps.append(DerivationStep(
                kind: .kernelDepth, title: "Each kernel is as deep as its group",
                explanation: "groups=\(conv.groups) cuts the input's \(channels) channels into \(conv.groups) groups of \(depth). "
                    + "A kernel only sees the channels of its own group, so it is \(depth) deep instead of \(channels): "
                    + "grouping divides the weights by \(conv.groups).",
                formula: "D/g", substitution: "\(channels)/\(conv.groups)", result: depth, diagram: depthDiagram))
        } else {
            let spatialNote = conv.rank == 3
                ? "The kernel's own depth of \(k[0]) slides through the input's \(spatial[0]) frames like its height and width do; "
                    + "the channels are different: the kernel spans all \(channels) of them."
                : "The input has \(channels) channels and every kernel reaches through all of them."
            steps.append(DerivationStep(
                kind: .kernelDepth, title: "A kernel is as deep as its input",
                explanation: "\(spatialNote) So a \(conv.rank == 1 ? "kernel of length \(k[0])" : k.map(String.init).joined(separator: "×") + " kernel") is really \(kernelText). "
                    + "Its depth is never written because it can only be the input's.",
                formula: "kernel depth = D", substitution: "\(channels)", result: depth, diagram: depthDiagram))
        }
        steps.append(DerivationStep(
            kind: .weightsPerKernel, title: "Weights in one kernel",
            explanation: "One weight per cell of the \(kernelText) kernel.",
            formula: (symbols + ["D"]).joined(separator: "·") + (grouped ? "/g" : ""),
            substitution: (k + [depth]).map(String.init).joined(separator: "·"), result: perKernel))
        steps.append(DerivationStep(
            kind: .allWeights, title: "Weights in all \(m) kernels",
            explanation: "Each of the \(m) filters has its own kernel; the layer's kernels together hold \(NumberFormat.grouped(weights)) weights.",
            formula: "M·(" + (symbols + ["D"]).joined(separator: "·") + (grouped ? "/g" : "") + ")",
            substitution: "\(m)·\(perKernel)", result: weights,
            diagram: conv.rank == 2 ? .kernelStack(kernelHeight: k[0], kernelWidth: k[1], depth: depth, count: m, biases: conv.useBias) : nil))
        steps.append(biasStep(count: m, useBias: conv.useBias, per: "filter"))
        steps.append(totalStep(weights: weights, biases: conv.useBias ? m : 0))
        steps.append(convolutionShape(conv, spatial: spatial, channels: channels))
        return steps
    }

    private func convolutionShape(_ conv: Convolution, spatial: [Int], channels: Int) -> DerivationStep {
        let formulas = spatial.indices.map { axis in
            OutputSizeFormula.window(framework: framework, n: spatial[axis], k: conv.kernelSize[axis], s: conv.strides[axis],
                                     d: conv.dilation[axis], padding: conv.padding, axis: axis)
        }
        return spatialShapeStep(formulas, spatial: spatial, channels: channels,
                                channelNote: "one channel per filter: \(conv.filters)",
                                note: "\(conv.rank == 1 ? "The length" : conv.rank == 3 ? "The frames, H and W" : "H and W") never entered "
                                    + "the count: the same kernels slide over every position (weight sharing). "
                                    + "They only decide how big the output is.")
    }

    private mutating func transposed(_ conv: TransposedConvolution) -> [DerivationStep] {
        let channels = input.channels(layout)
        let spatial = input.spatial(layout)
        let m = conv.filters
        let perGroup = m / conv.groups
        let k = conv.kernelSize
        let symbols = Self.kernelSymbols(k)
        let perChannel = k.reduce(1, *) * perGroup
        let weights = channels * perChannel
        let outSpatial = output.spatial(layout)
        headline = "\(m) filters of \(k.map(String.init).joined(separator: "×")), transposed, over an input of \(input.timesDescription)"
        let storage = framework == .keras
            ? "Keras stores the kernel as (\(k.map(String.init).joined(separator: ", ")), \(m), \(channels)): out before in"
            : "PyTorch stores the weight as (\(channels), \(perGroup), \(k.map(String.init).joined(separator: ", "))): in before out"
        return [
            DerivationStep(
                kind: .weightsPerKernel, title: "Each input channel spreads over every output channel",
                explanation: "A transposed convolution runs a convolution backwards: each of the \(channels) input channels is "
                    + "stamped onto the output by a \(k.map(String.init).joined(separator: "×")) kernel for each of the "
                    + "\(perGroup) output channels\(conv.groups > 1 ? " of its group" : ""). \(storage), the reverse of a convolution.",
                formula: (symbols + [conv.groups > 1 ? "M/g" : "M"]).joined(separator: "·"),
                substitution: (k + [perGroup]).map(String.init).joined(separator: "·"), result: perChannel,
                diagram: conv.rank == 2 ? .transposed(inputHeight: spatial[0], inputWidth: spatial[1], inputChannels: channels,
                                                      outputHeight: outSpatial[0], outputWidth: outSpatial[1],
                                                      outputChannels: m, kernelHeight: k[0], kernelWidth: k[1]) : nil),
            DerivationStep(
                kind: .allWeights, title: "Weights for all \(channels) input channels",
                explanation: "The count is the same as a convolution from \(m) channels to \(channels): only the order of the axes differs.",
                formula: "D·(" + (symbols + [conv.groups > 1 ? "M/g" : "M"]).joined(separator: "·") + ")",
                substitution: "\(channels)·\(perChannel)", result: weights),
            biasStep(count: m, useBias: conv.useBias, per: "output channel"),
            totalStep(weights: weights, biases: conv.useBias ? m : 0),
            spatialShapeStep(spatial.indices.map { OutputSizeFormula.transposed(conv, n: spatial[$0], axis: $0) },
                             spatial: spatial, channels: channels, channelNote: "one channel per filter: \(m)",
                             note: "A transposed convolution makes its input larger: the stride spreads the input apart."),
        ]
    }

    private mutating func depthwise(_ conv: DepthwiseConvolution) -> [DerivationStep] {
        let channels = input.channels(.channelsLast)
        let spatial = input.spatial(.channelsLast)
        let dm = conv.depthMultiplier
        let k = conv.kernelSize
        let kernels = channels * dm
        let perKernel = k.reduce(1, *)
        let weights = kernels * perKernel
        headline = "A depthwise \(k.map(String.init).joined(separator: "×")) convolution over an input of \(input.timesDescription)"
            + (dm > 1 ? " with depth_multiplier=\(dm)" : "")
        let kernelsFormula = dm > 1 ? "D·dm" : "D"
        return [
            DerivationStep(
                kind: .kernelDepth, title: "Each kernel sees one channel",
                explanation: "A depthwise convolution gives every input channel kernels of its own, \(k.map(String.init).joined(separator: "×"))×1, "
                    + "so nothing mixes across channels: the kernel depth is 1, not \(channels).",
                formula: "kernel depth", substitution: "1", result: 1,
                diagram: .depthwise(inputHeight: spatial[0], inputWidth: spatial[1], channels: channels,
                                    kernelHeight: k[0], kernelWidth: k[1], depthMultiplier: dm)),
            DerivationStep(kind: .weightsPerKernel, title: "Weights in one kernel", explanation: "One weight per cell of a \(k.map(String.init).joined(separator: "×"))×1 kernel.",
                           formula: Self.kernelSymbols(k).joined(separator: "·"), substitution: k.map(String.init).joined(separator: "·"),
                           result: perKernel),
            DerivationStep(kind: .allWeights, title: "Weights in all \(kernels) kernels",
                           explanation: "\(channels) channels" + (dm > 1 ? " × depth_multiplier \(dm)" : "") + " = \(kernels) kernels.",
                           formula: "\(kernelsFormula)·(" + Self.kernelSymbols(k).joined(separator: "·") + ")",
                           substitution: "\(kernels)·\(perKernel)", result: weights),
            biasStep(count: kernels, useBias: conv.useBias, per: "output channel"),
            totalStep(weights: weights, biases: conv.useBias ? kernels : 0),
            spatialShapeStep(spatial.indices.map {
                OutputSizeFormula.window(framework: .keras, n: spatial[$0], k: k[$0], s: conv.strides[$0],
                                         d: conv.dilation[$0], padding: conv.padding, axis: $0)
            }, spatial: spatial, channels: channels,
               channelNote: dm > 1 ? "\(channels)·\(dm) = \(kernels) channels, one per kernel" : "the \(channels) channels stay separate",
               note: nil),
        ]
    }

    private mutating func separable(_ conv: SeparableConvolution) -> [DerivationStep] {
        let channels = input.channels(.channelsLast)
        let spatial = input.spatial(.channelsLast)
        let dm = conv.depthMultiplier
        let k = conv.kernelSize
        let middle = channels * dm
        let depthwiseWeights = middle * k.reduce(1, *)
        let pointwiseWeights = middle * conv.filters
        headline = "A separable \(k.map(String.init).joined(separator: "×")) convolution with \(conv.filters) filters over an input of \(input.timesDescription)"
        let kernelsFormula = dm > 1 ? "D·dm" : "D"
        let biases = conv.useBias ? conv.filters : 0
        return [
            DerivationStep(
                kind: .depthwiseStage, title: "Stage 1, depthwise: one kernel per channel, no bias",
                explanation: "First every input channel is filtered on its own by a \(k.map(String.init).joined(separator: "×"))×1 kernel"
                    + (dm > 1 ? " (depth_multiplier=\(dm) of them)" : "") + ". Keras puts no bias on this stage.",
                formula: "\(kernelsFormula)·(" + Self.kernelSymbols(k).joined(separator: "·") + ")",
                substitution: "\(middle)·\(k.reduce(1, *))", result: depthwiseWeights,
                diagram: .separable(inputHeight: spatial[0], inputWidth: spatial[1], channels: channels, kernelHeight: k[0],
                                    kernelWidth: k[1], depthMultiplier: dm, filters: conv.filters)),
            DerivationStep(
                kind: .pointwiseStage, title: "Stage 2, pointwise: \(conv.filters) kernels of 1×1×\(middle)",
                explanation: "Then \(conv.filters) 1×1 kernels mix the channels. Like any kernel, each is as deep as its input, "
                    + "which is now the \(middle) channels of stage 1.",
                formula: "M·(1·1·\(kernelsFormula))", substitution: "\(conv.filters)·\(middle)", result: pointwiseWeights),
            biasStep(count: conv.filters, useBias: conv.useBias, per: "pointwise filter"),
            DerivationStep(kind: .total, title: "Total",
                           explanation: "Depthwise weights, pointwise weights and biases."
                            + ((try? Exact.add(Exact.product([conv.filters, channels] + k), biases))
                                .map { " A standard convolution of the same size would need \(NumberFormat.grouped($0))." } ?? ""),
                           formula: "depthwise + pointwise + biases",
                           substitution: "\(depthwiseWeights) + \(pointwiseWeights) + \(biases)", result: total),
            spatialShapeStep(spatial.indices.map {
                OutputSizeFormula.window(framework: .keras, n: spatial[$0], k: k[$0], s: conv.strides[$0],
                                         d: conv.dilation[$0], padding: conv.padding, axis: $0)
            }, spatial: spatial, channels: channels, channelNote: "one channel per pointwise filter: \(conv.filters)", note: nil),
        ]
    }

    // MARK: - Other layers

    private mutating func dense(_ dense: Dense) -> [DerivationStep] {
        let inputs = input.dimensions.last ?? 0
        let units = dense.units
        headline = "\(units) units over an input of \(input.timesDescription)"
        let lastAxis = input.rank > 1 ? " of the last axis (a dense layer works on the last axis only, the same weights at every position)" : ""
        return [
            DerivationStep(kind: .weightsPerKernel, title: "Each unit sees every input",
                           explanation: "A unit has one weight for each of the \(NumberFormat.grouped(inputs)) inputs\(lastAxis). "
                            + "Unlike a convolution, nothing is shared across positions.",
                           formula: "N", substitution: "\(inputs)", result: inputs),
            DerivationStep(kind: .allWeights, title: "Weights of all \(units) units", explanation: "Every unit has its own weights.",
                           formula: "M·N", substitution: "\(units)·\(inputs)", result: units * inputs),
            biasStep(count: units, useBias: dense.useBias, per: "unit"),
            totalStep(weights: units * inputs, biases: dense.useBias ? units : 0),
            shapeStep(formula: "(…, M)", substitution: output.description, explanation: "The last axis becomes the \(units) units."),
        ]
    }

    private mutating func batchNormalization(_ norm: BatchNormalization) -> [DerivationStep] {
        let channels = framework == .keras ? (norm.axis < 0 ? input.dimensions[input.rank + norm.axis] : input.dimensions[norm.axis - 1])
            : input.dimensions[0]
        let learned = analysis.parameters.trainable
        headline = "Batch normalization over \(NumberFormat.grouped(channels)) channels"
        let statistics = framework == .keras
            ? "Keras also keeps a moving mean and a moving variance per channel and counts them as non-trainable parameters."
            : "PyTorch also keeps a running mean and variance per channel, but as buffers: they are not parameters."
        var steps = [
            DerivationStep(kind: .allWeights, title: "A scale and a shift per channel",
                           explanation: "Each channel learns a scale (gamma) and a shift (beta).",
                           formula: learned == 0 ? "none (no affine parameters)" : "\(learned / max(channels, 1))·C",
                           substitution: learned == 0 ? "0" : "\(learned / max(channels, 1))·\(channels)", result: learned),
            DerivationStep(kind: .statistics, title: "The moving statistics", explanation: statistics,
                           formula: "2·C", substitution: "2·\(channels)", result: 2 * channels),
        ]
        steps.append(DerivationStep(
            kind: .total, title: "Total",
            explanation: framework == .keras ? "Keras shows all of them: \(NumberFormat.grouped(learned)) trainable, "
                + "\(NumberFormat.grouped(analysis.parameters.nonTrainable)) non-trainable."
                : "PyTorch counts only the learned ones.",
            formula: framework == .keras ? "learned + statistics" : "learned",
            substitution: framework == .keras ? "\(learned) + \(2 * channels)" : "\(learned)", result: total))
        return steps
    }

    private mutating func pooling(_ pool: Pooling) -> [DerivationStep] {
        let spatial = input.spatial(layout)
        let channels = input.channels(layout)
        headline = "\(layer.type.name) with a \(pool.poolSize.map(String.init).joined(separator: "×")) window over an input of \(input.timesDescription)"
        return [
            noWeights("Pooling takes the \(pool.kind == .max ? "maximum" : "average") of each window; it learns nothing."),
            spatialShapeStep(spatial.indices.map {
                OutputSizeFormula.window(framework: framework, n: spatial[$0], k: pool.poolSize[$0], s: pool.strides[$0],
                                         d: pool.dilation[$0], padding: pool.padding, axis: $0, ceilMode: pool.ceilMode)
            }, spatial: spatial, channels: channels, channelNote: "the \(channels) channels stay", note: nil),
        ]
    }

    // MARK: - Shared steps

    private func biasStep(count: Int, useBias: Bool, per: String) -> DerivationStep {
        guard useBias else {
            return DerivationStep(kind: .biases, title: "No biases",
                                  explanation: "The layer was built without biases (use_bias=False or bias=False), so it adds none.",
                                  formula: "0", substitution: "0", result: 0)
        }
        return DerivationStep(kind: .biases, title: "One bias per \(per)",
                              explanation: "Each \(per) adds one bias to everything it computes.",
                              formula: "M", substitution: "\(count)", result: count)
    }

    private func totalStep(weights: Int, biases: Int) -> DerivationStep {
        let shapes = analysis.weights.filter { !$0.isBuffer }.map { "\($0.name) \($0.shapeDescription)" }.joined(separator: " + ")
        return DerivationStep(kind: .total, title: "Total",
                              explanation: "\(framework.displayName) stores this as \(shapes).",
                              formula: biases > 0 ? "weights + biases" : "weights",
                              substitution: biases > 0 ? "\(weights) + \(biases)" : "\(weights)", result: total,
                              resultText: "\(NumberFormat.grouped(total)) parameters")
    }

    private func noWeights(_ explanation: String) -> DerivationStep {
        DerivationStep(kind: .noWeights, title: "No weights", explanation: explanation, formula: "0", substitution: "0", result: 0,
                       resultText: "0 parameters")
    }

    private func shapeStep(formula: String, substitution: String, explanation: String) -> DerivationStep {
        DerivationStep(kind: .outputShape, title: "Output shape", explanation: explanation, formula: formula,
                       substitution: substitution, result: nil, resultText: output.timesDescription)
    }

    private func spatialShapeStep(_ formulas: [OutputSizeFormula], spatial: [Int], channels: Int, channelNote: String,
                                  note: String?) -> DerivationStep {
        let axes = spatialAxisNames(spatial.count)
        let outSpatial = output.spatial(layout)
        let outChannels = output.channels(layout)
        let text: String
        if Set(formulas).count == 1, Set(outSpatial).count == 1 {
            text = "\(formulas[0].substitution) = \(outSpatial[0]) for \(axes.joined(separator: " and "))"
        } else {
            text = formulas.indices.map { "\(axes[$0]): \(formulas[$0].substitution) = \(outSpatial[$0])" }.joined(separator: "; ")
        }
        var explanation = "Along each spatial axis of size n: \(formulas[0].formula). Then \(channelNote)."
        if let note { explanation += " " + note }
        var diagram: DerivationDiagram?
        if spatial.count == 2 {
            let inputCells = input.spatial(layout)
            diagram = .outputVolume(inputHeight: inputCells[0], inputWidth: inputCells[1], inputDepth: channels,
                                    outputHeight: outSpatial[0], outputWidth: outSpatial[1], outputDepth: outChannels,
                                    caption: [text])
        }
        return DerivationStep(kind: .outputShape, title: "Output shape", explanation: explanation,
                              formula: formulas[0].formula, substitution: text, result: nil,
                              resultText: output.timesDescription, diagram: diagram)
    }

    private func spatialAxisNames(_ count: Int) -> [String] {
        switch count {
        case 1: return ["the length"]
        case 2: return ["height", "width"]
        default: return ["depth", "height", "width"]
        }
    }

    /// `K·K` for a square kernel, `KH·KW` for a rectangle, `KD·KH·KW` in 3-D, `K` in 1-D.
    static func kernelSymbols(_ kernel: [Int]) -> [String] {
        switch kernel.count {
        case 1: return ["K"]
        case 2: return kernel[0] == kernel[1] ? ["K", "K"] : ["KH", "KW"]
        default: return Set(kernel).count == 1 ? ["K", "K", "K"] : ["KD", "KH", "KW"]
        }
    }
}


