/// A layer class as one framework spells it (`Conv2D` in Keras, `Conv2d` in PyTorch) and the
/// arguments its constructor takes.
public struct LayerType: Sendable, Equatable {
    public var name: String
    public var framework: Framework
    public var family: LayerFamily
    /// The number of spatial axes the layer works over (2 for Conv2D); 0 where it does not apply.
    public var rank: Int
    /// The constructor's arguments in the catalog's compact spelling (see `ParameterSpec.read`).
    private var positional: String
    private var keywordOnly: String

    init(_ name: String, _ framework: Framework, _ family: LayerFamily, rank: Int = 0,
         positional: String, keywordOnly: String = "") {
        self.name = name
        self.framework = framework
        self.family = family
        self.rank = rank
        self.positional = positional
        self.keywordOnly = keywordOnly
    }

    /// The class the name stands for: Keras' aliases (`MaxPool2D`, `Convolution2D`, `GlobalAvgPool2D`)
    /// are other names of one class, whose name Keras shows as the layer's type and makes its name from.
    public var className: String {
        guard framework == .keras else { return name }
        let aliases = [("SeparableConvolution", "SeparableConv"), ("Convolution", "Conv"), ("GlobalAvgPool", "GlobalAveragePooling"),
                       ("GlobalMaxPool", "GlobalMaxPooling"), ("MaxPool", "MaxPooling"), ("AvgPool", "AveragePooling")]
        for (alias, canonical) in aliases where name.hasPrefix(alias) && !(canonical.hasPrefix(alias) && name.hasPrefix(canonical)) {
            return canonical + name.dropFirst(alias.count)
        }
        return name
    }

    /// Arguments in the order the constructor takes them positionally, then keyword-only ones. Read
    /// from the compact spelling when asked for: the catalog holds some ninety types and a command
    /// binds a few, and reading every list as the catalog was built was a fifth of `summary`'s work.
    public var parameters: [ParameterSpec] {
        var parameters: [ParameterSpec] = []
        ParameterSpec.read(positional, positional: true, into: &parameters)
        ParameterSpec.read(keywordOnly, positional: false, into: &parameters)
        ParameterSpec.read(framework == .keras ? LayerType.kerasCommon : LayerType.pytorchCommon, positional: false,
                           into: &parameters)
        return parameters
    }

    /// Keyword arguments every Keras layer accepts; `input_shape` and `input_dim` set a model's input.
    static let kerasCommon = "~name ~dtype trainable ~autocast input_shape input_dim ~batch_size ~weights"
    static let pytorchCommon = "~device ~dtype"

    /// Arguments every Keras layer takes that concern the model rather than the layer's own shape.
    static let modelArguments: Set<String> = ["input_shape", "input_dim", "trainable"]

    public func parameter(named name: String) -> ParameterSpec? {
        parameters.first { $0.name == name }
    }

    /// The arguments that change counts or shapes, for help and error messages.
    public var countedParameterNames: [String] {
        parameters.filter { $0.affectsCount && !LayerType.modelArguments.contains($0.name) }.map(\.name)
    }

    /// A short signature, as `Conv2D(filters, kernel_size, strides=…, …)`.
    public var signature: String {
        let names = parameters.filter { $0.affectsCount && !LayerType.modelArguments.contains($0.name) }
            .map { $0.isRequired ? $0.name : "\($0.name)=…" }
        return "\(name)(\(names.joined(separator: ", ")))"
    }
}
