/// The one-line answer field: text, a cursor, and the edits a shell's line editor offers.
public struct AnswerField: Sendable, Equatable {
    public private(set) var characters: [Character] = []
    public private(set) var cursor = 0
    public static let maximumLength = 120

    public init(_ text: String = "") {
        characters = Array(text.prefix(AnswerField.maximumLength))
        cursor = characters.count
    }

    public var text: String { String(characters) }
    public var isEmpty: Bool { characters.isEmpty }

    /// The characters that can be part of an answer: digits, separators and arithmetic.
    public static let characters: [Character] = Array("0123456789+-*/()xX,_ ×·")

    public static func accepts(_ character: Character) -> Bool { characters.contains(character) }

    /// Every key the field handles: its characters and the editing keys of `handle`.
    public static let keys: [Key] = characters.map(Key.character)
        + [.backspace, .delete, .left, .right, .home, .end, .control("a"), .control("e"), .control("u"), .control("k")]

    /// Applies an editing key; returns false when the key is not an edit.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let character) where AnswerField.accepts(character):
            guard characters.count < AnswerField.maximumLength else { return true }
            characters.insert(character, at: cursor)
            cursor += 1
        case .backspace:
            if cursor > 0 {
                characters.remove(at: cursor - 1)
                cursor -= 1
            }
        case .delete:
            if cursor < characters.count { characters.remove(at: cursor) }
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = characters.count
        case .control("u"):
            characters.removeSubrange(0..<cursor)
            cursor = 0
        case .control("k"):
            characters.removeSubrange(cursor..<characters.count)
        default:
            return false
        }
        return true
    }

    public mutating func clear() {
        characters = []
        cursor = 0
    }
}
