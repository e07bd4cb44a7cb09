import CNcurses
import TutorUI

// MARK: - From palette to colour pairs and attributes

extension NcursesTerminal {
    /// How much colour a session shows.
    enum ColorMode: Sendable, Equatable {
        /// No colour: `NO_COLOR` is set, or the terminal has none. Only attributes show.
        case monochrome
        /// The eight ANSI colours.
        case basic
        /// 256 colours or more: the kernel can be orange.
        case extended
    }

    /// How one style is shown: a colour pair (0 = the terminal's own colours) and attributes.
    struct Appearance: Sendable, Equatable {
        var pair: Int16
        var bold = false
        var underline = false
        var reverse = false
        var dim = false
    }

    /// One colour pair to set up: its number, foreground and background (-1: the terminal's own).
    struct ColorPairDefinition: Sendable, Equatable {
        var pair: Int16
        var foreground: Int16
        var background: Int16 = -1
    }

    /// Decides the colour mode; `noColor` is the `NO_COLOR` variable, which disables colour when
    /// present and not empty (no-color.org).
    static func colorMode(hasColors: Bool, colorCount: Int, pairCount: Int, noColor: String?) -> ColorMode {
        if let noColor, !noColor.isEmpty { return .monochrome }
        let pairsNeeded = Palette.allCases.compactMap(colorPairNumber).max() ?? 0
        guard hasColors, colorCount >= 8, pairCount > pairsNeeded else { return .monochrome }
        return colorCount >= 256 ? .extended : .basic
    }

    /// The colour pair a palette entry uses when there is colour; nil for entries shown by
    /// attributes alone.
    static func colorPairNumber(_ palette: Palette) -> Int16? {
        switch palette {
        case .input: 1
        case .kernel: 2
        case .output: 3
        case .bias: 4
        case .correct: 5
        case .wrong: 6
        case .accent: 7
        case .plain, .muted, .statusBar, .field: nil
        }
    }

    /// A theme's colour in a colour mode; nil in monochrome.
    static func index(_ color: TerminalColor, mode: ColorMode) -> Int16? {
        switch mode {
        case .monochrome: nil
        case .basic: color.basic
        case .extended: color.extended
        }
    }

    /// The foreground colour of a palette entry in a colour mode and theme; nil without one.
    static func foreground(_ palette: Palette, mode: ColorMode, theme: Theme = .dark) -> Int16? {
        guard colorPairNumber(palette) != nil, let color = theme.colors[palette] else { return nil }
        return index(color, mode: mode)
    }

    /// The text and background colours of pair 0 (every cell without a colour of its own), when the
    /// theme brings its own and there is colour; nil keeps the terminal's.
    static func canvasColors(mode: ColorMode, theme: Theme) -> (text: Int16, background: Int16)? {
        guard let canvas = theme.canvas, let text = index(canvas.text, mode: mode),
              let background = index(canvas.background, mode: mode) else { return nil }
        return (text, background)
    }

    /// The colour pairs to set up with `init_pair` (none in monochrome), on the theme's background or
    /// else on `background` (-1: the terminal's own).
    static func pairDefinitions(mode: ColorMode, theme: Theme = .dark, background: Int16 = -1) -> [ColorPairDefinition] {
        let paper = canvasColors(mode: mode, theme: theme)?.background ?? background
        return Palette.allCases.compactMap { palette in
            guard let pair = colorPairNumber(palette), let color = foreground(palette, mode: mode, theme: theme) else { return nil }
            return ColorPairDefinition(pair: pair, foreground: color, background: paper)
        }
    }

    /// How a style is shown: its colour pair when there is colour, its own attributes, and the
    /// attributes some palette entries always carry (muted is dim, the status bar is reversed, a
    /// field is underlined), so they read the same without colour.
    static func appearance(of style: CellStyle, mode: ColorMode) -> Appearance {
        let pair = mode == .monochrome ? 0 : colorPairNumber(style.palette) ?? 0
        return Appearance(
            pair: pair,
            bold: style.bold,
            underline: style.underline || style.palette == .field,
            reverse: style.reverse || style.palette == .statusBar,
            dim: style.dim || style.palette == .muted
        )
    }
}
