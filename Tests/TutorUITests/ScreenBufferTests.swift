import Testing
import TutorUI

@Suite("the screen buffer")
struct ScreenBufferTests {
    @Test("text is clipped at the edges")
    func clipping() {
        var buffer = ScreenBuffer(size: Size(columns: 5, rows: 2))
        buffer.put("abcdefg", column: 2, row: 0)
        buffer.put("xy", column: -1, row: 1)
        buffer.put("zz", column: 0, row: 5)
        #expect(buffer.lines == ["  abc", "y    "])
    }

    @Test("only changed cells are redrawn, grouped by style")
    func diff() {
        var before = ScreenBuffer(size: Size(columns: 6, rows: 2))
        before.put("Score", column: 0, row: 0)
        var after = before
        after.put("2", column: 3, row: 1, style: CellStyle(.correct, bold: true))
        after.put("8", column: 4, row: 1, style: CellStyle(.correct, bold: true))
        #expect(after.changes(from: before) == [
            CellRun(position: Position(column: 3, row: 1), text: "28", style: CellStyle(.correct, bold: true)),
        ])
        #expect(after.changes(from: after).isEmpty)
        #expect(after.changes(from: nil).count == 4)
    }
}
