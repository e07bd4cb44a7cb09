import Testing
@testable import Diagrams

@Suite("every diagram, over a grid of sizes, widths and charsets")
struct DiagramInvariantTests {
    /// Each grid case is drawn once per width and charset (without the final safety clipping, so a layout
    /// that only fits because it was cut fails), and every drawing is checked for all the rules at once.
    @Test("fits maxWidth without clipping, ASCII-only in ASCII mode, shows its numbers, stays short", arguments: DiagramGrid.cases)
    func gridRules(_ diagramCase: DiagramCase) {
        let realistic = diagramCase.numbers.allSatisfy { $0 <= 128 }
        for options in DiagramGrid.options {
            let diagram = Diagrams.$clipsToWidth.withValue(false) { diagramCase.render(options) }
            let text = diagram.text
            let context = Comment(rawValue: "\(options.maxWidth) columns, \(options.charset)\n\(text)")

            #expect(diagram.width <= options.maxWidth, context)
            if options.charset == .ascii {
                let ascii = text.unicodeScalars.allSatisfy { $0.isASCII }
                #expect(ascii, context)
            }
            let shown = DiagramGrid.numbers(in: text)
            for number in diagramCase.numbers {
                #expect(shown.contains(number), "\(number) missing at \(options.maxWidth) columns, \(options.charset)\n\(text)")
            }
            if realistic, options.maxWidth >= 60 {
                #expect(diagram.height <= 13, context)
            }
        }
    }

    @Test("colour only adds: every span has a role and the lines read the same without them", arguments: DiagramGrid.cases.prefix(40))
    func rolesOnlyAdd(_ diagramCase: DiagramCase) {
        let diagram = diagramCase.render(DiagramOptions())
        for line in diagram.lines {
            #expect(line.text == line.runs.map(\.text).joined())
        }
        #expect(diagram.lines.flatMap(\.runs).contains { $0.role != .plain })
    }

    @Test("non-positive numbers and tiny widths draw something without crashing")
    func degenerateInputs() {
        let values = [0, -1, Int.min, Int.max]
        let widths = [Int.min, -3, 0, 1, 10, 39, 1_000_000]
        for value in values {
            for width in widths {
                for charset in DiagramCharset.allCases {
                    let options = DiagramOptions(charset: charset, maxWidth: width)
                    for diagramCase in DiagramGrid.cases(spatial: value, depth: value, kernel: value) {
                        let diagram = diagramCase.render(options)
                        #expect(diagram.height > 0)
                        #expect(diagram.width <= max(1, width))
                    }
                }
            }
        }
    }
}

/// A small seeded generator (SplitMix64) so the random cases are the same on every run.
private struct SplitMix64 {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// 1 to 10^digits, spread evenly over the number of digits.
    mutating func size(digits: Int = 7) -> Int {
        var value = 1
        for _ in 0..<Int(next() % UInt64(digits)) { value *= 10 }
        return max(1, Int(next() % UInt64(value)) + 1)
    }
}

@Suite("random layer shapes")
struct RandomShapeTests {
    @Test("every random shape fits any width from 40 to 160 without clipping and keeps its numbers")
    func randomShapes() {
        var random = SplitMix64(state: 7)
        for _ in 0..<120 {
            let (s, t, k) = (random.size(), random.size(), random.size(digits: 3))
            let width = 40 + Int(random.next() % 121)
            let charset: DiagramCharset = random.next() % 2 == 0 ? .unicode : .ascii
            let options = DiagramOptions(charset: charset, maxWidth: width)
            for diagramCase in DiagramGrid.cases(spatial: s, depth: t, kernel: k) {
                let diagram = Diagrams.$clipsToWidth.withValue(false) { diagramCase.render(options) }
                #expect(diagram.width <= width, "\(diagramCase) at \(width) \(charset)\n\(diagram.text)")
                let shown = DiagramGrid.numbers(in: diagram.text)
                #expect(diagramCase.numbers.allSatisfy(shown.contains), "\(diagramCase) at \(width)\n\(diagram.text)")
            }
        }
    }
}
