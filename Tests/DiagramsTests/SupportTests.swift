import StyledText
import Testing
@testable import Diagrams

@Suite("building blocks")
struct SupportTests {
    @Test("composition: beside pads the left part, aligns bottoms, and text trims trailing spaces")
    func composition() {
        let left = Diagram(text: "ab\nc", role: .input)
        let right = Diagram(text: "xyz", role: .kernel)
        #expect(left.beside(right, gap: 1).textLines == ["ab xyz", "c"])
        #expect(left.beside(right, gap: 1, alignment: .bottom).textLines == ["ab", "c  xyz"])
        #expect(left.above(right, gap: 1).textLines == ["ab", "c", "", "xyz"])
        #expect(left.padded(top: 1, left: 2).textLines == ["", "  ab", "  c"])
        #expect(left.padded(right: 3).width == 5)
        #expect(left.padded(right: 3).text == "ab\nc")
        let roles = left.beside(right, gap: 1).lines[0].runs.map(\.role)
        #expect(roles == [.input, .plain, .kernel])
    }

    @Test("lines merge neighbouring spans of one role, and clip by characters")
    func lines() {
        let line = StyledLine([StyledRun("ab", role: .input), StyledRun("", role: .kernel), StyledRun("c", role: .input)])
        #expect(line.runs == [StyledRun("abc", role: .input)])
        #expect(line.width == 3)
        let mixed = StyledLine([StyledRun("┌─", role: .input), StyledRun("×3", role: .kernel)])
        #expect(mixed.clipped(toWidth: 3).text == "┌─×")
        #expect(Diagram(lines: [mixed]).clipped(toWidth: 1).width == 1)
    }

    @Test("word wrap keeps words whole and segments together where it can")
    func wrapping() {
        #expect(WordWrap.lines("input 24 × 24 × 3", width: 12) as [String] == ["input 24 ×", "24 × 3"])
        #expect(WordWrap.lines("abcdefgh", width: 3) as [String] == ["abc", "def", "gh"])
        #expect(TextLayout.wrap(segments: ["one kernel", "3 × 3 × 3"], separator: " ", width: 12) == ["one kernel", "3 × 3 × 3"])
        #expect(TextLayout.wrap(segments: ["a", "b"], separator: "  ", width: 10) == ["a  b"])
        #expect(WordWrap.lines("", width: 5) as [String] == [""])
    }

    @Test("exact decimal products beyond Int", arguments: [
        ([3, 3, 3, 10], "270"),
        ([1_000_000, 1_000_000, 1_000_000, 1_000_000], "1000000000000000000000000"),
        ([Int.max, 2], "18446744073709551614"),
        ([0, 5], "0"),
        ([10_000, 10_000], "100000000"),
    ])
    func decimals(factors: [Int], expected: String) {
        #expect(DecimalNatural.product(factors).description == expected)
        #expect((DecimalNatural.product(factors) + DecimalNatural(1)).description.count >= expected.count)
    }

    @Test("sizes grow with the numbers, stay within their bounds, and depth steps stay few")
    func scale() {
        let sizes = [1, 2, 3, 7, 24, 64, 1_000, Int.max].map { Scale.size($0, reference: 64, lower: 3, upper: 7) }
        #expect(sizes == sizes.sorted())
        #expect(sizes.first == 3 && sizes.last == 7)
        #expect(Scale.depthSteps(1) == 1)
        #expect(Scale.depthSteps(3) == 2)
        #expect(Scale.depthSteps(64) == 3)
        #expect(Scale.depthSteps(Int.max) == 3)
        #expect(Scale.round(2.5) == 3 && Scale.round(-2.5) == -3 && Scale.ceiling(1.01) == 2 && Scale.ceiling(2) == 2)
        #expect(abs(Scale.squareRoot(0.25) - 0.5) < 1e-9)
    }
}
