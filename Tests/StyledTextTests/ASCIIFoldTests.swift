import Foundation
import Testing
import StyledText

@Suite("the ASCII fold table")
struct ASCIIFoldTests {
    @Test("maths, arrows and rules have one ASCII spelling each; floor is spelled floor(...)")
    func spellings() {
        #expect(ASCIIFold.fold("⌊(24 − 3)/2⌋ + 1 → 10·(3·3·3) × 2 …") == "floor((24 - 3)/2) + 1 -> 10*(3*3*3) x 2 ...")
        #expect(ASCIIFold.fold("⌈7/2⌉") == "ceil(7/2)")
        #expect(ASCIIFold.fold("┌─┐│╱◀▶━") == "+-+|/<>=")
        #expect(ASCIIFold.fold("plain ASCII stays") == "plain ASCII stays")
        #expect(ASCIIFold.fold("漢") == "?")
    }

    @Test("every spelling is ASCII, and folding twice changes nothing")
    func spellingsAreASCII() {
        for (character, spelling) in ASCIIFold.spellings {
            #expect(!character.isASCII, "\(character) needs no spelling")
            #expect(!spelling.isEmpty && spelling.allSatisfy(\.isASCII), "\(character) → \(spelling)")
            #expect(ASCIIFold.fold(ASCIIFold.fold(String(character))) == spelling)
        }
    }

    @Test("every non-ASCII character in the product's sources and lessons has a spelling")
    func coversTheProduct() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var unknown: [String] = []
        var seen = 0
        for folder in ["Sources", "Lessons"] {
            let files = FileManager.default.enumerator(at: root.appendingPathComponent(folder), includingPropertiesForKeys: nil)
            while let file = files?.nextObject() as? URL {
                guard ["swift", "md"].contains(file.pathExtension) else { continue }
                let text = try String(contentsOf: file, encoding: .utf8)
                seen += 1
                for character in text where !character.isASCII && ASCIIFold.spellings[character] == nil {
                    unknown.append("\(character) in \(file.lastPathComponent)")
                }
            }
        }
        #expect(seen > 50, "the sources were found")
        #expect(Array(Set(unknown)).sorted() == [])
    }

    @Test("a styled line folds run by run and keeps its roles")
    func styledLines() {
        var line = StyledLine("3 × 3", role: .kernel)
        line.append(" → 9", role: .muted)
        let folded = line.asciiFolded()
        #expect(folded.runs == [StyledRun("3 x 3", role: .kernel), StyledRun(" -> 9", role: .muted)])
        #expect(folded.text == ASCIIFold.fold(line.text))
        #expect(line.folded(ascii: false) == line)
    }
}
