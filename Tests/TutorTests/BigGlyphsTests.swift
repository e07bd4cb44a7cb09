import Testing
@testable import Tutor

@Suite("large glyphs for a projector")
struct BigGlyphsTests {
    @Test("every character a step's formula or a shape needs has a glyph")
    func formulaCharacters() {
        for item in DemoSequence.items(seed: nil) {
            for step in item.derivation.steps {
                let result = step.result.map(NumberFormat.grouped) ?? step.resultText
                #expect(BigGlyphs.canDraw(result), "\(step.title): \(result)")
                if step.substitution.allSatisfy({ $0.isNumber || "·×+−=() ,/".contains($0) }) {
                    #expect(BigGlyphs.canDraw(step.substitution), "\(step.title): \(step.substitution)")
                }
            }
            for given in item.givens { #expect(BigGlyphs.canDraw(given.value), "\(given.label): \(given.value)") }
        }
        #expect(BigGlyphs.canDraw("10·(3·3·3) + 10 = 280"))
        #expect(BigGlyphs.canDraw("24x24x3"), "ASCII's x is the times sign")
        #expect(!BigGlyphs.canDraw("280 parameters"), "words have no glyphs: they are written beside, at normal size")
        #expect(!BigGlyphs.canDraw(""))
    }

    @Test("rows are as tall as the scale and as wide as width(_:scale:) says", arguments: [1, 2, 3])
    func sizes(_ scale: Int) throws {
        for text in ["0123456789", "1,216", "(3·3·3) × 10", "22×22×10", "270 + 10 = 280", "?", "32/4 − 1"] {
            let rows = try #require(BigGlyphs.rows(text, scale: scale, unicode: true))
            #expect(rows.count == BigGlyphs.height * scale)
            #expect(rows.allSatisfy { $0.count == BigGlyphs.width(text, scale: scale) }, "\(text)")
        }
    }

    @Test("a larger scale is the same drawing, each block repeated across and down")
    func scaling() throws {
        let small = try #require(BigGlyphs.rows("4,672", scale: 1, unicode: true))
        let large = try #require(BigGlyphs.rows("4,672", scale: 2, unicode: true))
        for (index, row) in small.enumerated() {
            let doubled = String(row.flatMap { [$0, $0] })
            #expect(large[2 * index] == doubled && large[2 * index + 1] == doubled)
        }
    }

    @Test("digits are told apart: no two characters share a glyph but the spellings of one sign")
    func distinct() throws {
        let characters = Array("0123456789,·×+−=/?()")
        let drawings = try characters.map { try #require(BigGlyphs.rows(String($0), unicode: true)) }
        #expect(Set(drawings.map { $0.joined(separator: "\n") }).count == characters.count)
        #expect(BigGlyphs.rows("x", unicode: true) == BigGlyphs.rows("×", unicode: true))
    }

    @Test("ASCII draws the blocks as #")
    func ascii() throws {
        let rows = try #require(BigGlyphs.rows("280", scale: 1, unicode: false))
        #expect(rows.joined().allSatisfy { $0 == "#" || $0 == " " })
        #expect(rows.joined().contains("#"))
    }
}
