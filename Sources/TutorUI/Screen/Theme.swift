/// A colour a terminal can show: one of the eight ANSI colours, and the colour to use instead where
/// the terminal has 256.
public struct TerminalColor: Sendable, Equatable, Hashable {
    /// 0 black, 1 red, 2 green, 3 yellow, 4 blue, 5 magenta, 6 cyan, 7 white.
    public var basic: Int16
    /// An index into the 256-colour palette.
    public var extended: Int16

    public init(basic: Int16, extended: Int16) {
        self.basic = basic
        self.extended = extended
    }

    public static let black = TerminalColor(basic: 0, extended: 16)
    public static let white = TerminalColor(basic: 7, extended: 231)
}

/// How the palette is coloured: a colour for each palette entry that has one, and, for a theme that
/// brings its own background, the text and background colours of every other cell. The dark theme
/// keeps the terminal's own colours and suits a dark screen; the light one paints black on white for
/// a projector with a white background, with colours dark enough to read on it.
public struct Theme: Sendable, Equatable {
    /// The themes there are, by the name `--theme` takes.
    public enum Name: String, Sendable, Equatable, CaseIterable {
        case dark
        case light
    }

    /// The colours of every cell that has none of its own.
    public struct Canvas: Sendable, Equatable {
        public var text: TerminalColor
        public var background: TerminalColor

        public init(text: TerminalColor, background: TerminalColor) {
            self.text = text
            self.background = background
        }
    }

    public var name: Name
    /// The colour of each coloured palette entry; entries without one are drawn in `canvas`'s text
    /// colour, by attributes alone.
    public var colors: [Palette: TerminalColor]
    /// The text and background colours of the whole screen; nil keeps the terminal's.
    public var canvas: Canvas?

    public init(name: Name, colors: [Palette: TerminalColor], canvas: Canvas?) {
        self.name = name
        self.colors = colors
        self.canvas = canvas
    }

    public static func named(_ name: Name) -> Theme {
        switch name {
        case .dark: .dark
        case .light: .light
        }
    }

    /// The terminal's own background: input cyan, the kernel orange (yellow with 8 colours), as in the
    /// classic figure.
    public static let dark = Theme(name: .dark, colors: [
        .input: TerminalColor(basic: 6, extended: 6),
        .kernel: TerminalColor(basic: 3, extended: 208),
        .output: TerminalColor(basic: 2, extended: 2),
        .bias: TerminalColor(basic: 5, extended: 5),
        .correct: TerminalColor(basic: 2, extended: 2),
        .wrong: TerminalColor(basic: 1, extended: 1),
        .accent: TerminalColor(basic: 4, extended: 33),
    ], canvas: nil)

    /// Black on white: deep blue input, dark orange kernel (red with 8 colours, where yellow would wash
    /// out on white), dark green output.
    public static let light = Theme(name: .light, colors: [
        .input: TerminalColor(basic: 4, extended: 25),
        .kernel: TerminalColor(basic: 1, extended: 166),
        .output: TerminalColor(basic: 2, extended: 28),
        .bias: TerminalColor(basic: 5, extended: 127),
        .correct: TerminalColor(basic: 2, extended: 28),
        .wrong: TerminalColor(basic: 1, extended: 160),
        .accent: TerminalColor(basic: 4, extended: 19),
    ], canvas: Canvas(text: .black, background: .white))
}
