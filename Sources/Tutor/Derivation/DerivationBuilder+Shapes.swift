import ConvMath

extension DerivationBuilder {
    // MARK: - Output sizes under the rules

    /// The output-size mistakes in force for a layer.
    mutating func sizeBugs(for f: LayerFacts) -> [(OutputSizeBug, Mistake)] {
        let bugs: [OutputSizeBug] = [.ignorePadding, .assumeSame, .ignoreStride, .ignoreDilation, .dropPlusOne, .roundUp,
                                     .dilationTimesKernel, .dilationGapsOnce, .ignoreCeilMode, .keepLastWindow]
        return bugs.compactMap { bug in rules.bug(bug).map { (bug, $0) } }
    }

    /// A window layer's output sizes as the rules in force work them out, recording what the mistakes changed.
    mutating func outputSizes(_ f: LayerFacts, inputs: [Int]) throws(Overflow) -> [OutputSizeArithmetic] {
        let active = sizeBugs(for: f)
        let sizes = OutputSizeArithmetic.sizes(f, inputs: inputs, bugs: Set(active.map(\.0)))
        if !active.isEmpty {
            let right = OutputSizeArithmetic.sizes(f, inputs: inputs)
            for (wrong, correct) in zip(sizes, right) {
                rules.recordSize(active.map(\.1), layer: f.index, right: try value(correct.size), wrong: try value(wrong.size))
            }
        }
        return sizes
    }

    /// "height", "width", "the length", "frames".
    static func axisNames(_ count: Int) -> [String] {
        switch count {
        case 1: return ["the length"]
        case 2: return ["height", "width"]
        default: return ["frames", "height", "width"]
        }
    }

    // MARK: - The output shape step of a layer's explanation

    mutating func shapeStep(_ f: LayerFacts) throws(Overflow) -> DerivationStep {
        let output = f.outputText
        switch f.kind {
        case .convolution, .depthwise, .separable, .pooling:
            guard OutputSizeArithmetic.applies(to: f) else { break }
            let sizes = try outputSizes(f, inputs: f.inSpatial)
            let note: String?
            let channelNote: String
            switch f.kind {
            case .convolution:
                channelNote = "one channel per filter: \(f.filters)"
                note = "\(f.kernel.count == 1 ? "The length" : f.kernel.count == 3 ? "The frames, height and width" : "H and W") never "
                    + "entered the count: the same kernels slide over every position (weight sharing). They only decide how big the output is."
            case .depthwise:
                channelNote = f.depthMultiplier > 1 ? "\(f.inChannels)·\(f.depthMultiplier) = \(f.filters) channels, one per kernel"
                    : "the \(plural(f.inChannels, "channel")) stay separate"
                note = nil
            case .separable:
                channelNote = "one channel per pointwise filter: \(f.filters)"
                note = nil
            default:
                channelNote = "the \(plural(f.inChannels, "channel")) stay"
                note = nil
            }
            return try spatialShapeStep(f, sizes: sizes, channelNote: channelNote, note: note)
        case .transposed:
            let formulas = f.inSpatial.indices.map { axis in
                OutputSizeFormula.transposed(f, n: f.inSpatial[axis], axis: axis)
            }
            return transposedShapeStep(f, formulas: formulas)
        default: break
        }
        let dimensions = f.inputShape.dimensions
        switch f.kind {
        case .flatten:
            return DerivationStep(kind: .outputShape, layer: f.index, title: "Output shape",
                                  explanation: "The output has as many values as the input.", formula: "product of the sizes",
                                  substitution: dimensions.map(String.init).joined(separator: "·"), resultText: output)
        case .dense:
            return DerivationStep(kind: .outputShape, layer: f.index, title: "Output shape",
                                  explanation: "The last axis becomes the \(plural(f.filters, "unit")).", formula: "(…, M)",
                                  substitution: f.outputShape.description, resultText: output)
        default:
            let name = f.typeName
            if name.contains("Global") {
                return DerivationStep(kind: .outputShape, layer: f.index, title: "Output shape",
                                      explanation: "Every spatial axis collapses to a single value per channel.", formula: "channels",
                                      substitution: String(f.inChannels), resultText: output)
            }
            if name.contains("Adaptive") {
                return DerivationStep(kind: .outputShape, layer: f.index, title: "Output shape",
                                      explanation: "The channels stay; the spatial sizes become output_size.",
                                      formula: "(channels, output_size…)", substitution: f.outputShape.description, resultText: output)
            }
            if MergeKind(name) == .joining {
                return DerivationStep(kind: .outputShape, layer: f.index, title: "Output shape",
                                      explanation: "The joined axis adds up over the inputs; every other axis must agree.",
                                      formula: "first input's shape, joined with the others", substitution: f.inputShape.description,
                                      resultText: output)
            }
            if MergeKind(name) == .elementwise {
                // Only the first input's shape is at hand: say what holds whether or not the others broadcast.
                return DerivationStep(kind: .outputShape, layer: f.index, title: "Output shape",
                                      explanation: "Its inputs agree on every axis, or a size of 1 stretches to the others' "
                                        + "(broadcasting); the result has the size they agree on.",
                                      formula: "the inputs' common shape", substitution: f.outputShape.description, resultText: output)
            }
            if name == "Lambda" {
                return DerivationStep(kind: .outputShape, layer: f.index, title: "Output shape",
                                      explanation: "The shape is whatever the function makes of its input, seen by running it.",
                                      formula: "the function's result", substitution: f.outputShape.description, resultText: output)
            }
            if case .embedding(_, let dimension)? = f.held {
                return DerivationStep(kind: .outputShape, layer: f.index, title: "Output shape",
                                      explanation: "Each index is replaced by its row of the table: the output adds an axis of "
                                        + "\(dimension) after the input's \(f.inputShape.description).",
                                      formula: "(…, d)", substitution: f.outputShape.description, resultText: output)
            }
            guard f.outputShape == f.inputShape else {
                return DerivationStep(kind: .outputShape, layer: f.index, title: "Output shape",
                                      explanation: "\(name) reshapes its input of \(f.inputShape.description).",
                                      formula: "output shape", substitution: f.outputShape.description, resultText: output)
            }
            return DerivationStep(kind: .outputShape, layer: f.index, title: "Output shape", explanation: "The shape does not change.",
                                  formula: "input shape", substitution: f.inputShape.description, resultText: output)
        }
    }

