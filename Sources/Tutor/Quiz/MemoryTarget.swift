import ConvMath

/// A size in memory a question asks for, read from the engine: the values stored (a layer's or a
/// model's parameters, or a layer's output), times the bytes of one value in `dataType`, times the
/// inputs of a batch, in bytes or in KB or MB of 1,024.
public struct MemoryTarget: Sendable, Equatable {
    /// Which values are stored.
    public enum Stored: Sendable, Equatable {
        case layerParameters
        case modelParameters
        /// The focus layer's output, the activations it keeps for each input.
        case layerOutput
    }

    /// The unit the answer is given in; KB and MB are 1,024 of the unit below, as the question says.
    public enum Unit: Int, Sendable, Equatable {
        case bytes = 1
        case kilobytes = 1_024
        case megabytes = 1_048_576

        public var symbol: String {
            switch self {
            case .bytes: return "bytes"
            case .kilobytes: return "KB"
            case .megabytes: return "MB"
            }
        }
    }

    public var stored: Stored
    public var dataType: DataType
    /// How many inputs the outputs are kept for: 1 for one input.
    public var batch = 1
    public var unit = Unit.bytes

    public init(stored: Stored, dataType: DataType, batch: Int = 1, unit: Unit = .bytes) {
        self.stored = stored
        self.dataType = dataType
        self.batch = batch
        self.unit = unit
    }

    /// The values stored, as the engine counts them; nil when the focus layer is not there.
    public func values(in analysis: ModelAnalysis, focusLayer: Int) -> Int? {
        if stored == .modelParameters { return analysis.parameters.total }
        guard analysis.layers.indices.contains(focusLayer) else { return nil }
        let layer = analysis.layers[focusLayer].result
        return stored == .layerOutput ? layer.outputShape.elementCount : layer.parameters.total
    }

    /// The size in `unit`; nil when it is not a whole number of them or does not fit in 64 bits.
    public func value(in analysis: ModelAnalysis, focusLayer: Int) -> Int? {
        guard let values = values(in: analysis, focusLayer: focusLayer),
              let bytes = try? MemoryFootprint.bytes(values: values, dataType, batch: batch),
              bytes % unit.rawValue == 0 else { return nil }
        return bytes / unit.rawValue
    }
}

/// What "the largest layer" is measured by, in a question that asks which layer holds the most.
public enum LayerMeasure: Sendable, Equatable {
    case parameters
    /// The values of the layer's output for one input.
    case activations

    /// Each layer's parameters or output values, as the engine counts them (0 when past 64 bits).
    public func sizes(in analysis: ModelAnalysis) -> [Int] {
        analysis.layers.map { self == .parameters ? $0.result.parameters.total : $0.result.outputShape.elementCount ?? 0 }
    }

    /// The number, counting from 1 after the input, of the one layer that holds the most; nil when
    /// two layers tie, since the question would then have two answers.
    public func largestLayer(in analysis: ModelAnalysis) -> Int? {
        let sizes = sizes(in: analysis)
        guard let most = sizes.max(), sizes.filter({ $0 == most }).count == 1, let index = sizes.firstIndex(of: most) else {
            return nil
        }
        return index + 1
    }
}
