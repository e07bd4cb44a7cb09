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