    private func spatialShapeStep(_ f: LayerFacts, sizes: [OutputSizeArithmetic], channelNote: String,
                                  note: String?) throws(Overflow) -> DerivationStep {
        let axes = Self.axisNames(sizes.count)
        let values = try sizes.map { (size: OutputSizeArithmetic) throws(Overflow) in try value(size.size) }
        // `224`, not `224 = 224`, when the rule leaves the size as it is ('same', stride 1).
        let worked = { (index: Int) in
            sizes[index].size.numbers == String(values[index]) ? String(values[index]) : "\(sizes[index].size.numbers) = \(values[index])"
        }
        let text: String
        if Set(sizes.map(\.size.numbers)).count == 1 {
            text = "\(worked(0)) for \(axes.joined(separator: " and "))"
        } else {
            text = sizes.indices.map { "\(axes[$0]): \(worked($0))" }.joined(separator: "; ")
        }
        var explanation = "Along each spatial axis of size n: \(sizes[0].size.symbols). Then \(channelNote)."
        if let note { explanation += " " + note }
        let outputShape = TensorShape.with(spatial: values, channels: f.outChannels, layout: f.framework.channelLayout)
        return DerivationStep(kind: .outputShape, layer: f.index, title: "Output shape", explanation: explanation,
                              formula: sizes[0].size.symbols, substitution: text, resultText: outputShape.timesDescription,
                              diagram: outputDiagram(f, outputSpatial: values, caption: text))
    }

    private func transposedShapeStep(_ f: LayerFacts, formulas: [OutputSizeFormula]) -> DerivationStep {
        let axes = Self.axisNames(formulas.count)
        let text: String
        if Set(formulas).count == 1, Set(f.outSpatial).count == 1 {
            text = "\(formulas[0].substitution) = \(f.outSpatial[0]) for \(axes.joined(separator: " and "))"
        } else {
            text = formulas.indices.map { "\(axes[$0]): \(formulas[$0].substitution) = \(f.outSpatial[$0])" }.joined(separator: "; ")
        }
        let explanation = "Along each spatial axis of size n: \(formulas[0].formula). Then one channel per filter: \(f.filters). "
            + "A transposed convolution makes its input larger: the stride spreads the input apart."
        return DerivationStep(kind: .outputShape, layer: f.index, title: "Output shape", explanation: explanation,
                              formula: formulas[0].formula, substitution: text, resultText: f.outputText,
                              diagram: outputDiagram(f, outputSpatial: f.outSpatial, caption: text))
    }

    private func outputDiagram(_ f: LayerFacts, outputSpatial: [Int], caption: String) -> DerivationDiagram? {
        guard f.inSpatial.count == 2, outputSpatial.count == 2 else { return nil }
        return .outputVolume(inputHeight: f.inSpatial[0], inputWidth: f.inSpatial[1], inputDepth: f.inChannels,
                             outputHeight: outputSpatial[0], outputWidth: outputSpatial[1], outputDepth: f.outChannels,
                             caption: [caption])
    }
}
