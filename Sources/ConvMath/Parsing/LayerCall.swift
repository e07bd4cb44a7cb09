/// One layer constructor call as written, e.g. `layers.Conv2D(10, kernel_size=3)`, with its source.
public struct LayerCall: Sendable, Equatable {
    /// The class name without its module prefix: `Conv2D`.
    public var name: String
    /// The module path written before the name: `["layers"]`, `["torch", "nn"]`, or empty.
    public var prefix: [String]
    public var arguments: [CallArgument]
    /// The whole call.
    public var span: SourceSpan
    /// Just the callee, `layers.Conv2D`.
    public var nameSpan: SourceSpan
    public var source: SourceText

    /// The call as the person wrote it, for tables and messages.
    public var writtenName: String { (prefix + [name]).joined(separator: ".") }

    /// The framework the prefix names, if it names one.
    public var prefixFramework: Framework? {
        guard let first = prefix.first else { return nil }
        if prefix.contains("nn") || first == "torch" { return .pytorch }
        if prefix.contains("layers") || prefix.contains("keras") || first == "tf" { return .keras }
        return nil
    }
}
