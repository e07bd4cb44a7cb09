/// The result of running a model's shapes through its layers: one row per layer and the totals.
public struct ModelAnalysis: Sendable, Equatable {
    public var framework: Framework
    public var inputShape: TensorShape
    public var layers: [AnalyzedLayer]
    public var parameters: ParameterCount
    public var multiplyAccumulates: Int
    /// The model's output when it is not the last row's (a graph that ends in a functional operation).
    public var finalOutputShape: TensorShape? = nil
    /// How the model was picked from a file that defines several (`netG`, `resnet18()`), when it was.
    public var modelName: String? = nil
    /// The class of each module that holds layers, by its dotted path (`layer1` → `Sequential`,
    /// `layer1.0` → `BasicBlock`), for a PyTorch model read from its source.
    public var moduleTypes: [String: String] = [:]
    /// The names of a Keras functional model's inputs (`Input(name=...)`, else Keras' `input_layer`,
    /// `input_layer_1`, …), which `AnalyzedLayer.inputSources` point to.
    public var inputNames: [String] = []
    /// False when no input shape was given and none can be known (a model read from `print(model)`
    /// without `--input`): `inputShape` then only stands in for one.
    public var inputShapeKnown = true
    /// What the reader wants said about how it read the model (the order it assumed, where shapes
    /// stop being known).
    public var notes: [String] = []

    /// Whether every row's output shape is known, and so the multiply-accumulates.
    public var shapesKnown: Bool { inputShapeKnown && layers.allSatisfy(\.shapeKnown) }

    /// Whether a layer takes anything but the previous row's output (the model's input for the
    /// first): a graph with branches, shortcuts or merges, whose summary says what each row is
    /// connected to.
    public var branches: Bool {
        layers.enumerated().contains { index, layer in
            !layer.inputSources.isEmpty && layer.inputSources != [index == 0 ? .modelInput(0) : .row(index - 1)]
        }
    }

    public var outputShape: TensorShape { finalOutputShape ?? layers.last?.result.outputShape ?? inputShape }
}

/// One layer in context: what it received and what it made of it.
public struct AnalyzedLayer: Sendable, Equatable {
    public var spec: LayerSpec
    public var inputShape: TensorShape
    public var result: LayerAnalysis
    /// Where the layer sits in the model as the framework names it (`layer1.0.conv1`), when known.
    public var path: String?
    /// True for the second and later calls of one layer object: its weights are counted at its first
    /// call, and this row's count is zero.
    public var sharedCall: Bool
    /// Where each of its inputs comes from, when the model was run as a graph (empty otherwise).
    public var inputSources: [LayerInputSource] = []
    /// False when its input, and so its output, is not known (only its count is).
    public var shapeKnown = true

    public init(spec: LayerSpec, inputShape: TensorShape, result: LayerAnalysis, path: String? = nil, sharedCall: Bool = false) {
        self.spec = spec
        self.inputShape = inputShape
        self.result = result
        self.path = path
        self.sharedCall = sharedCall
    }
}

/// Where a layer's input comes from: an earlier row's output, one of the model's inputs, or an
/// operation that is not a layer (a tensor expression).
public enum LayerInputSource: Sendable, Equatable {
    case row(Int)
    case modelInput(Int)
    case operation
}
