import Testing
import StyledText
import Tutor
import TutorUI

/// `--ascii`: the screen and the plain output spell every character by the same table.
@Suite("ASCII on screen and in plain text")
struct ASCIIScreenTests {
    /// A layer whose output size rounds down: `⌊(24 − 3)/2⌋ + 1`.
    static let strided = DemoSequence.item(input: "24x24x3", layers: ["Conv2D(10, kernel_size=3, strides=2)"])

    @Test("a string folds the same in the screen buffer as in plain text")
    func bufferMatchesPlainText() {
        let sample = "⌊(24 − 3)/2⌋ + 1 → 3×3·3 … ━─│┌┐ ◀▶ ✓ █░ ›"
        let everything = String(ASCIIFold.spellings.keys.sorted())
        for text in [sample, everything] {
            var buffer = ScreenBuffer(size: Size(columns: 200, rows: 1), asciiOnly: true)
            buffer.put(text, column: 0, row: 0)
            #expect(buffer.text == ASCIIFold.fold(text))
            #expect(buffer.text == StyledLine(text).asciiFolded().text)
        }
        var unicode = ScreenBuffer(size: Size(columns: 80, rows: 1))
        unicode.put(sample, column: 0, row: 0)
        #expect(unicode.text == sample)
    }

    @Test("the classroom screens in ASCII spell floor one way, as explain does", arguments: [Size(columns: 80, rows: 24), Size(columns: 120, rows: 40)])
    func demoSpellsFloorOnce(_ size: Size) throws {
        let items = try [#require(Self.strided)]
        var frames: [String] = []
        for index in items.indices {
            for revealed in 0...items[index].derivation.steps.count {
                var state = AppState(size: size, demo: items, asciiOnly: true)
                state.screen = .demo(item: index, revealed: revealed)
                frames.append(AppRenderer.frame(state).text)
            }
        }
        #expect(frames.allSatisfy { $0.allSatisfy(\.isASCII) })
        #expect(frames.contains { $0.contains("floor(") }, "some layer's output size rounds down")
        #expect(!frames.contains { $0.contains("[(") || $0.contains(")]") })
        let explained = items.map { DerivationText.text($0.derivation, width: 80, ascii: true) }.joined()
        #expect(explained.contains("floor(") && !explained.contains("[("))
    }

    @Test("the walkthrough folds before it wraps: no line is cut by a longer spelling")
    func walkthroughFoldsBeforeWrapping() throws {
        let item = try #require(Self.strided)
        let equation = try #require(item.derivation.steps.first { $0.equation.contains("⌊") }?.equation)
        let lines = StyledLine.wrapped(equation, width: 30, role: .accent, ascii: true)
        #expect(lines.allSatisfy { $0.width <= 30 })
        #expect(lines.map(\.text).joined(separator: " ") == ASCIIFold.fold(equation))
    }
}
