import Testing
import StyledText
import Tutor
@testable import TutorUI
import TestSupport

/// Classroom mode as a projector shows it: lines in a centred column of readable length, large glyphs
/// where the window has room, a picture at every size, nothing dim, and no step's number before its step.
@Suite("classroom mode's presenter layout")
struct PresenterLayoutTests {
    static let sizes = [Size(columns: 80, rows: 24), Size(columns: 120, rows: 40), Size(columns: 200, rows: 55)]

    /// One slide for each kind of layer, each on the input its question gives, Keras and PyTorch.
    static let kinds: [(name: String, input: String, layers: [String])] = [
        ("conv2d", "24x24x3", ["Conv2D(10, kernel_size=3)"]),
        ("conv2d-pytorch", "3x32x32", ["nn.Conv2d(3, 16, 5, padding=2)"]),
        ("depthwise", "24x24x32", ["DepthwiseConv2D(kernel_size=3, depth_multiplier=2)"]),
        ("separable", "24x24x32", ["SeparableConv2D(64, kernel_size=3)"]),
        ("grouped", "24x24x32", ["Conv2D(64, kernel_size=3, groups=4)"]),
        ("transposed", "10x10x32", ["Conv2DTranspose(8, kernel_size=3, strides=2, padding='same')"]),
        ("transposed-pytorch", "32x10x10", ["nn.ConvTranspose2d(32, 8, 4, stride=2, padding=1)"]),
        ("dense", "128", ["Dense(10)"]),
        ("batchnorm", "24x24x32", ["BatchNormalization()"]),
        ("conv1d", "100x8", ["Conv1D(32, kernel_size=5)"]),
        ("conv3d", "16x32x32x4", ["Conv3D(16, kernel_size=(3, 3, 3))"]),
    ]

    static func items() throws -> [(name: String, item: DemoItem)] {
        var items = try kinds.map { kind in (kind.name, try DemoSequence.custom(input: kind.input, layers: kind.layers)) }
        let walk = try DemoSequence.model(input: "32x32x3", layers: ["Conv2D(32, 3)", "MaxPooling2D(2)", "Conv2D(64, 3)",
                                                                      "Flatten()", "Dense(10)"])
        items += walk.enumerated().map { ("walk-\($0.offset + 1)", $0.element) }
        items += DemoSequence.items(seed: nil).enumerated().map { ("sequence-\($0.offset + 1)", $0.element) }
        // Other numbers for the same ideas, so that no number hides behind a coincidence of the fixed ones.
        items += DemoSequence.items(seed: 29).enumerated().map { ("seed-29-\($0.offset + 1)", $0.element) }
        return items
    }

    static func frame(_ item: DemoItem, revealed: Int, size: Size, ascii: Bool = false) -> ScreenBuffer {
        var state = AppState(size: size, demo: [item], asciiOnly: ascii)
        state.screen = .demo(item: 0, revealed: revealed)
        return AppRenderer.frame(state)
    }

    /// The body's rows: every row but the title bar and the status line.
    static func bodyRows(_ buffer: ScreenBuffer) -> ArraySlice<String> {
        buffer.lines.dropFirst().dropLast()
    }

    /// Whether `text` is drawn in large glyphs, at scale 2 or 1, somewhere in `screen`.
    static func drawnLarge(_ text: String, in screen: String) -> Bool {
        [2, 1].contains { scale in
            let rows = BigGlyphs.rows(text, scale: scale, unicode: true) ?? []
            return !rows.isEmpty && rows.map { String($0.reversed().drop { $0 == " " }.reversed()) }.filter { !$0.isEmpty }
                .allSatisfy(screen.contains)
        }
    }

    /// The numbers written in `text`: runs of digits, with the commas that group them.
    static func numbers(in text: String) -> Set<String> {
        var found: Set<String> = []
        var current = ""
        for character in text + " " {
            if character.isASCII && character.isNumber || (character == "," && !current.isEmpty) {
                current.append(character)
            } else if !current.isEmpty {
                while current.hasSuffix(",") { current.removeLast() }
                found.insert(current)
                current = ""
            }
        }
        return found
    }

    @Test("every line stays within a centred column of at most 70 characters", arguments: sizes)
    func column(_ size: Size) throws {
        let width = min(70, size.columns - 2)
        let left = 1 + (size.columns - 2 - width) / 2
        for (name, item) in try Self.items() {
            for revealed in 0...item.derivation.steps.count {
                for (row, line) in Self.bodyRows(Self.frame(item, revealed: revealed, size: size)).enumerated() {
                    guard let first = line.firstIndex(where: { $0 != " " }), let last = line.lastIndex(where: { $0 != " " }) else { continue }
                    let start = line.distance(from: line.startIndex, to: first)
                    let end = line.distance(from: line.startIndex, to: last)
                    #expect(start >= left && end < left + width, "\(name) step \(revealed) row \(row + 1) at \(size): \(line)")
                }
            }
        }
    }

    @Test("the numbers a question shows large are numbers its sentence and code say, never a step's")
    func givensAreGiven() throws {
        for (name, item) in try Self.items() {
            let said = Self.numbers(in: ([item.sentence] + item.code).joined(separator: " "))
            for given in item.givens {
                #expect(Self.numbers(in: given.value).isSubset(of: said), "\(name): \(given.label) \(given.value)")
            }
        }
    }

