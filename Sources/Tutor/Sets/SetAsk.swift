/// What a set's question asks for, as the file spells it (`ask: parameters`): each names one of the
/// engine's question targets, so the answer and its derivation come from the engine.
public enum SetAsk: String, CaseIterable, Sendable {
    case parameters
    case total
    case trainable
    case nonTrainable = "non-trainable"
    case outputHeight = "output-height"
    case macs

    public var target: QuestionTarget {
        switch self {
        case .parameters: return .layerParameters
        case .total: return .modelParameters
        case .trainable: return .modelTrainable
        case .nonTrainable: return .modelNonTrainable
        case .outputHeight: return .outputHeight
        case .macs: return .layerMultiplyAccumulates
        }
    }

    /// What the number counts, after it: "280 parameters", "22 rows", "130,680 MACs".
    public var unit: String {
        switch self {
        case .parameters, .total, .trainable, .nonTrainable: return "parameters"
        case .outputHeight: return "rows"
        case .macs: return "MACs"
        }
    }

    /// Every spelling, for messages.
    static var spellings: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
