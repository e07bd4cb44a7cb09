import Testing
import ConvMath
import Tutor

/// Random programs of the subset never crash the reader, and an unknown value that reaches a count
/// always gives an error, never a number.
@Suite("the source reader under random programs")
struct PythonReaderPropertyTests {
    static let fixtures: [(text: String, input: String?)] = [
        (PythonModelFixtures.reusedPool, "3x32x32"),
        (PythonModelFixtures.residualNet, "3x64x64"),
        (PythonModelFixtures.kerasBranches, nil),
        (PythonModelFixtures.kerasScript, nil),
    ]

    /// Reads a program; any outcome but a crash, a non-`ModelError` or a caret outside its line is fine.
    @discardableResult
    static func checkNeverCrashes(_ text: String, input: String?) -> Bool {
        do {
            let analysis = try readSource(text, input: input)
            #expect(analysis.parameters.total >= 0)
            return true
        } catch let error as ModelError {
            #expect(!error.message.isEmpty)
            for problem in [error] + error.more {
                if let span = problem.span, let line = problem.sourceLine {
                    #expect(span.column >= 1 && span.column <= line.count + 1, "caret outside the line for \(text.debugDescription)")
                }
            }
            #expect(!error.rendered().isEmpty)
        } catch {
            Issue.record("unexpected error type \(error) for \(text.debugDescription)")
        }
        return false
    }

    @Test("random programs of the supported subset never crash")
    func randomPrograms() {
        var random = SeededGenerator(seed: 2_026_1203)
        var counted = 0
        for _ in 0..<600 {
            var program = ProgramGenerator(random: random)
            let text = program.module()
            random = program.random
            if Self.checkNeverCrashes(text, input: ["3x16x16", "16", "16x16x3", nil].randomElement(using: &random) ?? nil) {
                counted += 1
            }
        }
        #expect(counted >= 5, "the generator should make some programs that read to a total")
    }

    @Test("fixtures with lines dropped, repeated, indented or cut never crash")
    func mutatedFixtures() {
        var random = SeededGenerator(seed: 99)
        for _ in 0..<150 {
            let fixture = Self.fixtures.randomElement(using: &random)!
            Self.checkNeverCrashes(Self.mutated(fixture.text, edits: 1...4, using: &random), input: fixture.input)
        }
    }

    /// A program with a few of its lines dropped, repeated, indented, cut short or given a stray token.
    static func mutated(_ text: String, edits: ClosedRange<Int>, using random: inout SeededGenerator) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for _ in 0..<Int.random(in: edits, using: &random) {
            let index = Int.random(in: 0..<lines.count, using: &random)
            switch Int.random(in: 0..<5, using: &random) {
            case 0: lines.remove(at: index)
            case 1: lines.insert(lines[index], at: index)
            case 2: lines[index] = "    " + lines[index]
            case 3: lines[index] = String(lines[index].prefix(Int.random(in: 0...max(0, lines[index].count), using: &random)))
            default: lines[index] += ["(", ")", ":", "'", "\"\"\"", " if", " else", "[", ","].randomElement(using: &random)!
            }
            if lines.isEmpty { lines = [""] }
        }
        return lines.joined(separator: "\n")
    }

    /// The start and length of every whole-number literal outside a comment.
    static func integerLiterals(in text: String) -> [Range<Int>] {
        let characters = Array(text)
        var ranges: [Range<Int>] = []
        var index = 0
        var inComment = false
        while index < characters.count {
            let c = characters[index]
            if c == "#" { inComment = true }
            if c == "\n" { inComment = false }
            let previous = index > 0 ? characters[index - 1] : " "
            if !inComment, c.isASCII, c.isNumber, !(previous.isLetter || previous.isNumber || previous == "_" || previous == ".") {
                var end = index
                while end < characters.count, characters[end].isASCII, characters[end].isNumber { end += 1 }
                let next = end < characters.count ? characters[end] : " "
                if !(next.isLetter || next == "_" || next == ".") { ranges.append(index..<end) }
                index = end
                continue
            }
            index += 1
        }
        return ranges
    }

    static func replacing(_ text: String, _ range: Range<Int>, with replacement: String) -> String {
        var characters = Array(text)
        characters.replaceSubrange(range, with: Array(replacement))
        return String(characters)
    }

    @Test("an unknown value in place of any number gives an error or the same total, never another number")
    func unknownNeverCounted() throws {
        let prelude = "import settings\nargs = settings.load()\n"
        var refused = 0
        defer { #expect(refused >= 40, "numbers that decide counts should have been replaced") }
        for fixture in Self.fixtures {
            let original = try readSource(prelude + fixture.text, input: fixture.input).parameters.total
            for range in Self.integerLiterals(in: fixture.text) {
                let unknown = Self.replacing(fixture.text, range, with: "args.value")
                guard let total = try? readSource(prelude + unknown, input: fixture.input).parameters.total else {
                    refused += 1
                    continue
                }
                #expect(total == original, "an unknown value at \(range) gave \(total), not \(original) or an error")
                let literal = String(Array(fixture.text)[range])
                let changed = Self.replacing(fixture.text, range, with: String((Int(literal) ?? 0) + 1))
                if let changedTotal = try? readSource(prelude + changed, input: fixture.input).parameters.total {
                    #expect(changedTotal == original, "the number at \(range) changes the count, yet an unknown value there gave a total")
                }
            }
        }
    }
}

