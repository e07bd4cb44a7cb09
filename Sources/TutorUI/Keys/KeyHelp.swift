/// What a key binding says about itself, apart from what it does: its keys, the status line's
/// label and the help's line. The help overlay and the status line are drawn from these, so they
/// offer exactly the keys the screen honours.
public struct KeyHelp: Sendable, Equatable {
    /// The keys that perform the binding's action.
    public var keys: [Key]
    /// The status line's hint, key first ("h hint"). Bindings that share a hint ("↑/↓ choose" for
    /// up and for down) show it once.
    public var label: String
    /// The help's line: what the keys do.
    public var text: String
    /// Whether the label shows on the status line; the help lists every binding.
    public var inStatusLine: Bool
    /// How the help names the keys when naming each would not do (the answer field's, say); nil
    /// names each key.
    public var names: String?

    /// The keys as the help's left column names them: "↑ k", or "up k" in ASCII.
    public func keyNames(ascii: Bool) -> String {
        names ?? keys.map { $0.name(ascii: ascii) }.joined(separator: " ")
    }
}
