import Foundation
import Testing
import TestSupport

/// A teacher's question set in a real terminal: a student answers it full-screen, a presenter shows it.
@Suite("question sets in a real terminal", .serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct SetEndToEndTests {
    @Test("a student answers a built-in set full-screen: the answer is saved with the student's name and the set's ids")
    func studentFullScreen() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("convtutor-set-e2e-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: data) }
        let tmux = try TmuxSession(command: "\(TmuxSession.binary) quiz --set classic --data-dir \(data)",
                                   environment: ["CONVTUTOR_NAME": "Zoe"])
        var screen = tmux.waitFor(text: "question 1 of 12")
        #expect(screen.contains("Conv2D(10, kernel_size=3)"))
        try tmux.type("270")
        try tmux.send("Enter")
        screen = tmux.waitFor(text: "Not quite")
        #expect(screen.contains("none of the 10 biases"))
        try tmux.type("280")
        try tmux.send("Enter")
        tmux.waitFor(text: "Correct")
        try tmux.send("C-c")
        tmux.waitFor("the tutor to end") { _ in
            (try? ConvTutorProcess.run(["stats", "--csv", "--data-dir", data]))?.standardOutput.split(separator: "\n").count == 3
        }
        let rows = try ConvTutorProcess.run(["stats", "--csv", "--data-dir", data]).standardOutput.split(separator: "\n")
        #expect(rows.dropFirst().allSatisfy { $0.hasSuffix(",Zoe,classic,course") }, "\(rows)")
    }

    @Test("demo --set shows a question a slide, then the answer in its unit with the set's notes")
    func presenter() throws {
        let tmux = try TmuxSession(command: "\(TmuxSession.binary) demo --set classic", columns: 120, rows: 40)
        tmux.waitFor(text: "question 1 of 12")
        for _ in 1...9 { try tmux.send("n") }
        tmux.waitFor(text: "question 10 of 12")
        try tmux.send("Space")
        try tmux.send("Space")
        let screen = tmux.waitFor(text: "The famous one")
        #expect(screen.contains("What is the output's height?"))
        #expect(screen.contains("rows"))
        #expect(screen.contains("Wrong answers to expect: "))
        #expect(!screen.contains("parameters"), "an output height is not counted in parameters")
    }
}
