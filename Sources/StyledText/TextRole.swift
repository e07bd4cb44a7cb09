/// What a run of text is, which a renderer maps to colours and attributes; plain text output ignores it.
///
/// Roles only add colour: text reads the same when every role is drawn plain.
public enum TextRole: Sendable, Equatable, Hashable, CaseIterable {
    /// Ordinary text, spaces, and anything without a meaning of its own.
    case plain
    /// Text that should stand out without a colour: titles, questions, marks in a diagram.
    case emphasis
    /// The input volume and its labels (cyan).
    case input
    /// Kernels and their labels (orange or yellow).
    case kernel
    /// The output volume and its labels.
    case output
    /// Biases.
    case bias
    /// Code and formulas.
    case accent
    /// Captions, hints and other text in the background.
    case muted
    /// A right answer.
    case correct
    /// A wrong answer or a problem.
    case wrong
    /// Text the learner is typing.
    case field
    /// The chosen item of a list.
    case selected
}
