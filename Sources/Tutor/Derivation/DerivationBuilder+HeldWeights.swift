import ConvMath

extension DerivationBuilder {
    // MARK: - Layer and group normalization, Keras' Normalization

    /// The count of a layer whose weights `held` describes: what it holds per value, channel or
    /// index, why, and the total, each from the sizes the engine resolved against its input.
    mutating func heldWeights(_ f: LayerFacts, _ held: HeldWeights) throws(Overflow) -> LayerCount {
        switch held {
        case .layerNormalization(let sizes, let scale, let shift):
            return try layerNormalization(f, sizes: sizes, scale: scale, shift: shift)
        case .groupNormalization(let groups, let channels, let scale, let shift):
            return try groupNormalization(f, groups: groups, channels: channels, scale: scale, shift: shift)
        case .adaptedStatistics(let sizes):
            return try adaptedStatistics(f, sizes: sizes)
        case .givenStatistics:
            let step = DerivationStep(kind: .noWeights, layer: f.index, title: "No weights",
                                      explanation: "The mean and the variance were given when the layer was made: Keras keeps them "
                                        + "as constants, not as weights, so the layer has no parameters.",
                                      expression: .number(0), unit: "parameters")
            return LayerCount(headline: "Normalization with a given mean and variance, on an input of \(f.inputText)",
                              steps: [step], expression: .number(0), total: 0)
        case .embedding(let count, let dimension):
            return try embedding(f, count: count, dimension: dimension)
        case .instanceNormalization(let channels):
            return try instanceNormalization(f, channels: channels)
        }
    }

    /// The values a normalization keeps its numbers for: `N`, the product of several axes' sizes,
    /// or `N = 1` over no axis (Keras' `axis=None`, one number for the whole input).
    private func normalizedValues(_ sizes: [Int]) -> StepExpression {
        sizes.count <= 1 ? .named("N", sizes.first ?? 1) : .product(sizes.map(StepExpression.number))
    }

    /// `2·N`, `N` or `0`: the scales and shifts, one of each per value.
    private func scalesAndShifts(_ values: StepExpression, tensors: Int) -> StepExpression {
        switch tensors {
        case 0: return .number(0)
        case 1: return values
        default:
            if case .product = values { return .product([.number(tensors), .group(values)]) }
            return .product([.number(tensors), values])
        }
    }

    /// What the flags left out, in the framework's own words; empty when nothing was.
    private func switchedOff(_ f: LayerFacts, scale: Bool, shift: Bool, layerNorm: Bool) -> String {
        if f.framework == .keras {
            let off = [scale ? nil : "scale=False (no gamma)", shift ? nil : "center=False (no beta)"].compactMap { $0 }
            return off.isEmpty ? "" : "It was built with \(off.joined(separator: " and ")). "
        }
        if !scale { return "It was built with \(layerNorm ? "elementwise_affine" : "affine")=False: it normalizes, but learns nothing. " }
        return shift ? "" : "It was built with bias=False. "
    }

    /// `weight (64,) + bias (64,)`, as the framework stores the layer's tensors.
    func storedAs(_ f: LayerFacts) -> String {
        let tensors = model.analyzed[f.index].result.weights.map { "\($0.name) \($0.shapeDescription)" }
        return tensors.isEmpty ? "" : "\(f.framework.displayName) stores this as \(tensors.joined(separator: " + ")). "
    }

    private func totalStep(_ f: LayerFacts, learned: Int, total: Int, explanation: String) -> DerivationStep {
        let expression: StepExpression = .named("learned", learned)
        return DerivationStep(kind: .total, layer: f.index, title: "Total", explanation: explanation,
                              expression: expression.shown(as: total), unit: "parameters")
    }

    /// "A scale and a shift per value", "A scale per value, no shift", "No scale, no shift".
    static func learnedTitle(scale: Bool, shift: Bool, per owner: String) -> String {
        switch (scale, shift) {
        case (true, true): return "A scale and a shift per \(owner)"
        case (true, false): return "A scale per \(owner), no shift"
        case (false, true): return "A shift per \(owner), no scale"
        case (false, false): return "No scale, no shift"
        }
    }

    private func names(_ f: LayerFacts) -> (scale: String, shift: String) {
        f.framework == .keras ? ("gamma", "beta") : ("weight", "bias")
    }

