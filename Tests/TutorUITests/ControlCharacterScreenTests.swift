import Testing
import Tutor
import TutorUI
import TestSupport

/// The screen buffer is where every screen writes: what it holds is what the terminal is sent.
@Suite("no escape sequence reaches the full screen")
struct ControlCharacterScreenTests {
    static func obeyed(_ buffer: ScreenBuffer) -> [UInt32] {
        buffer.cells.flatMap { ControlCharacters.obeyed(in: String($0.character)) }
    }

    @Test("put shows every control character in caret notation, clipped like any text")
    func put() {
        var buffer = ScreenBuffer(size: Size(columns: 400, rows: 2))
        let end = buffer.put("a" + ControlCharacters.all + "z", column: 0, row: 0)
        #expect(Self.obeyed(buffer).isEmpty)
        #expect(buffer.lines[0].hasPrefix("a^[]0;retitled^G^[[2J^G^[]52;c;aGVsbG8=^GM-^[31m"))
        #expect(buffer.lines[0].contains("^@^A^B"))
        #expect(end == buffer.lines[0].firstIndex(of: "z").map { buffer.lines[0].distance(from: buffer.lines[0].startIndex, to: $0) + 1 })

        var narrow = ScreenBuffer(size: Size(columns: 3, rows: 1))
        narrow.put("\u{1B}\u{1B}", column: 0, row: 0)
        #expect(narrow.lines == ["^[^"])
    }

    @Test("a hostile lesson's title, body and code show visibly in the list and the reader")
    func lessonScreens() throws {
        let text = """
            ---
            format: 1
            id: hostile
            title: Title \(ControlCharacters.sequences) end
            order: 1
            skills: conv2d
            ---

            Body \(ControlCharacters.all) end.

            ```code
            Conv2D(10, 3, name="\(ControlCharacters.sequences)")
            ```

            ```practice
            skills: conv2d
            ```

            """
        let lesson = try #require(LessonParser.parse(text, file: "01-hostile.md").lesson)
        var state = AppState(size: Size(columns: 80, rows: 24), quizSettings: QuizSettings(seed: 1), lessons: [lesson],
                             openLesson: "hostile")
        let reader = AppRenderer.frame(state)
        #expect(Self.obeyed(reader).isEmpty)
        #expect(reader.text.contains("^[]0;retitled^G"), "\(reader.text)")
        _ = state.update(.key(.escape))
        let list = AppRenderer.frame(state)
        #expect(Self.obeyed(list).isEmpty)
        #expect(list.text.contains("Title ^[]0;retitled"), "\(list.text)")
    }
}
