/// A layer or container object the file makes: one of the engine's layers, a layer that joins
/// tensors, a container of modules (`nn.Sequential`, `nn.ModuleList`, `keras.Sequential`) or a
/// Keras functional model. An object is counted once, however often it is called.
final class LayerObject {
    enum Kind {
        case layer(LayerSpec)
        case merge(MergeLayer)
        case reshaping(ShapeLayer)
        case lambda(LambdaLayer)
        case weighted(NormalizationLayer)
        case container(ContainerKind)
        case functionalModel(inputs: [SymbolicTensor], outputs: [SymbolicTensor])
    }

    enum ContainerKind {
        case sequential
        case moduleList
        case moduleDict
    }

    let id: Int
    var kind: Kind
    let framework: Framework
    let typeName: String
    /// The constructor's arguments by name, for reads such as `self.fc.in_features`.
    var arguments: [String: PyValue] = [:]
    /// A container's children with the names PyTorch gives them (`0`, `1`, … or a dict's keys).
    var children: [(name: String, value: PyValue)]? {
        didSet { depth = max(depth, 1 + (children?.lazy.map(\.value.nesting).max() ?? 0)) }
    }
    /// How deep containers nest inside this one, at most (it only grows).
    private(set) var depth = 1
    /// The span of the call that made it.
    let span: SourceSpan
    /// The input shape a Keras model was given with `build((None, …))`, batch axis left out.
    var builtInputShape: TensorShape?
    /// Keras' `input_shape=` on a layer the catalog does not hold, for the first layer of a Sequential.
    var declaredInputShape: TensorShape?
    /// Set when a statement that would have added to this container failed: its contents are unknown.
    var failure: Opaque?

    init(id: Int, kind: Kind, framework: Framework, typeName: String, span: SourceSpan) {
        self.id = id
        self.kind = kind
        self.framework = framework
        self.typeName = typeName
        self.span = span
        if case .container = kind { children = [] }
    }

    var isModel: Bool {
        switch kind {
        case .container(.sequential), .functionalModel: return true
        default: return false
        }
    }
}

/// A layer with no weights that joins several tensors (Keras' Add, Concatenate, …).
struct MergeLayer {
    enum Operation: Equatable {
        case elementwise
        /// Joins along an axis, written as the framework counts axes (with the batch axis).
        case concatenate(axis: Int)
    }

    var operation: Operation
    var spec: LayerSpec
}

/// One call of a layer on tensors, as the forward pass or the functional code ran it.
struct LayerApplication {
    var layer: LayerObject
    var spec: LayerSpec
    var inputs: [SymbolicTensor]
    var output: SymbolicTensor
    var analysis: LayerAnalysis
}
