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
    ]

    /// "float16", the data type a memory question stores its values in.
    private static func dataTypeName(_ target: QuestionTarget) -> String {
        guard case .memory(let memory) = target else { return "the question's type" }
        return memory.dataType.rawValue
    }
}
