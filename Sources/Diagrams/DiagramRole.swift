/// Semantic colour role of a run of characters; the UI maps roles to colours (input cyan, kernel orange/yellow...).
///
/// Roles only add colour: a diagram reads the same when every role is drawn plain.
public enum DiagramRole: Sendable, Equatable, Hashable, CaseIterable {
    /// Spaces and anything without a meaning of its own.
    case plain
    /// The input volume and its labels (cyan).
    case input
    /// Kernels and their labels (orange or yellow).
    case kernel
    /// The output volume and its labels.
    case output
    /// Biases.
    case bias
    /// Captions and other explanatory text.
    case label
    /// Marks that point at what matters: depth labels, arrows, elisions.
    case emphasis
}
