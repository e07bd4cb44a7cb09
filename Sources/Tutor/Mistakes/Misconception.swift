/// A mistake with its name, ready to show.
public struct Misconception: Sendable, Equatable {
    public var id: MisconceptionID
    /// The mistake in a few words, e.g. "forgot the biases".
    public var name: String

    public init(_ id: MisconceptionID) {
        self.id = id
        self.name = id.name
    }
}
