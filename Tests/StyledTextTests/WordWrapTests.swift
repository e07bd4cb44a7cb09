import Testing
import StyledText

@Suite("the word wrapper")
struct WordWrapTests {
    @Test("words move to the next line whole, and a line may fill the width exactly")
    func words() {
        #expect(WordWrap.lines("the kernel is as deep as its input", width: 10) as [String]
                == ["the kernel", "is as deep", "as its", "input"])
        #expect(WordWrap.lines("short", width: 10) as [String] == ["short"])
        #expect(WordWrap.lines("", width: 10) as [String] == [""])
    }

    @Test("a line that fits comes back whole: its runs and roles as they were, indented, trailing spaces trimmed")
    func fittingLine() {
        var line = StyledLine("  10 filters of ", role: .plain)
        line.append("3 × 3", role: .kernel, strong: true)
        line.append("  ", role: .input)
        #expect(line.wrapped(width: 21) == [StyledLine([StyledRun("  10 filters of ", role: .plain),
                                                        StyledRun("3 × 3", role: .kernel, strong: true)])])
        let indented = WordWrap.lines(line, width: 24, indent: 3)
        #expect(indented.map(\.text) == ["     10 filters of 3 × 3"])
        #expect(indented[0].runs.last == StyledRun("3 × 3", role: .kernel, strong: true))
        #expect(WordWrap.lines(line, width: 23, indent: 3).count == 2, "one column short, it breaks")
        #expect(WordWrap.lines("", width: 0) as [String] == [""])
        #expect(WordWrap.lines("a  ", width: 1) as [String] == ["a"])
    }

    @Test("runs keep their roles across a wrap, even a run cut in the middle")
    func rolesAcrossWrap() {
        var line = StyledLine("10 filters of ", role: .plain)
        line.append("3 × 3 × 3", role: .kernel, strong: true)
        line.append(" over the input", role: .input)
        let wrapped = line.wrapped(width: 16)
        #expect(wrapped.map(\.text) == ["10 filters of 3", "× 3 × 3 over the", "input"])
        #expect(wrapped[0].runs == [StyledRun("10 filters of ", role: .plain), StyledRun("3", role: .kernel, strong: true)])
        #expect(wrapped[1].runs == [StyledRun("× 3 × 3", role: .kernel, strong: true), StyledRun(" over the", role: .input)])
        #expect(wrapped[2].runs == [StyledRun("input", role: .input)])
        #expect(wrapped.map(\.text).joined(separator: " ") == line.text)
    }

    @Test("a word longer than a line is cut, and nothing is lost")
    func longWords() {
        #expect(WordWrap.lines("abcdefgh", width: 3) as [String] == ["abc", "def", "gh"])
        #expect(WordWrap.lines("a conv2d_transpose_12 layer", width: 8) as [String] == ["a", "conv2d_t", "ranspose", "_12", "layer"])
    }

    @Test("the first line takes the indent and the lines after it the hanging indent")
    func indents() {
        let bullet = StyledLine("• one two three four", role: .plain).wrapped(width: 9, hangingIndent: 2)
        #expect(bullet.map(\.text) == ["• one two", "  three", "  four"])
        let indented = StyledLine("one two three", role: .accent).wrapped(width: 8, indent: 3)
        #expect(indented.map(\.text) == ["   one", "   two", "   three"])
        #expect(indented[0].runs == [StyledRun("   ", role: .plain), StyledRun("one", role: .accent)])
        #expect(indented.allSatisfy { $0.width <= 8 })
    }

    @Test("width 1 and widths smaller than the indent still make progress")
    func tinyWidths() {
        #expect(WordWrap.lines("ab c", width: 1) as [String] == ["a", "b", "c"])
        #expect(WordWrap.lines("ab", width: 0) as [String] == ["a", "b"])
        #expect(WordWrap.lines("ab", width: 2, indent: 4) as [String] == ["    a", "    b"])
    }

    @Test("break characters other than spaces: a shape wraps after its commas")
    func breakCharacters() {
        #expect(WordWrap.lines("(222, 222, 128)", width: 6, breakAfter: [","]) as [String] == ["(222,", "222,", "128)"])
        #expect(WordWrap.pieces("a+b + c", breakAfter: ["+"]) == ["a+", "b +", " c"])
    }

    @Test("text with newlines wraps each paragraph, and folds before it is measured")
    func paragraphsAndFolding() {
        let lines = StyledLine.wrapped("⌊(24 − 3)/2⌋ + 1\nnext", width: 20, role: .accent, ascii: true)
        #expect(lines.map(\.text) == ["floor((24 - 3)/2) +", "1", "next"])
        #expect(lines.allSatisfy { $0.runs.allSatisfy { $0.role == .accent } })
        #expect(StyledLine.wrapped("⌊(24 − 3)/2⌋ + 1", width: 20, ascii: false).map(\.text) == ["⌊(24 − 3)/2⌋ + 1"])
    }
}
