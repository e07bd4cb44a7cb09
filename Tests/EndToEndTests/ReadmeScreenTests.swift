import Foundation
import Testing
import TestSupport

/// The screens in README.md are what the real program shows in an 80×24 terminal.
@Suite("README's screen captures", .serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct ReadmeScreenTests {
    @Test("the menu")
    func menu() throws {
        let tmux = try TmuxSession(command: "\(TmuxSession.binary) --seed 15", columns: 80, rows: 24)
        assertReadmeCapture(tmux.waitFor(text: "Quit"), named: "screen-menu")
    }

    @Test("a lesson")
    func lesson() throws {
        let tmux = try TmuxSession(command: "\(TmuxSession.binary) learn kernel-depth", columns: 80, rows: 24)
        assertReadmeCapture(tmux.waitFor(text: "Lesson 2 of"), named: "screen-lesson")
    }

    @Test("classroom mode at its last step")
    func demo() throws {
        let tmux = try TmuxSession(command: "\(TmuxSession.binary) demo", columns: 80, rows: 24)
        tmux.waitFor(text: "step 0 of")
        try tmux.send("End")
        assertReadmeCapture(tmux.waitFor(text: "step 6 of 6"), named: "screen-demo")
    }

    @Test("an interview round, with the clock held at its start")
    func interview() throws {
        let clock = FileManager.default.temporaryDirectory.appendingPathComponent("convtutor-readme-clock-\(UUID().uuidString)")
        try "0".write(to: clock, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: clock) }
        let tmux = try TmuxSession(command: "\(TmuxSession.binary) interview --seed 4", columns: 80, rows: 24,
                                   environment: ["CONVTUTOR_TEST_CLOCK": clock.path])
        assertReadmeCapture(tmux.waitFor(text: "10:00 left"), named: "screen-interview")
        try tmux.send("q")
    }

    @Test("a quiz session: question, wrong and right answers, walkthrough, summary")
    func quiz() throws {
        let tmux = try TmuxSession(command: "\(TmuxSession.binary) quiz --seed 15 --skill conv2d --count 3", columns: 80, rows: 24)
        tmux.waitFor(text: "Answer")
        try tmux.type("10*(3*3*3)")
        assertReadmeCapture(tmux.waitFor(text: "= 270"), named: "screen-question")
        try tmux.send("Enter")
        assertReadmeCapture(tmux.waitFor(text: "Try once more"), named: "screen-wrong")
        try tmux.type("280")
        try tmux.send("Enter")
        assertReadmeCapture(tmux.waitFor(text: "Correct"), named: "screen-correct")
        try tmux.send("w")
        assertReadmeCapture(tmux.waitFor(text: "step 1 of"), named: "screen-walkthrough")
        try tmux.send("Escape")
        tmux.waitFor(text: "Correct")
        try tmux.send("q")
        assertReadmeCapture(tmux.waitFor(text: "Session summary"), named: "screen-summary")
    }
}
