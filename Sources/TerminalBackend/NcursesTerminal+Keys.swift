import CNcurses
import TutorUI

// MARK: - From get_wch results to keys

extension NcursesTerminal {
    /// One successful `get_wch` result: a character (`OK`) or a key code (`KEY_CODE_YES`).
    enum RawInput: Sendable, Equatable {
        case character(UInt32)
        case keyCode(Int32)
    }

    /// What one raw input means on its own, before escape sequences are assembled.
    enum DecodedInput: Sendable, Equatable {
        case key(Key)
        case resize
        /// An ESC: the Esc key alone, or the start of a sequence ncurses did not recognise.
        case escapePrefix
        case ignored
    }

    /// Maps one `get_wch` result to a key, a resize, an escape prefix, or nothing.
    static func decode(_ input: RawInput) -> DecodedInput {
        switch input {
        case .character(let value):
            decode(character: value)
        case .keyCode(let code):
            decode(keyCode: code)
        }
    }

    private static func decode(character value: UInt32) -> DecodedInput {
        switch value {
        case 10, 13:
            return .key(.enter)
        case 9:
            return .key(.tab)
        case 8, 127:
            return .key(.backspace)
        case 27:
            return .escapePrefix
        case 1...26:
            // Ctrl-A is 1 … Ctrl-Z is 26; Ctrl-H, Ctrl-I, Ctrl-J and Ctrl-M are taken above.
            return .key(.control(Character(Unicode.Scalar(UInt8(value + 96)))))
        case 0..<32, 128..<160:
            return .ignored
        default:
            guard let scalar = Unicode.Scalar(value) else { return .ignored }
            return .key(.character(Character(scalar)))
        }
    }

    private static func decode(keyCode code: Int32) -> DecodedInput {
        switch code {
        case KEY_RESIZE: .resize
        case KEY_UP: .key(.up)
        case KEY_DOWN: .key(.down)
        case KEY_LEFT: .key(.left)
        case KEY_RIGHT: .key(.right)
        // Keypad corners (A1 C1 A3 C3) and the VT220 Find/Select keys (which some terminfo entries
        // give to Home and End) count as Home, End, PgUp and PgDn.
        case KEY_HOME, KEY_A1, KEY_FIND: .key(.home)
        case KEY_END, KEY_C1, KEY_SELECT: .key(.end)
        case KEY_PPAGE, KEY_A3: .key(.pageUp)
        case KEY_NPAGE, KEY_C3: .key(.pageDown)
        case KEY_BACKSPACE: .key(.backspace)
        case KEY_DC: .key(.delete)
        case KEY_ENTER: .key(.enter)
        case KEY_BTAB: .key(.backTab)
        case (KEY_F0 + 1)...(KEY_F0 + 63): .key(.function(Int(code - KEY_F0)))
        default: .ignored
        }
    }

    /// The key an escape sequence stands for, given what followed ESC (`[A`, `OH`, `[5~`,
    /// `[1;5C`); nil when it is not one this program uses. Modifiers are dropped: Ctrl-Up is Up.
    static func key(forEscapeSequence tail: [UInt32]) -> Key? {
        guard tail.count >= 2, let introducer = tail.first, let last = tail.last,
              let final = Unicode.Scalar(last) else { return nil }
        let parameters = String(String.UnicodeScalarView(tail.dropFirst().dropLast().compactMap(Unicode.Scalar.init)))
        let first = parameters.split(separator: ";", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        if tail.count == 3, tail[0] == 0x5B, tail[1] == 0x5B {
            // The Linux console's F1 to F5: ESC [ [ A … ESC [ [ E.
            return (0x41...0x45).contains(last) ? .function(Int(last) - 0x40) : nil
        }
        switch (introducer, final) {
        case (_, "A"): return .up
        case (_, "B"): return .down
        case (_, "C"): return .right
        case (_, "D"): return .left
        case (_, "H"): return .home
        case (_, "F"): return .end
        case (0x5B, "Z"): return .backTab
        case (0x4F, "M"): return .enter
        case (_, "P"): return .function(1)
        case (_, "Q"): return .function(2)
        case (_, "R"): return .function(3)
        case (_, "S"): return .function(4)
        case (0x5B, "~"):
            switch first {
            case "1", "7": return .home
            case "4", "8": return .end
            case "3": return .delete
            case "5": return .pageUp
            case "6": return .pageDown
            case "11", "12", "13", "14", "15": return Int(first).map { .function($0 - 10) }
            case "17", "18", "19", "20", "21": return Int(first).map { .function($0 - 11) }
            case "23", "24": return Int(first).map { .function($0 - 12) }
            default: return nil
            }
        default:
            return nil
        }
    }
}
