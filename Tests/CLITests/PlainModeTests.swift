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

        let result = try ConvTutorProcess.run(["quiz", "--plain", "--seed", "3", "--skill", "conv2d", "--count", "1"],
                                              input: "12+\n\(answer)\nw\n\n")
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("Question 1 of 1"))
        #expect(result.standardOutput.contains("Correct!"))
        #expect(result.standardOutput.contains("1. A kernel is as deep as its input"))
        #expect(result.standardOutput.contains("Session summary"))
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
}
