import CNcurses
import Testing
import TutorUI
@testable import TerminalBackend

@Suite("mapping get_wch results to keys")
struct KeyMappingTests {
    typealias Raw = NcursesTerminal.RawInput

    static let characters: [(UInt32, NcursesTerminal.DecodedInput)] = [
        (0x61, .key(.character("a"))),
        (0x41, .key(.character("A"))),
        (0x20, .key(.character(" "))),
        (0x7E, .key(.character("~"))),
        (0xE9, .key(.character("é"))),
        (0x2192, .key(.character("→"))),
        (13, .key(.enter)),
        (10, .key(.enter)),
        (9, .key(.tab)),
        (127, .key(.backspace)),
        (8, .key(.backspace)),
        (27, .escapePrefix),
        (1, .key(.control("a"))),
        (3, .key(.control("c"))),
        (21, .key(.control("u"))),
        (23, .key(.control("w"))),
        (26, .key(.control("z"))),
        (0, .ignored),
        (28, .ignored),
        (31, .ignored),
        (0x85, .ignored),
        (0xD800, .ignored),
    ]

    @Test("characters: printable ones, Enter, Tab, Backspace, Esc and Ctrl-letters", arguments: characters)
    func character(value: UInt32, expected: NcursesTerminal.DecodedInput) {
        #expect(NcursesTerminal.decode(.character(value)) == expected)
    }

    static let keyCodes: [(Int32, NcursesTerminal.DecodedInput)] = [
        (KEY_UP, .key(.up)),
        (KEY_DOWN, .key(.down)),
        (KEY_LEFT, .key(.left)),
        (KEY_RIGHT, .key(.right)),
        (KEY_HOME, .key(.home)),
        (KEY_END, .key(.end)),
        (KEY_FIND, .key(.home)),
        (KEY_SELECT, .key(.end)),
        (KEY_A1, .key(.home)),
        (KEY_C1, .key(.end)),
        (KEY_PPAGE, .key(.pageUp)),
        (KEY_NPAGE, .key(.pageDown)),
        (KEY_BACKSPACE, .key(.backspace)),
        (KEY_DC, .key(.delete)),
        (KEY_ENTER, .key(.enter)),
        (KEY_BTAB, .key(.backTab)),
        (KEY_F0 + 1, .key(.function(1))),
        (KEY_F0 + 12, .key(.function(12))),
        (KEY_RESIZE, .resize),
        (KEY_IC, .ignored),
        (KEY_MOUSE, .ignored),
        (KEY_F0, .ignored),
    ]

    @Test("key codes: arrows, Home/End, PgUp/PgDn, Delete, Shift-Tab, F-keys, resize", arguments: keyCodes)
    func keyCode(code: Int32, expected: NcursesTerminal.DecodedInput) {
        #expect(NcursesTerminal.decode(.keyCode(code)) == expected)
    }

    static let sequences: [(String, Key?)] = [
        ("[A", .up), ("[B", .down), ("[C", .right), ("[D", .left),
        ("OA", .up), ("OD", .left),
        ("[H", .home), ("[F", .end), ("OH", .home), ("OF", .end),
        ("[1~", .home), ("[7~", .home), ("[4~", .end), ("[8~", .end),
        ("[3~", .delete), ("[5~", .pageUp), ("[6~", .pageDown),
        ("[Z", .backTab), ("OM", .enter),
        ("OP", .function(1)), ("OS", .function(4)),
        ("[11~", .function(1)), ("[15~", .function(5)), ("[17~", .function(6)),
        ("[21~", .function(10)), ("[24~", .function(12)),
        ("[[A", .function(1)), ("[[E", .function(5)),
        ("[1;5C", .right), ("[1;2H", .home), ("[5;5~", .pageUp),
        ("[2~", nil), ("[99~", nil), ("[M", nil), ("[", nil), ("Ox", nil),
    ]

    @Test("escape sequences ncurses leaves in pieces", arguments: sequences)
    func escapeSequence(tail: String, expected: Key?) {
        let values = tail.unicodeScalars.map(\.value)
        #expect(NcursesTerminal.key(forEscapeSequence: values) == expected)
    }
}
