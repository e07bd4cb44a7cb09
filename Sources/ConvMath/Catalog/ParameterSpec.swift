/// One argument a layer's constructor takes, as the framework names it.
public struct ParameterSpec: Sendable, Equatable {
    public var name: String
    public var isRequired: Bool
    /// True when the argument changes the counts or shapes; false for `activation`, `name`, ….
    public var affectsCount: Bool
    /// False for arguments a framework only takes by keyword.
    public var isPositional: Bool

    /// Reads a compact spelling: `filters!` is required, `~activation` does not change the counts.
    init(compact: String, positional: Bool) {
        var text = Substring(compact)
        affectsCount = !text.hasPrefix("~")
        if !affectsCount { text = text.dropFirst() }
        isRequired = text.hasSuffix("!")
        if isRequired { text = text.dropLast() }
        name = String(text)
        isPositional = positional
    }
}
