import Foundation
import Testing
import TestSupport

@Suite("lessons in a real terminal", .serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct LessonEndToEndTests {
    @Test("open a lesson, scroll, practise, answer, come back to where the reader was, and find the progress and the place next time")
    func lessonPractice() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("convtutor-lesson-data-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let tmux = try TmuxSession(command: "\(TmuxSession.binary) learn worked-example --seed 5 --data-dir \(folder.path)")
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
        tmux.waitFor(text: "100%")
        try tmux.send("Escape")
        screen = tmux.waitFor(text: "practised 1/1")
        try tmux.send("q")

        let again = try TmuxSession(command: "\(TmuxSession.binary) learn --data-dir \(folder.path)")
        again.waitFor(text: "practised 1/1")
        try again.send("q")

        let reopened = try TmuxSession(command: "\(TmuxSession.binary) learn worked-example --data-dir \(folder.path)")
        reopened.waitFor(text: "100%")
        try reopened.send("q")
    }
}

@Suite("classroom mode in a real terminal", .serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct DemoEndToEndTests {
    @Test("step through the classic example to its answer, then the next layer")
    func demo() throws {
        let tmux = try TmuxSession(command: "\(TmuxSession.binary) demo")
        tmux.waitFor(text: "step 0 of 6")
        for step in 1...6 {
            try tmux.send("Space")
            tmux.waitFor(text: "step \(step) of 6")
        }
        tmux.waitFor(text: "parameters")
        try tmux.send("Left")
        tmux.waitFor(text: "step 5 of 6")
        try tmux.send("n")
        tmux.waitFor(text: "layer 2 of")
        try tmux.send("q")
    }

    @Test("several layers walk the model: one slide per layer with its own count, then the totals slide")
    func modelWalk() throws {
        let layers = ["Conv2D(32, 3)", "MaxPooling2D(2)", "Conv2D(64, 3)", "Flatten()", "Dense(10)"]
        let summary = try ConvTutorProcess.run(["summary", "--json", "--input", "32x32x3"] + layers)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(summary.standardOutput.utf8)) as? [String: Any])
        let counts = try #require((json["layers"] as? [[String: Any]])?.compactMap { $0["params"] as? Int })
        let total = try #require(json["total_params"] as? Int)
        #expect(counts.count == layers.count)
        let words = layers.map { "'\($0)'" }.joined(separator: " ")
        let tmux = try TmuxSession(command: "\(TmuxSession.binary) demo --input 32x32x3 \(words)", columns: 120, rows: 40)
        // Counts are grouped on the screen (75,648); the commas are dropped to compare them with the JSON's.
        let digits = { (screen: String) in screen.replacingOccurrences(of: ",", with: "") }
        for (index, count) in counts.enumerated() {
            tmux.waitFor(text: "layer \(index + 1) of \(layers.count)")
            tmux.waitFor(text: "step 0 of")
            try tmux.send("End")
            tmux.waitFor("layer \(index + 1)'s count, \(count), at its last step") { screen in
                screen.contains("step") && !screen.contains("step 0 of") && digits(screen).contains("\(count)")
            }
            try tmux.send("n")
        }
        tmux.waitFor(text: "the whole model")
        try tmux.send("End")
        tmux.waitFor("the model's total, \(total)") { digits($0).contains("= \(total)") }
        try tmux.send("n")
        try tmux.send("p")
        tmux.waitFor(text: "layer \(layers.count) of \(layers.count)")
        try tmux.send("q")
    }

    @Test("a model file walks its layer objects, a pool called twice once, then the totals slide")
    func modelFileWalk() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("convtutor-walk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("net.py")
        try """
            import torch
            from torch import nn

            class Net(nn.Module):
                def __init__(self):
                    super().__init__()
                    self.conv1 = nn.Conv2d(1, 8, 3, padding=1)
                    self.pool = nn.MaxPool2d(2)
                    self.conv2 = nn.Conv2d(8, 16, 3, padding=1)
                    self.head = nn.Linear(16 * 7 * 7, 10)

                def forward(self, x):
                    x = self.pool(torch.relu(self.conv1(x)))
                    x = self.pool(torch.relu(self.conv2(x)))
                    return self.head(torch.flatten(x, 1))

            model = Net()
            """.write(to: file, atomically: true, encoding: .utf8)
        let summary = try ConvTutorProcess.run(["summary", "--json", "--input", "1x28x28", "--file", file.path])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(summary.standardOutput.utf8)) as? [String: Any])
        let rows = try #require(json["layers"] as? [[String: Any]])
        let counts = rows.filter { $0["shared"] as? Bool != true }.compactMap { $0["params"] as? Int }
        let total = try #require(json["total_params"] as? Int)
        #expect(rows.count == counts.count + 1, "the pool's second call is marked shared")
        let tmux = try TmuxSession(command: "\(TmuxSession.binary) demo --input 1x28x28 --file \(file.path)", columns: 100, rows: 30)
        let digits = { (screen: String) in screen.replacingOccurrences(of: ",", with: "") }
        for (index, count) in counts.enumerated() {
            tmux.waitFor(text: "layer \(index + 1) of \(counts.count)")
            try tmux.send("End")
            tmux.waitFor("layer \(index + 1)'s count, \(count)") { screen in
                !screen.contains("step 0 of") && digits(screen).contains("\(count)")
            }
            try tmux.send("n")
        }
        tmux.waitFor(text: "the whole model")
        try tmux.send("End")
        tmux.waitFor("the model's total, \(total)") { digits($0).contains("= \(total)") }
        try tmux.send("q")
    }

    @Test("a layer given on the command line is explained")
    func custom() throws {
        let tmux = try TmuxSession(command: "\(TmuxSession.binary) demo --input 32x32x16 'SeparableConv2D(32, 3)'")
        tmux.waitFor(text: "layer 1 of 1")
        try tmux.send("End")
        tmux.waitFor(text: "depthwise + pointwise + biases")
        try tmux.send("q")
    }
}

