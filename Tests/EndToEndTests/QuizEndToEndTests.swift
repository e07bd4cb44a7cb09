import Foundation
import Testing
import TestSupport

/// The real binary in a real terminal (tmux): what a learner sees and types.
@Suite("the quiz in a real terminal", .serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct QuizEndToEndTests {
    /// The Keras code shown on screen (indented lines after the question's sentence).
    static func code(on screen: String) -> String {
        screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.hasPrefix("Input(") || $0.hasPrefix("Conv2D(") }
            .joined(separator: "\n")
    }

    /// What the engine says about the code on screen: the layer's count and its filters.
    static func engine(on screen: String) throws -> (params: Int, filters: Int) {
        let result = try ConvTutorProcess.run(["summary", "--json", "-"], input: code(on: screen))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any],
                                "no JSON for:\n\(code(on: screen))\n\(result.standardError)")
        let layers = try #require(json["layers"] as? [[String: Any]])
        let conv = try #require(layers.last)
        let params = try #require(conv["params"] as? Int)
        let shape = try #require(conv["output_shape"] as? [Int])
        return (params, try #require(shape.last))
    }

    static func score(on screen: String) -> Int? {
        guard let range = screen.range(of: "Score: ") else { return nil }
        return Int(screen[range.upperBound...].prefix { $0.isNumber })
    }

    @Test("answer right, then leave out the biases, walk through, resize, and quit with Ctrl-C")
    func quizSession() throws {
        let tmux = try TmuxSession(command: "bash --norc --noprofile")
        tmux.waitFor("a shell prompt") { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        try tmux.type("PS1='$ ' ; \(TmuxSession.binary) quiz --seed 1 --skill conv2d")
        try tmux.send("Enter")
        var screen = tmux.waitFor(text: "Answer")
        #expect(screen.contains("Score: 0"))

        let first = try Self.engine(on: screen)
        try tmux.type(String(first.params))
        try tmux.send("Enter")
        screen = tmux.waitFor(text: "Correct")
        #expect((Self.score(on: screen) ?? 0) > 0, "the score must rise:\n\(screen)")

        try tmux.send("Enter")
        screen = tmux.waitFor(text: "question 2")
        let second = try Self.engine(on: screen)
        try tmux.type(String(second.params - second.filters))
        try tmux.send("Enter")
        screen = tmux.waitFor(text: "Not quite")
        #expect(screen.lowercased().contains("bias"), "the diagnosis must name the biases:\n\(screen)")

        try tmux.send("w")
        tmux.waitFor(text: "step 1 of")
        try tmux.send("Right")
        tmux.waitFor(text: "step 2 of")
        try tmux.send("Left")
        tmux.waitFor(text: "step 1 of")

        try tmux.resize(columns: 50, rows: 15)
        tmux.waitFor(text: "60×18")
        try tmux.resize(columns: 100, rows: 30)
        tmux.waitFor(text: "step 1 of")

        try tmux.send("C-c")
        tmux.waitFor("the shell prompt back") { $0.split(separator: "\n").last?.hasPrefix("$") ?? false }
        try tmux.type("stty -a | tr ' ' '\\n' | grep -x -e echo -e icanon -e -echo -e -icanon | sort | tr '\\n' ' '; echo")
        try tmux.send("Enter")
        tmux.waitFor("echo and canonical input back on") { screen in
            screen.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces) == "echo icanon" }
        }
    }

    @Test("g at question 2 keeps the score and the question: guided mode asks its steps, and turning it off asks the whole")
    func guidedToggleKeepsTheSession() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("convtutor-e2e-guided-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let tmux = try TmuxSession(command: "\(TmuxSession.binary) quiz --seed 15 --skill conv2d --data-dir \(folder.path)")
        var screen = tmux.waitFor(text: "Answer")
        try tmux.type(String(try Self.engine(on: screen).params))
        try tmux.send("Enter")
        tmux.waitFor(text: "Correct")
        try tmux.send("Enter")
        screen = tmux.waitFor(text: "question 2")
        let score = try #require(Self.score(on: screen))
        #expect(score > 0)
        try tmux.send("g")
        screen = tmux.waitFor(text: "Step 1 of")
        #expect(screen.contains("question 2"))
        #expect(Self.score(on: screen) == score)
        try tmux.send("g")
        screen = tmux.waitFor(text: "How many parameters")
        #expect(screen.contains("question 2") && Self.score(on: screen) == score)
        try tmux.send("C-c")
    }

    @Test("a UTF-8 locale that is not installed still draws with box-drawing characters, not ASCII")
    func uninstalledUTF8Locale() throws {
        let tmux = try TmuxSession(command: TmuxSession.binary + " quiz --seed 1", environment: ["LANG": "xx_XX.UTF-8"])
        let screen = tmux.waitFor(text: "Score: 0")
        #expect(screen.contains("│"), "\(screen)")
        #expect(screen.contains("×"), "\(screen)")
        try tmux.send("C-c")
    }

    @Test("plain 'convtutor' opens the menu")
    func menu() throws {
        let tmux = try TmuxSession(command: TmuxSession.binary)
        let screen = tmux.waitFor(text: "Quit")
        for item in ["Quiz", "Lessons", "Stats"] { #expect(screen.contains(item)) }
        try tmux.send("q")
    }
}
