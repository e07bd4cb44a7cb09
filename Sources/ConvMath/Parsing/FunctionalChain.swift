/// Follows the tensors of Keras functional code (`x = layers.Conv2D(...)(x)`) and refuses code that
/// is not one straight chain: the reader lists layers in the order they are written, so a layer
/// applied to anything but the previous layer's output (a shortcut, a second branch from the input,
/// a layer called on another layer's call) would be counted over the wrong input. Such code gets an
/// error that says why, never a total.
struct FunctionalChain {
    /// The name the last layer's output (or the `Input`) was assigned to; nil before the first, or
    /// after an output that was not assigned to a name.
    private var last: String?
    /// Whether a layer has been applied to a tensor yet, or an `Input` named one.
    private var started = false

    mutating func follow(_ statement: Expression, assignedTo target: String?) throws(ModelError) {
        guard case .call(let callee, let arguments) = statement.kind else { return }
        if case .call = callee.kind {
            guard let input = arguments.first(where: { $0.label == nil })?.value else { return }
            if case .list = input.kind {
                throw ModelError("this layer joins several tensors: convtutor reads one chain of layers and does not "
                                 + "read a model whose branches join yet", at: input.span,
                                 hint: "count one path at a time by listing its layers in order")
            }
            guard case .name(let path) = input.kind else {
                throw ModelError("this layer is applied to the result of another expression, which convtutor does not follow",
                                 at: input.span,
                                 hint: "apply one layer per line to a named tensor, such as x = layers.Flatten()(x)")
            }
            let name = path.joined(separator: ".")
            if started, name != last {
                let made = last.map { "the line before made '\($0.excerpt)'" } ?? "the line before made no named tensor"
                throw ModelError("this layer is applied to '\(name.excerpt)', but \(made): convtutor reads a model as one "
                                 + "chain of layers, each applied to the output of the one before, and cannot count "
                                 + "a model that branches", at: input.span,
                                 hint: "count one path at a time by listing its layers in order; models with shortcuts, "
                                     + "Add or Concatenate are not read yet")
            }
            last = target
            started = true
        } else if callee.dottedName?.last == "Input" {
            last = target
            started = true
        }
    }
}
