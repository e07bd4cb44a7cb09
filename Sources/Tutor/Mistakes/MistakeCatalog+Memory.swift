import ConvMath

/// The mistakes made sizing parameters and activations in memory.
extension MistakeCatalog {
    static let memory: [Mistake] = [
        Mistake(.forgotBytesPerValue, [.replace(.bytesPerValue) { $0.correct > 1 ? 1 : nil }]) { site in
            MistakeWording(counted: "counts the values, not their bytes",
                           rule: "in \(dataTypeName(site.target)) each value takes \(plural(site.right, "byte"))")
        },
        Mistake(.countedBits, [.replace(.bytesPerValue) { $0.correct &* 8 }]) { site in
            MistakeWording(counted: "counts \(number(site.wrong)) bits a value, not bytes",
                           rule: "a byte is 8 bits, so a \(number(site.wrong))-bit value takes \(plural(site.right, "byte"))")
        },
        Mistake(.decimalMemoryUnits, [.replace(.memoryUnit) { site in
            switch site.correct {
            case 1_024: return 1_000
            case 1_048_576: return 1_000_000
            default: return nil
            }
        }]) { site in
            MistakeWording(counted: "divides by \(number(site.wrong))",
                           rule: "the question counts \(number(site.right)) bytes to the unit, as Keras and memory tools do")
        },
        Mistake(.forgotBatch, [.replace(.batchSize) { $0.correct > 1 ? 1 : nil }]) { site in
            MistakeWording(counted: "is one input's worth",
                           rule: "a batch of \(number(site.right)) keeps \(number(site.right)) outputs at once")
        },
        Mistake(.sizedInputNotOutput, [.replace(.storedValues) { site in
            guard case .memory(let target) = site.target, target.stored == .layerOutput else { return nil }
            return site.layer.inputShape.elementCount
        }]) { site in
            MistakeWording(counted: "sizes the layer's input, \(site.layer.inputText)",
                           rule: "what the layer adds to memory is its output, \(site.layer.outputText)")
        },
        Mistake(.swappedParametersAndActivations, [.replace(.largestLayer) { site in
            guard case .largestLayer(let measure) = site.target else { return nil }
            return largest(in: site.model, by: measure == .parameters ? .activations : .parameters)
        }]) { site in
            guard case .largestLayer(.activations) = site.target else {
                return MistakeWording(counted: "is the layer with the most activations",
                                      rule: "parameters sit where layers are wide, activations where the images are large")
            }
            return MistakeWording(counted: "is the layer with the most parameters",
                                  rule: "activations sit where the images are large, at the start, whatever the weights")
        },
        Mistake(.pickedWidestLayer, [.replace(.largestLayer) { site in
            guard case .largestLayer = site.target else { return nil }
            let convolutions = site.model.layers.filter(\.hasKernels)
            guard let widest = convolutions.max(by: { $0.outChannels < $1.outChannels }),
                  convolutions.filter({ $0.outChannels == widest.outChannels }).count == 1 else { return nil }
            return widest.index + 1
        }]) { site in
            MistakeWording(counted: "is the convolution with the most filters",
                           rule: "a layer's size is its whole count: weights from its input's depth and kernels, "
                            + "or output values from its height and width too")
        },
    ]

    /// The number, from 1, of the one layer that holds the most, counted from the facts; nil on a tie.
    static func largest(in model: ModelFacts, by measure: LayerMeasure) -> Int? {
        let sizes = model.layers.map { measure == .parameters ? $0.total : $0.outputShape.elementCount ?? 0 }
        guard let most = sizes.max(), sizes.filter({ $0 == most }).count == 1, let index = sizes.firstIndex(of: most) else {
            return nil
        }
        return index + 1
    }

    /// "float16", the data type a memory question stores its values in.
    private static func dataTypeName(_ target: QuestionTarget) -> String {
        guard case .memory(let memory) = target else { return "the question's type" }
        return memory.dataType.rawValue
    }
}
