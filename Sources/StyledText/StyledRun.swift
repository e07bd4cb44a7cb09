/// A run of characters that share one role, every character one display column wide.
public struct StyledRun: Sendable, Equatable, Hashable {
    public var text: String
    public var role: TextRole
    /// Drawn bold on top of the role's own look.
    public var strong: Bool

    public init(_ text: String, role: TextRole = .plain, strong: Bool = false) {
        self.text = text
        self.role = role
        self.strong = strong
    }

    /// True when the two runs look the same and may be drawn as one.
    func looksLike(_ other: StyledRun) -> Bool {
        role == other.role && strong == other.strong
    }
}