/// Writes random programs of the subset: assignments, arithmetic, lists, dicts, branches, loops,
/// functions, classes and layer calls, often ending in a model.
struct ProgramGenerator {
    var random: SeededGenerator
    private var names = ["a", "b", "n", "width", "cfg"]
    private var depth = 0

    init(random: SeededGenerator) { self.random = random }

    private mutating func pick<T>(_ items: [T]) -> T { items.randomElement(using: &random)! }
    private mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &random) < percent }

    mutating func module() -> String {
        var lines = ["import torch", "import torch.nn as nn", "import torch.nn.functional as F", "import keras",
                     "from keras import layers", "a, b, n, width = 1, 2, 3, 4", "cfg = [8, 'M', 16]",
                     "def f(v=1):", "    return v", "inputs = keras.Input(shape=(16, 16, 3))", "x = inputs"]
        for _ in 0..<Int.random(in: 1...8, using: &random) { lines += statement(indent: "") }
        if chance(70) { lines += model() }
        return lines.joined(separator: "\n") + "\n"
    }

    mutating func expression(_ level: Int = 0) -> String {
        if level > 3 { return pick(["1", "2", "3", "8", "-1", "0", pick(names), "None", "'M'", "args.x"]) }
        switch Int.random(in: 0..<12, using: &random) {
        case 0: return "\(expression(level + 1)) \(pick(["+", "-", "*", "//", "%", "/", "**", "<", "==", "and", "or"])) \(expression(level + 1))"
        case 1: return "[\(expression(level + 1)), \(expression(level + 1))]"
        case 2: return "(\(expression(level + 1)),)"
        case 3: return "{'k': \(expression(level + 1))}"
        case 4: return "\(pick(["len", "int", "max", "min", "range", "list", "str", "abs", "round"]))(\(expression(level + 1)))"
        case 5: return "\(expression(level + 1))[\(pick(["0", "-1", "1:", ":2", "'k'"]))]"
        case 6: return "\(expression(level + 1)) if \(expression(level + 1)) else \(expression(level + 1))"
        case 7: return "f(\(expression(level + 1)))"
        case 8: return "\"%d\" % \(expression(level + 1))"
        case 9: return "[v * 2 for v in \(expression(level + 1))]"
        case 10: return "not \(expression(level + 1))"
        default: return pick(["1", "3", "16", pick(names), "True", "'same'", "None", "x.shape"])
        }
    }

    private mutating func layer() -> String {
        pick(["nn.Conv2d(3, \(expression(2)), 3)", "nn.Linear(\(expression(2)), 4)", "nn.ReLU()", "nn.MaxPool2d(2)",
              "nn.BatchNorm2d(\(expression(2)))", "layers.Dense(\(expression(2)))", "layers.Conv2D(4, \(expression(2)))",
              "nn.Flatten()", "layers.Flatten()", "nn.Sequential(nn.Conv2d(3, 4, 3), nn.ReLU())"])
    }

    mutating func statement(indent: String) -> [String] {
        depth += 1
        defer { depth -= 1 }
        let inner = indent + "    "
        let kind = depth > 3 ? Int.random(in: 0..<3, using: &random) : Int.random(in: 0..<10, using: &random)
        switch kind {
        case 0:
            let name = pick(names)
            return [indent + "\(name) = \(expression())"]
        case 1: return [indent + "\(pick(names)) += \(expression())"]
        case 2: return [indent + "blocks = [\(layer()), \(layer())]"]
        case 3: return [indent + "if \(expression()):"] + statement(indent: inner) + [indent + "else:"] + statement(indent: inner)
        case 4: return [indent + "for \(pick(names)) in \(pick(["range(3)", "cfg", "[1, 2]", "args.items", expression()])):"]
            + statement(indent: inner)
        case 5: return [indent + "def f(v=1, *rest, **options):"] + statement(indent: inner) + [inner + "return \(expression())"]
        case 6: return [indent + "while \(expression()):"] + statement(indent: inner) + [inner + "break"]
        case 7:
            return [indent + "class Block(nn.Module):", inner + "def __init__(self, c=3):", inner + "    super().__init__()",
                    inner + "    self.conv = \(layer())", inner + "def forward(self, x):",
                    inner + "    return \(pick(["self.conv(x)", "x + self.conv(x)", "F.relu(self.conv(x))", "torch.flatten(x, 1)"]))"]
        case 8: return [indent + "assert \(expression())", indent + "pass"]
        default: return [indent + "x = \(layer())(\(pick(["x", "inputs", "keras.Input(shape=(16, 16, 3))"])))"]
        }
    }

    mutating func model() -> [String] {
        let torch = ["nn.Conv2d(3, 4, 3)", "nn.ReLU()", "nn.MaxPool2d(2)", "nn.BatchNorm2d(3)"]
        let keras = ["layers.Conv2D(4, 3)", "layers.Dense(n)", "layers.MaxPooling2D()", "layers.BatchNormalization()"]
        switch Int.random(in: 0..<4, using: &random) {
        case 0: return ["model = nn.Sequential(\(pick(torch)), \(pick(torch)))"]
        case 1: return ["model = keras.Sequential([keras.Input(shape=(16, 16, 3)), \(pick(keras)), \(pick(keras))])"]
        case 2: return ["y = \(pick(keras))(inputs)", "model = keras.Model(inputs, y)"]
        default: return ["model = Block()"]
        }
    }
}
