/// How hard the numbers are.
public enum Difficulty: Int, Sendable, CaseIterable {
    /// Small numbers, for mental arithmetic.
    case mental
    /// The sizes frameworks and papers use: 32, 64, 128 filters; 224, 112, 56 inputs; 1×1 to 7×7 kernels.
    case typical
    /// Interview and course questions: classic sizes and twists.
    case interview

    public var title: String {
        switch self {
        case .mental: return "mental arithmetic"
        case .typical: return "typical sizes"
        case .interview: return "interview style"
        }
    }
}
