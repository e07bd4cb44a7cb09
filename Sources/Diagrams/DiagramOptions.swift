/// How to draw a diagram: which characters to use and how many columns it may take.
public struct DiagramOptions: Sendable, Equatable, Hashable {
    /// Box drawing and arrows, or ASCII only.
    public var charset: DiagramCharset
    /// No line of the diagram is wider than this (for any value of at least 1).
    public var maxWidth: Int

    /// Options for drawing; the defaults suit an 80-column UTF-8 terminal.
    public init(charset: DiagramCharset = .unicode, maxWidth: Int = 80) {
        self.charset = charset
        self.maxWidth = maxWidth
    }
}
