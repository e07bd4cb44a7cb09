import ConvMath

extension DerivationBuilder {
    // MARK: - Dense

    /// A Dense layer whose units each see `inputs` values.
    mutating func dense(_ f: LayerFacts, inputs given: Int) throws(Overflow) -> LayerCount {
        let inputs = rule(.denseInputs, given, f)
        let units = rule(.filters, f.filters, f)
        let weightsExpression = StepExpression.product([.named("M", units), .named("N", inputs)])
        let weights = rule(.allWeights, try value(weightsExpression), f)
        let biases = rule(.biases, f.useBias ? units : 0, f, earlier: [.allWeights: weights])
        let total = rule(.layerTotal, try value(.sum([.number(weights), .number(biases)])), f)
        let lastAxis = f.inputShape.rank > 1
            ? " of the last axis (a dense layer works on the last axis only, the same weights at every position)" : ""
        let steps = [
            DerivationStep(kind: .weightsPerKernel, layer: f.index, title: "Each unit sees every input",
                           explanation: text("A unit has one weight for each of the \(plural(inputs, "input"))\(lastAxis). "
                            + "Unlike a convolution, nothing is shared across positions."),
                           expression: .named("N", inputs)),
            DerivationStep(kind: .allWeights, layer: f.index, title: text("Weights of all \(plural(units, "unit"))"),
                           explanation: "Every unit has its own weights.",
                           expression: weightsExpression.shown(as: weights)),
            biasStep(f, count: biases, per: "unit"),
            totalStep(f, weights: weights, biases: biases, total: total),
        ]
        let compact = StepExpression.plus([weightsExpression] + (f.useBias ? [.named("M", biases)] : []))
        return LayerCount(headline: text("\(plural(f.filters, "unit")) over an input of \(f.inputText)"), steps: steps,
                          expression: compact.result == total ? compact : .number(total), total: total)
    }

    // MARK: - Batch normalization

    /// The parts of a batch normalization's count.
    struct NormalizationCount {
        var channels: Int
        var learned: Int
        var statistics: Int
        var steps: [DerivationStep]
    }

    mutating func normalization(_ f: LayerFacts, channels given: Int) throws(Overflow) -> NormalizationCount {
        let channels = rule(.normalizedChannels, given, f)
        let perChannel = f.learnedPerChannel
        let learnedExpression: StepExpression = perChannel == 0 ? .number(0)
            : perChannel == 1 ? .named("C", channels) : .product([.number(perChannel), .named("C", channels)])
        let learned = rule(.learned, try value(learnedExpression), f)
        let statisticsExpression = StepExpression.product([.number(2), .named("C", channels)])
        let statistics = rule(.statistics, try value(statisticsExpression), f)
        let kept = f.framework == .keras
            ? "Keras also keeps a moving mean and a moving variance per channel and counts them as non-trainable parameters."
            : "PyTorch also keeps a running mean and variance per channel, but as buffers: they are not parameters."
        let steps = [
            DerivationStep(kind: .learned, layer: f.index, title: "A scale and a shift per channel",
                           explanation: perChannel == 0 ? "This layer learns no scale or shift." :
                            "Each of the \(plural(channels, "channel")) learns a scale (gamma) and a shift (beta).",
                           expression: learnedExpression.shown(as: learned)),
            DerivationStep(kind: .statistics, layer: f.index, title: "The moving statistics", explanation: kept,
                           expression: statisticsExpression.shown(as: statistics)),
        ]
        return NormalizationCount(channels: channels, learned: learned, statistics: statistics, steps: steps)
    }

    mutating func batchNormalization(_ f: LayerFacts, channels: Int) throws(Overflow) -> LayerCount {
        let parts = try normalization(f, channels: channels)
        var steps = parts.steps
        let keras = f.framework == .keras
        let expression: StepExpression = keras
            ? .sum([.named("learned", parts.learned), .named("statistics", parts.statistics)]) : .named("learned", parts.learned)
        let total = rule(.layerTotal, try value(expression), f)
        let nonTrainable = keras ? parts.statistics : 0
        steps.append(DerivationStep(
            kind: .total, layer: f.index, title: "Total",
            explanation: keras ? "Keras shows all of them: \(NumberFormat.grouped(parts.learned)) trainable, "
                + "\(NumberFormat.grouped(nonTrainable)) non-trainable." : "PyTorch counts only the learned ones.",
            expression: expression.shown(as: total), unit: "parameters"))
        return LayerCount(headline: "Batch normalization over \(plural(parts.channels, "channel"))", steps: steps,
                          expression: expression.shown(as: total), total: total)
    }
}