    mutating func layerNormalization(_ f: LayerFacts, sizes: [Int], scale: Bool, shift: Bool) throws(Overflow) -> LayerCount {
        let valuesExpression = normalizedValues(sizes)
        let values = rule(.normalizedChannels, try value(valuesExpression), f)
        let shown = values == valuesExpression.result ? valuesExpression : .named("N", values)
        let tensors = (scale ? 1 : 0) + (shift ? 1 : 0)
        let learnedExpression = scalesAndShifts(shown, tensors: tensors)
        let learned = rule(.learned, try value(learnedExpression), f)
        let total = rule(.layerTotal, learned, f, earlier: [.learned: learned])
        let sizesText = sizes.map(String.init).joined(separator: "×")
        let (scaleName, shiftName) = names(f)
        let over = f.framework == .keras
            ? "the \(sizes.count == 1 ? "axis" : "axes") given as axis (\(sizesText))"
            : "the last \(sizes.count == 1 ? "axis" : "\(sizes.count) axes"), normalized_shape = \(sizesText)"
        let others = f.inputShape.dimensions.count > sizes.count
            ? " The same numbers serve every position along the other axes." : ""
        let steps = [
            DerivationStep(kind: .inputChannels, layer: f.index, title: "The values it normalizes",
                           explanation: "Layer normalization takes a mean and a variance over \(over), in each sample on its "
                            + "own: over these \(plural(values, "value")).",
                           expression: shown),
            DerivationStep(kind: .learned, layer: f.index, title: Self.learnedTitle(scale: scale, shift: shift, per: "value"),
                           explanation: switchedOff(f, scale: scale, shift: shift, layerNorm: true)
                            + (tensors == 0 ? "" : "Each value \(tensors == 2 ? "has" : "has only") "
                                + [scale ? "a scale (\(scaleName)) that multiplies it" : nil,
                                   shift ? "a shift (\(shiftName)) added after" : nil].compactMap { $0 }.joined(separator: " and ")
                                + ", learned in training.\(others)"),
                           expression: learnedExpression.shown(as: learned)),
            totalStep(f, learned: learned, total: total,
                      explanation: storedAs(f) + "Unlike batch normalization, it keeps no running statistics: the mean and "
                        + "variance are worked out afresh for every sample."),
        ]
        let headline = f.framework == .keras
            ? "Layer normalization \(sizes.count == 1 ? "along an axis of" : "across") \(sizesText), on an input of \(f.inputText)"
            : "Layer normalization over the last \(sizes.count == 1 ? "axis" : "axes"), \(sizesText), of an input of \(f.inputText)"
        return LayerCount(headline: headline, steps: steps,
                          expression: learnedExpression.shown(as: total), total: total)
    }

    mutating func groupNormalization(_ f: LayerFacts, groups: Int, channels given: Int, scale: Bool,
                                     shift: Bool) throws(Overflow) -> LayerCount {
        let channels = rule(.normalizedChannels, given, f)
        let tensors = (scale ? 1 : 0) + (shift ? 1 : 0)
        let learnedExpression = scalesAndShifts(.named("C", channels), tensors: tensors)
        let learned = rule(.learned, try value(learnedExpression), f)
        let total = rule(.layerTotal, learned, f, earlier: [.learned: learned])
        let (scaleName, shiftName) = names(f)
        let perGroup = groups > 0 ? given / groups : 0
        let wrong = scalesAndShifts(.named("G", groups), tensors: tensors)
        let wrongText = wrong.symbols == "G" ? "G = \(groups)" : "\(wrong.symbols) = \(wrong.numbers) = \(NumberFormat.grouped(wrong.result ?? 0))"
        let steps = [
            DerivationStep(kind: .inputChannels, layer: f.index, title: "The channels, in \(plural(groups, "group"))",
                           explanation: "Group normalization splits the \(plural(given, "channel")) into "
                            + "\(plural(groups, "group")) of \(perGroup) and takes a mean and a variance over each group, in each "
                            + "sample on its own. The groups decide only which values share those statistics.",
                           expression: .named("C", channels)),
            DerivationStep(kind: .learned, layer: f.index,
                           title: tensors == 0 ? Self.learnedTitle(scale: false, shift: false, per: "channel")
                            : "\(scale && shift ? "A scale and a shift" : scale ? "A scale" : "A shift") per channel, not per group",
                           explanation: switchedOff(f, scale: scale, shift: shift, layerNorm: false)
                            + (tensors == 0 ? "" : "Each of the \(plural(channels, "channel")) still learns its own "
                                + [scale ? "scale (\(scaleName))" : nil, shift ? "shift (\(shiftName))" : nil].compactMap { $0 }
                                    .joined(separator: " and ")
                                + ". Counting per group, \(wrongText), "
                                + "is a common mistake: the groups change how the statistics are taken, not the count."),
                           expression: learnedExpression.shown(as: learned)),
            totalStep(f, learned: learned, total: total,
                      explanation: storedAs(f) + "No running statistics are kept: each sample's groups give their own."),
        ]
        return LayerCount(headline: "Group normalization of \(plural(given, "channel")) in \(plural(groups, "group")), on an input of "
                            + f.inputText, steps: steps,
                          expression: learnedExpression.shown(as: total), total: total)
    }

