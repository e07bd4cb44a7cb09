/// The number format a tensor's values are stored in, and how many bytes one value takes.
public enum DataType: String, CaseIterable, Sendable {
    case float32
    case float16
    case bfloat16
    case int8
    case float64

    /// Bytes per value: 4 for float32, 2 for float16 and bfloat16, 1 for int8, 8 for float64.
    public var bytes: Int {
        switch self {
        case .float32: return 4
        case .float16, .bfloat16: return 2
        case .int8: return 1
        case .float64: return 8
        }
    }

    /// Bits per value, the number in the type's name.
    public var bits: Int { bytes * 8 }

    /// The spellings `--dtype` takes, in the order they are listed: `float32|float16|...`.
    public static var names: String { allCases.map(\.rawValue).joined(separator: "|") }
}