    @Test("at 200×55 the question's numbers and each step's result are drawn in large glyphs")
    func largeGlyphs() throws {
        let size = Size(columns: 200, rows: 55)
        for (name, item) in try Self.items() {
            let question = Self.frame(item, revealed: 0, size: size).text
            for given in item.givens {
                #expect(Self.drawnLarge(given.value, in: question), "\(name): \(given.label) \(given.value)")
            }
            for (index, step) in item.derivation.steps.enumerated() {
                let result = step.result.map(NumberFormat.grouped) ?? step.resultText
                guard BigGlyphs.canDraw(result) else { continue }
                let text = Self.frame(item, revealed: index + 1, size: size).text
                #expect(Self.drawnLarge(result, in: text), "\(name) step \(index + 1): \(result)")
            }
        }
    }

    @Test("every step's picture is drawn at every size, compact where the window is short", arguments: sizes)
    func pictures(_ size: Size) throws {
        let width = min(70, size.columns - 2) - 3
        for (name, item) in try Self.items() {
            for (index, step) in item.derivation.steps.enumerated() {
                guard let diagram = step.diagram else { continue }
                let text = Self.frame(item, revealed: index + 1, size: size).text
                #expect(!text.contains(DemoSlide.pictureNote), "\(name) step \(index + 1) at \(size)")
                let drawn = [false, true].contains { compact in
                    DiagramDrawing.lines(diagram, width: width, ascii: false, layout: item.derivation.layout, compact: compact)
                        .map { $0.trimmingTrailingSpaces().text }.filter { !$0.isEmpty }.allSatisfy(text.contains)
                }
                #expect(drawn, "\(name) step \(index + 1) at \(size):\n\(text)")
            }
        }
    }

    @Test("a compact picture is no taller than the full one", arguments: [64, 67, 76])
    func compactPictures(_ width: Int) throws {
        for (name, item) in try Self.items() {
            for step in item.derivation.steps {
                guard let diagram = step.diagram else { continue }
                let full = DiagramDrawing.lines(diagram, width: width, ascii: false, layout: item.derivation.layout)
                let compact = DiagramDrawing.lines(diagram, width: width, ascii: false, layout: item.derivation.layout, compact: true)
                #expect(compact.count <= full.count, "\(name): \(step.title)")
                #expect(compact.allSatisfy { $0.width <= width })
            }
        }
    }

    @Test("no step's result is on the screen before its step is revealed", arguments: sizes)
    func noResultEarly(_ size: Size) throws {
        for (name, item) in try Self.items() {
            let steps = item.derivation.steps
            let question = ([item.sentence] + item.code).joined(separator: " ")
            for revealed in 0..<steps.count {
                let shown = steps.prefix(revealed).map { "\($0.equation) \($0.explanation)" }.joined(separator: " ")
                let known = Self.numbers(in: question + " " + shown)
                let onScreen = Self.numbers(in: Self.bodyRows(Self.frame(item, revealed: revealed, size: size)).joined(separator: "\n"))
                for later in steps.dropFirst(revealed) {
                    let early = Self.numbers(in: later.resultText).subtracting(known).intersection(onScreen)
                    #expect(early.isEmpty, "\(name) at step \(revealed) of \(steps.count) (\(size)) shows \(early) of '\(later.title)'")
                }
            }
        }
    }

    @Test("nothing in classroom mode is dim, the help included", arguments: sizes)
    func nothingDim(_ size: Size) throws {
        for (name, item) in try Self.items().prefix(12) {
            for revealed in 0...item.derivation.steps.count {
                var state = AppState(size: size, demo: [item])
                state.screen = .demo(item: 0, revealed: revealed)
                for help in [false, true] {
                    state.helpVisible = help
                    let cells = AppRenderer.frame(state).cells
                    #expect(!cells.contains { $0.style.palette == .muted || $0.style.dim }, "\(name) step \(revealed), help \(help)")
                }
            }
        }
    }

    @Test("the large glyphs fold to ASCII with the rest of the screen")
    func asciiGlyphs() throws {
        let item = try #require(DemoSequence.items(seed: nil).first)
        let text = Self.frame(item, revealed: 3, size: Size(columns: 200, rows: 55), ascii: true).text
        #expect(text.contains("###"))
        #expect(text.allSatisfy { $0.isASCII })
    }

    @Test("Space and → reveal, ← hides, n and p move between layers from the question, ? lists classroom keys")
    func keys() throws {
        let items = try DemoSequence.model(input: "32x32x3", layers: ["Conv2D(32, 3)", "MaxPooling2D(2)", "Dense(10)"])
        var state = AppState(size: Size(columns: 120, rows: 40), demo: items)
        let send = { (keys: [Key], state: inout AppState) in for key in keys { _ = state.update(.key(key)) } }
        send([.character(" "), .right], &state)
        #expect(state.screen == .demo(item: 0, revealed: 2))
        send([.left], &state)
        #expect(state.screen == .demo(item: 0, revealed: 1))
        send([.character("n")], &state)
        #expect(state.screen == .demo(item: 1, revealed: 0))
        send([.character("n"), .character("n"), .character("n")], &state)
        #expect(state.screen == .demo(item: items.count - 1, revealed: 0), "n stops at the totals slide")
        send([.character("p")], &state)
        #expect(state.screen == .demo(item: items.count - 2, revealed: 0))
        send([.character("?")], &state)
        #expect(state.helpVisible)
        let help = AppRenderer.frame(state).text
        #expect(help.contains("reveal the next step") && help.contains("the next layer"))
        #expect(!help.contains("hint"), "the quiz's keys are not classroom mode's")
    }
}
