/// How to draw a diagram: which characters to use and how many columns it may take.
public struct DiagramOptions: Sendable, Equatable, Hashable {
    /// Box drawing and arrows, or ASCII only.
    public var charset: DiagramCharset
    /// No line of the diagram is wider than this (for any value of at least 1).
    public var maxWidth: Int
    /// Whether labels write a volume's channels first (`3 × 64 × 64`, as PyTorch does) or last
    /// (`64 × 64 × 3`, as Keras does).
    public var channelsFirst: Bool
    /// Whether the picture should take as few rows as it can (flat fronts, one diagonal of depth), for a
    /// window too short for the roomy one; the labels still carry every number.
    public var compact: Bool

    /// Options for drawing; the defaults suit an 80-column UTF-8 terminal and Keras' channels-last order.
    public init(charset: DiagramCharset = .unicode, maxWidth: Int = 80, channelsFirst: Bool = false, compact: Bool = false) {
        self.charset = charset
        self.maxWidth = maxWidth
        self.channelsFirst = channelsFirst
        self.compact = compact
    }
}
