/// A run of characters that share one colour role.
public struct DiagramSpan: Sendable, Equatable, Hashable {
    /// The characters, each one display column wide.
    public var text: String
    /// What the characters show, for colouring.
    public var role: DiagramRole

    /// A run of `text` in `role`.
    public init(_ text: String, role: DiagramRole = .plain) {
        self.text = text
        self.role = role
    }

    /// A run of `text` in `role`, with both arguments labelled.
    public init(text: String, role: DiagramRole) {
        self.init(text, role: role)
    }
}
