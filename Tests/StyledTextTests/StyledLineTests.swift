import Testing
import StyledText

@Suite("styled lines")
struct StyledLineTests {
    @Test("neighbouring runs that look the same merge; empty runs are dropped")
    func merging() {
        let line = StyledLine([StyledRun("ab", role: .input), StyledRun("", role: .kernel), StyledRun("c", role: .input),
                               StyledRun("d", role: .input, strong: true)])
        #expect(line.runs == [StyledRun("abc", role: .input), StyledRun("d", role: .input, strong: true)])
        #expect(line.width == 4 && line.text == "abcd")
        #expect(StyledLine.blank.runs.isEmpty && StyledLine("").runs.isEmpty)
    }

    @Test("clipping, indenting and trimming keep each character's role")
    func editing() {
        let line = StyledLine([StyledRun("┌─", role: .input), StyledRun("×3  ", role: .kernel)])
        #expect(line.clipped(toWidth: 3).runs == [StyledRun("┌─", role: .input), StyledRun("×", role: .kernel)])
        #expect(line.clipped(toWidth: 0).runs.isEmpty)
        #expect(line.indented(2).runs.first == StyledRun("  ", role: .plain))
        #expect(line.trimmingTrailingSpaces().text == "┌─×3")
        #expect(StyledLine("   ").trimmingTrailingSpaces().runs.isEmpty)
    }

    @Test("a line of code too long for its width puts its trailing comment above it; one that fits is left alone")
    func codeWithComment() {
        let line = "nn.Conv2d(160, 960, kernel_size=1, bias=False)  # features.16.conv.0.0"
        #expect(StyledLine.code(line, width: 80, ascii: false).map(\.text) == [line])
        let narrow = StyledLine.code(line, width: 50, indent: 2, ascii: false).map(\.text)
        #expect(narrow == ["  # features.16.conv.0.0", "  nn.Conv2d(160, 960, kernel_size=1, bias=False)"])
        let plain = StyledLine.code("Conv2D(filters=64, kernel_size=3, padding='same', use_bias=True)", width: 30, ascii: false)
        #expect(plain.count > 1 && !plain.contains { $0.text.contains("#") })
    }
}
