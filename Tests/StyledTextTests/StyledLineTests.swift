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
}