@Suite("an interview round in a real terminal", .serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct InterviewEndToEndTests {
    @Test("a forced clock runs the round out and the report appears")
    func round() throws {
        let clock = FileManager.default.temporaryDirectory.appendingPathComponent("convtutor-clock-\(UUID().uuidString)")
        try "100".write(to: clock, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: clock) }
        let tmux = try TmuxSession(command: "\(TmuxSession.binary) interview --minutes 1 --seed 4",
                                   environment: ["CONVTUTOR_TEST_CLOCK": clock.path])
        tmux.waitFor(text: "1:00 left")
        try "130".write(to: clock, atomically: true, encoding: .utf8)
        tmux.waitFor(text: "0:30 left")
        try tmux.type("12345")
        try tmux.send("Enter")
        tmux.waitFor(text: "Not this time")
        try "161".write(to: clock, atomically: true, encoding: .utf8)
        tmux.waitFor(text: "Interview over")
        tmux.waitFor(text: "You said 12345")
        try tmux.send("Enter")
        tmux.waitFor(text: "Walkthrough")
        try tmux.send("q")
        tmux.waitFor(text: "Interview over")
        try tmux.send("q")
    }
}

@Suite("progress in a real terminal", .serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct StatsEndToEndTests {
    @Test("answers given in one run show on the Stats screen of the next")
    func statsAfterAnswers() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("convtutor-e2e-data-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let quiz = try TmuxSession(command: "\(TmuxSession.binary) quiz --seed 2 --skill conv2d --data-dir \(folder.path)")
        quiz.waitFor(text: "Answer")
        try quiz.type("1")
        try quiz.send("Enter")
        quiz.waitFor(text: "Not quite")
        try quiz.type("2")
        try quiz.send("Enter")
        quiz.waitFor(text: "Not this time")
        try quiz.send("C-c")

        let menu = try TmuxSession(command: "\(TmuxSession.binary) --data-dir \(folder.path)")
        menu.waitFor(text: "Quit")
        try menu.send("4")
        let screen = menu.waitFor(text: "Questions: 1")
        #expect(screen.contains("conv2d"))
        #expect(screen.contains("0/1"), "a question and its retry are one question, not right first time")
        try menu.send("q")
        try menu.send("q")

        let csv = try ConvTutorProcess.run(["stats", "--csv", "--data-dir", folder.path])
        #expect(csv.standardOutput.split(separator: "\n").count == 3)
    }

    @Test("the report's walkthrough of a missed question shows that question's skill, not the last one's on screen")
    func reportWalkthroughSkill() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("convtutor-e2e-report-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let tmux = try TmuxSession(command: "\(TmuxSession.binary) interview --minutes 10 --seed 3 --kinds separable,output-shape "
                                   + "--data-dir \(folder.path)")
        tmux.waitFor(text: "SeparableConv2D")
        try tmux.type("1")
        try tmux.send("Enter")
        tmux.waitFor(text: "Not this time")
        try tmux.send("Enter")
        tmux.waitFor(text: "output's height")
        try tmux.type("1")
        try tmux.send("Enter")
        tmux.waitFor(text: "Not this time")
        try tmux.send("Enter")
        tmux.waitFor(text: "question 3")
        try tmux.send("q")
        tmux.waitFor(text: "Press q again")
        try tmux.send("q")
        tmux.waitFor(text: "Interview over")
        try tmux.send("Down")
        try tmux.send("Enter")
        let screen = tmux.waitFor(text: "Walkthrough")
        let title = screen.split(separator: "\n").first.map(String.init) ?? ""
        #expect(title.hasSuffix("output-shape"), "\(title)")
        try tmux.send("Escape")
        tmux.waitFor(text: "Interview over")
        try tmux.send("q")
    }
}
