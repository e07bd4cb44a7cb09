/// How a layer without weights that takes several inputs combines them, told by its name: Keras'
/// Concatenate and PyTorch's `torch.cat` join along an axis; Add, Multiply and the like work value by value.
enum MergeKind: Equatable {
    case joining
    case elementwise

    init?(_ typeName: String) {
        switch typeName {
        case "Concatenate", "cat", "torch.cat", "concatenate": self = .joining
        case "Add", "Subtract", "Multiply", "Average", "Maximum", "Minimum", "add", "subtract", "multiply", "average",
             "maximum", "minimum": self = .elementwise
        default: return nil
        }
    }
}
