/// Why a layer cannot be applied to an input, naming the argument at fault when there is one.
public struct LayerProblem: Error, Sendable, Equatable {
    public var message: String
    /// The constructor argument to point at (`groups`, `in_channels`), or nil for the whole call.
    public var argument: String?
    public var hint: String?

    public init(_ message: String, argument: String? = nil, hint: String? = nil) {
        self.message = message
        self.argument = argument
        self.hint = hint
    }

    static let overflow = LayerProblem("the count does not fit in 64 bits",
                                       hint: "use smaller sizes; no real model is this large")
}

/// Runs exact arithmetic, turning overflow into a layer problem.
func exact<T>(_ body: () throws(ArithmeticOverflow) -> T) throws(LayerProblem) -> T {
    do {
        return try body()
    } catch {
        throw LayerProblem.overflow
    }
}
