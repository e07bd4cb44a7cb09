extension MisconceptionID {
    /// The names of the mistakes made sizing parameters and activations in memory.
    var memoryName: String {
        switch self {
        case .forgotBytesPerValue: return "counted values, not bytes"
        case .countedBits: return "counted bits instead of bytes"
        case .decimalMemoryUnits: return "divided by 1,000 instead of 1,024"
        case .forgotBatch: return "sized one input instead of the whole batch"
        case .sizedInputNotOutput: return "sized the layer's input instead of its output"
        case .swappedParametersAndActivations: return "took the layer with the most activations for the one with the most parameters, or the other way"
        case .pickedWidestLayer: return "picked the layer with the most filters"
        default: return rawValue
        }
    }
}
