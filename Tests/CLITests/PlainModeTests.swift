import Foundation
import Testing
import TestSupport

@Suite("the quiz in plain line mode, through a pipe")
struct PlainModeTests {
    @Test("questions, answers and feedback over stdin and stdout")
    func throughAPipe() throws {
        let first = try ConvTutorProcess.run(["quiz", "--plain", "--seed", "3", "--skill", "conv2d", "--count", "1"], input: "q\n")
        #expect(first.status == 0)
        let code = first.standardOutput.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.hasPrefix("Input(") || $0.hasPrefix("Conv2D(") }.joined(separator: "\n")
        let engine = try ConvTutorProcess.run(["summary", "--json", "-"], input: code)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(engine.standardOutput.utf8)) as? [String: Any])
        let answer = try #require(json["total_params"] as? Int)

        let result = try ConvTutorProcess.run(["quiz", "--plain", "--seed", "3", "--skill", "conv2d", "--count", "2"],
                                              input: "12+\n\(answer)\nw\n")
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("Question 1 of 2"))
        #expect(result.standardOutput.contains("Correct!"))
        #expect(result.standardOutput.contains("Question 2 of 2"), "the next question follows at once in a pipe")
        #expect(result.standardOutput.contains("1. A kernel is as deep as its input"))
        #expect(result.standardOutput.contains("Session summary"))
    }

    @Test("a piped file of N answers answers N questions, with no pause, lines fitted to COLUMNS and a summary at its end")
    func answersFile() throws {
        let result = try ConvTutorProcess.run(["quiz", "--plain", "--seed", "15", "--skill", "conv2d", "--count", "5"],
                                              input: "280\n52\n100\n", environment: ["COLUMNS": "60"])
        #expect(result.status == 0)
        let out = result.standardOutput
        #expect(out.contains("Question 3 of 5"), "the third answer is not eaten by a pause")
        #expect(!out.contains("Question 4 of 5"))
        #expect(!out.contains("[Enter for the next question]"))
        #expect(out.contains("Session summary: score 10, 1 of 2 right first time"), "the summary comes at the end of input")
        for line in out.split(separator: "\n") {
            #expect(line.count <= 60, "wider than COLUMNS: \(line)")
        }
    }

    @Test("the walkthrough in plain mode draws no boxes, which a screen reader would read aloud")
    func noBoxDrawing() throws {
        let result = try ConvTutorProcess.run(["quiz", "--plain", "--seed", "15", "--skill", "conv2d", "--count", "1"],
                                              input: "w\n")
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("1. A kernel is as deep as its input"))
        let boxes = result.standardOutput.unicodeScalars.filter { (0x2500...0x257F).contains($0.value) }
        #expect(boxes.isEmpty, "box drawing: \(String(String.UnicodeScalarView(boxes)))")
    }

    @Test("without a terminal the full-screen command falls back to plain mode")
    func fallback() throws {
        let result = try ConvTutorProcess.run(["quiz", "--seed", "3", "--skill", "conv2d", "--count", "1"], input: "q\n",
                                              environment: ["TERM": "xterm-256color"])
        #expect(result.status == 0)
        #expect(result.standardError.contains("plain line mode"))
        #expect(result.standardOutput.contains("Question 1 of 1"))
        #expect(!result.standardOutput.contains("\u{1B}["), "no escape codes in a pipe")
    }

    @Test("interview --plain, and interview without a terminal, run the round as lines and end with the report")
    func plainInterview() throws {
        for arguments in [["interview", "--plain", "--seed", "4", "--minutes", "3"], ["interview", "--seed", "4", "--minutes", "3"]] {
            let result = try ConvTutorProcess.run(arguments, input: "1\n2\n")
            #expect(result.status == 0, "\(arguments): \(result.standardError)")
            #expect(result.standardOutput.contains("Question 3 (3:00 left)"), "\(result.standardOutput)")
            #expect(result.standardOutput.contains("Interview over"))
            #expect(!result.standardOutput.contains("\u{1B}["), "no escape codes in a pipe")
        }
    }

    @Test("--kinds limits a round; --retry-missed asks the last round's missed questions again, then only those still missed")
    func kindsAndRetry() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("convtutor-retry-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let environment = ["CONVTUTOR_DATA_DIR": folder]
        let none = try ConvTutorProcess.run(["interview", "--plain", "--retry-missed"], environment: environment)
        #expect(none.status == 1)
        #expect(none.standardError.contains("no interview round has been kept yet"), "\(none.standardError)")

        let round = try ConvTutorProcess.run(["interview", "--plain", "--seed", "4", "--kinds", "output-shape,macs"],
                                             input: "1\n2\n3\nq\n", environment: environment)
        #expect(round.status == 0, "\(round.standardError)")
        let asked = Self.questions(round.standardOutput)
        #expect(asked.count == 4)
        #expect(asked.allSatisfy { $0.contains("output's height") || $0.contains("multiply-accumulates") }, "\(asked)")
        #expect(round.standardOutput.contains("convtutor interview --retry-missed"))

        let retry = try ConvTutorProcess.run(["interview", "--plain", "--retry-missed"], input: "1\n", environment: environment)
        #expect(retry.status == 0, "\(retry.standardError)")
        #expect(retry.standardOutput.contains("the 3 questions missed in the round of seed 4 again"))
        #expect(Self.questions(retry.standardOutput) == Array(asked.prefix(2)), "the missed questions, in order, up to q")
        #expect(retry.standardOutput.contains("Not reached: 2 questions of this retry round, kept to retry."))

        let again = try ConvTutorProcess.run(["interview", "--plain", "--retry-missed"], input: "q\n", environment: environment)
        #expect(again.standardOutput.contains("the 3 questions missed in the round of seed 4 again"), "the miss and the two not reached")
    }

    /// Each question of a plain round, from its number to its ask, without the time left.
    static func questions(_ output: String) -> [String] {
        output.components(separatedBy: "Question ").dropFirst().map { block in
            let text = block.split(separator: "\n").dropFirst().prefix { !$0.hasPrefix("answer>") }.joined(separator: " ")
            return text
        }
    }
}
