import Foundation
import Testing
import TestSupport

@Suite("lessons in a real terminal", .serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct LessonEndToEndTests {
    @Test("open a lesson, scroll, practise, answer, and come back to the lesson")
    func lessonPractice() throws {
        let tmux = try TmuxSession(command: "\(TmuxSession.binary) learn worked-example --seed 5")
        var screen = tmux.waitFor(text: "Lesson")
        #expect(screen.contains("0%") == false)
        let top = screen
        try tmux.send("PgDn")
        screen = tmux.waitFor("the lesson to scroll") { $0 != top }
        try tmux.send("End")
        tmux.waitFor(text: "100%")
        try tmux.send("p")
        screen = tmux.waitFor(text: "Answer")
        let code = screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.hasPrefix("Input(") || $0.hasPrefix("Conv2D(") }.joined(separator: "\n")
        let engine = try ConvTutorProcess.run(["summary", "--json", "-"], input: code)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(engine.standardOutput.utf8)) as? [String: Any])
        let answer = try #require(json["total_params"] as? Int)
        try tmux.type(String(answer))
        try tmux.send("Enter")
        tmux.waitFor(text: "Correct")
        try tmux.send("Escape")
        tmux.waitFor(text: "Lesson")
        try tmux.send("Escape")
        screen = tmux.waitFor(text: "practised 1/1")
        try tmux.send("q")
    }
}