    mutating func instanceNormalization(_ f: LayerFacts, channels given: Int) throws(Overflow) -> LayerCount {
        let channels = rule(.normalizedChannels, given, f)
        let learnedExpression = scalesAndShifts(.named("C", channels), tensors: 2)
        let learned = rule(.learned, try value(learnedExpression), f)
        let total = rule(.layerTotal, learned, f, earlier: [.learned: learned])
        let steps = [
            DerivationStep(kind: .inputChannels, layer: f.index, title: "The channels",
                           explanation: "Instance normalization takes a mean and a variance over each channel of each sample "
                            + "on its own, across its other axes: the input has \(plural(given, "channel")).",
                           expression: .named("C", channels)),
            DerivationStep(kind: .learned, layer: f.index, title: Self.learnedTitle(scale: true, shift: true, per: "channel"),
                           explanation: "With affine=True each channel learns a scale (weight) and a shift (bias) to apply after "
                            + "normalizing; without it, the layer has no weights at all.",
                           expression: learnedExpression.shown(as: learned)),
            totalStep(f, learned: learned, total: total,
                      explanation: storedAs(f) + "Running statistics, if tracked, are buffers, not parameters."),
        ]
        return LayerCount(headline: "Instance normalization of \(plural(given, "channel")), with affine weights, on an input of "
                            + f.inputText, steps: steps,
                          expression: learnedExpression.shown(as: total), total: total)
    }

    mutating func adaptedStatistics(_ f: LayerFacts, sizes: [Int]) throws(Overflow) -> LayerCount {
        let valuesExpression = normalizedValues(sizes)
        let values = rule(.normalizedChannels, try value(valuesExpression), f)
        let shown = values == valuesExpression.result ? valuesExpression : .named("N", values)
        let statisticsExpression = scalesAndShifts(shown, tensors: 2)
        let statistics = rule(.statistics, try value(statisticsExpression), f)
        let expression = StepExpression.sum([statisticsExpression, .number(1)])
        let total = rule(.layerTotal, try value(.sum([.number(statistics), .number(1)])), f, earlier: [.statistics: statistics])
        let over = sizes.isEmpty ? "With axis=None it keeps one mean and one variance for the whole input."
            : "It keeps a mean and a variance for each of the \(plural(values, "value")) along the "
                + "\(sizes.count == 1 ? "axis" : "axes") given as axis (\(sizes.map(String.init).joined(separator: "×"))); "
                + "every position along the other axes shares them."
        let steps = [
            DerivationStep(kind: .inputChannels, layer: f.index, title: "The features", explanation: over, expression: shown),
            DerivationStep(kind: .statistics, layer: f.index, title: "A mean and a variance per feature",
                           explanation: "adapt() measures them on data before training; training never changes them.",
                           expression: statisticsExpression.shown(as: statistics)),
            DerivationStep(kind: .total, layer: f.index, title: "Total, none of it trainable",
                           explanation: storedAs(f) + "The count is a single number Keras keeps for models saved by older "
                            + "versions. Keras counts all of them as non-trainable parameters.",
                           expression: total == expression.result ? .sum([.named("statistics", statistics), .named("count", 1)])
                            : .number(total), unit: "parameters"),
        ]
        let headline = sizes.isEmpty ? "Normalization with one mean and variance for a whole input of \(f.inputText)"
            : "Normalization over \(plural(values, "feature")) of an input of \(f.inputText)"
        return LayerCount(headline: headline, steps: steps,
                          expression: expression.shown(as: total), total: total)
    }
}
