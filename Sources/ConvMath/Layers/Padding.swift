/// How a layer pads its input before sliding the kernel.
public enum Padding: Sendable, Equatable {
    /// No padding: the kernel only visits positions where it fits.
    case valid
    /// Keras: output = ceil(n / stride); PyTorch: output = n (stride 1 only).
    case same
    /// Keras Conv1D's left-only padding; the output size is as for `same`.
    case causal
    /// PyTorch's explicit zeros added to both sides of each spatial axis.
    case explicit([Int])

    /// How it reads in a formula or message.
    public var description: String {
        switch self {
        case .valid: return "'valid'"
        case .same: return "'same'"
        case .causal: return "'causal'"
        case .explicit(let amounts): return amounts.count == 1 ? String(amounts[0]) : TensorShape(amounts).description
        }
    }

    /// The zeros added on each side of an axis, when explicit.
    public func amount(axis: Int) -> Int {
        if case .explicit(let amounts) = self { return amounts[axis] }
        return 0
    }
}
