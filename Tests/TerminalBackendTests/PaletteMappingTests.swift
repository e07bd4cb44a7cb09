import CNcurses
import Testing
import TutorUI
@testable import TerminalBackend

@Suite("mapping the palette to colour pairs and attributes")
struct PaletteMappingTests {
    typealias Appearance = NcursesTerminal.Appearance

    static let withColor: [(Palette, Appearance)] = [
        (.plain, Appearance(pair: 0)),
        (.input, Appearance(pair: 1)),
        (.kernel, Appearance(pair: 2)),
        (.output, Appearance(pair: 3)),
        (.bias, Appearance(pair: 4)),
        (.correct, Appearance(pair: 5)),
        (.wrong, Appearance(pair: 6)),
        (.accent, Appearance(pair: 7)),
        (.muted, Appearance(pair: 0, dim: true)),
        (.statusBar, Appearance(pair: 0, reverse: true)),
        (.field, Appearance(pair: 0, underline: true)),
    ]

    @Test("with colour, each coloured palette entry has its own pair", arguments: withColor)
    func colored(palette: Palette, expected: Appearance) {
        #expect(NcursesTerminal.appearance(of: CellStyle(palette), mode: .basic) == expected)
        #expect(NcursesTerminal.appearance(of: CellStyle(palette), mode: .extended) == expected)
    }

    @Test("without colour, no pair is used and only attributes show", arguments: Palette.allCases)
    func monochrome(palette: Palette) {
        let look = NcursesTerminal.appearance(of: CellStyle(palette), mode: .monochrome)
        #expect(look.pair == 0)
        #expect(look.underline == (palette == .field))
        #expect(look.reverse == (palette == .statusBar))
        #expect(look.dim == (palette == .muted))
        #expect(!look.bold)
    }

    @Test("a style's own attributes are kept, with colour or without")
    func ownAttributes() {
        let style = CellStyle(.wrong, bold: true, underline: true, reverse: true, dim: true)
        #expect(NcursesTerminal.appearance(of: style, mode: .monochrome)
            == Appearance(pair: 0, bold: true, underline: true, reverse: true, dim: true))
        #expect(NcursesTerminal.appearance(of: style, mode: .basic)
            == Appearance(pair: 6, bold: true, underline: true, reverse: true, dim: true))
    }

    @Test("the colours: input cyan, kernel yellow (orange with 256 colours), output green, bias magenta")
    func colours() {
        func foregrounds(_ mode: NcursesTerminal.ColorMode) -> [Int16: Int16] {
            Dictionary(uniqueKeysWithValues: NcursesTerminal.pairDefinitions(mode: mode).map { ($0.pair, $0.foreground) })
        }
        let basic = foregrounds(.basic)
        #expect(basic == [
            1: Int16(COLOR_CYAN), 2: Int16(COLOR_YELLOW), 3: Int16(COLOR_GREEN), 4: Int16(COLOR_MAGENTA),
            5: Int16(COLOR_GREEN), 6: Int16(COLOR_RED), 7: Int16(COLOR_BLUE),
        ])
        let extended = foregrounds(.extended)
        #expect(extended[2] == 208)
        #expect(extended[1] == Int16(COLOR_CYAN))
        #expect(NcursesTerminal.pairDefinitions(mode: .monochrome).isEmpty)
    }

    static let modes: [(Bool, Int, Int, String?, NcursesTerminal.ColorMode)] = [
        (true, 256, 65536, nil, .extended),
        (true, 8, 64, nil, .basic),
        (true, 16, 256, "", .basic),
        (true, 256, 65536, "1", .monochrome),
        (true, 8, 64, "yes", .monochrome),
        (false, 0, 0, nil, .monochrome),
        (true, 8, 4, nil, .monochrome),
    ]

    @Test("NO_COLOR (present and not empty) and monochrome terminals turn colour off", arguments: modes)
    func colorMode(hasColors: Bool, colors: Int, pairs: Int, noColor: String?, expected: NcursesTerminal.ColorMode) {
        #expect(NcursesTerminal.colorMode(hasColors: hasColors, colorCount: colors, pairCount: pairs, noColor: noColor) == expected)
    }
}

@Suite("themes: the terminal's own background, or black on white")
struct ThemeMappingTests {
    @Test("the dark theme keeps the terminal's background and colours")
    func dark() {
        #expect(NcursesTerminal.canvasColors(mode: .extended, theme: .dark) == nil)
        #expect(NcursesTerminal.pairDefinitions(mode: .extended, theme: .dark).allSatisfy { $0.background == -1 })
        #expect(NcursesTerminal.pairDefinitions(mode: .basic, theme: .dark) == NcursesTerminal.pairDefinitions(mode: .basic))
    }

    @Test("the light theme paints every pair, and pair 0, on white, with black text", arguments: [NcursesTerminal.ColorMode.basic, .extended])
    func light(mode: NcursesTerminal.ColorMode) throws {
        let canvas = try #require(NcursesTerminal.canvasColors(mode: mode, theme: .light))
        let white: Int16 = mode == .extended ? 231 : Int16(COLOR_WHITE)
        #expect(canvas.background == white)
        #expect(canvas.text == (mode == .extended ? 16 : Int16(COLOR_BLACK)))
        let pairs = NcursesTerminal.pairDefinitions(mode: mode, theme: .light)
        #expect(pairs.count == Palette.allCases.compactMap(NcursesTerminal.colorPairNumber).count)
        #expect(pairs.allSatisfy { $0.background == white && $0.foreground != white })
    }

    @Test("on white, no entry is drawn yellow or cyan, which wash out; the kernel stays apart from the input")
    func lightColours() {
        for mode in [NcursesTerminal.ColorMode.basic, .extended] {
            let foregrounds = Dictionary(uniqueKeysWithValues: NcursesTerminal.pairDefinitions(mode: mode, theme: .light)
                .map { ($0.pair, $0.foreground) })
            #expect(!foregrounds.values.contains(Int16(COLOR_YELLOW)) && !foregrounds.values.contains(Int16(COLOR_CYAN)))
            #expect(foregrounds[1] != foregrounds[2])
        }
    }

    @Test("without colour a theme changes nothing: attributes alone, on the terminal's own background")
    func monochrome() {
        #expect(NcursesTerminal.canvasColors(mode: .monochrome, theme: .light) == nil)
        #expect(NcursesTerminal.pairDefinitions(mode: .monochrome, theme: .light).isEmpty)
    }

    @Test("every theme has a name --theme takes, and each named theme is that theme")
    func names() {
        for name in Theme.Name.allCases { #expect(Theme.named(name).name == name) }
    }
}
