/// What a run of cells means, which the terminal maps to colours: the input volume cyan, the
/// kernel orange or yellow, as in the classic figure. Without colour, only the attributes show.
public enum Palette: Sendable, Equatable, Hashable, CaseIterable {
    case plain
    case input
    case kernel
    case output
    case bias
    case correct
    case wrong
    case accent
    case muted
    case statusBar
    case field
}

/// The look of one cell: its meaning (colour) and text attributes that read without colour.
public struct CellStyle: Sendable, Equatable, Hashable {
    public var palette: Palette
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool
    public var dim: Bool

    public init(_ palette: Palette = .plain, bold: Bool = false, underline: Bool = false, reverse: Bool = false, dim: Bool = false) {
        self.palette = palette
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.dim = dim
    }

    public static let plain = CellStyle()
}

/// One character cell of the screen.
public struct Cell: Sendable, Equatable, Hashable {
    public var character: Character
    public var style: CellStyle

    public init(_ character: Character = " ", style: CellStyle = .plain) {
        self.character = character
        self.style = style
    }

    public static let blank = Cell()
}
