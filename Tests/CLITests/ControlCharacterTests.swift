import Foundation
import Testing
import TestSupport

/// Every output path of the program fed every control character: nothing reaches the terminal raw.
@Suite("no escape sequence reaches the terminal")
struct ControlCharacterTests {
    static let hostile = ControlCharacters.all

    static func expectSafe(_ result: ConvTutorProcess.Result, _ what: Comment, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(ControlCharacters.obeyed(in: result.standardOutput).isEmpty, "standard output of \(what)",
                sourceLocation: sourceLocation)
        #expect(ControlCharacters.obeyed(in: result.standardError).isEmpty, "standard error of \(what)",
                sourceLocation: sourceLocation)
    }

    static func lessonFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("convtutor-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let lesson = """
            ---
            format: 1
            id: hostile
            title: Title \(hostile) end
            order: 1
            skills: conv2d
            ---

            Body \(hostile) end.

            ```code
            Conv2D(10, 3, name="\(ControlCharacters.sequences)")
            ```

            ```check
            layer: Conv2D(10, 3, name="\(ControlCharacters.sequences)")
            input: 24x24x3
            params: 280
            ```

            ```check
            layer: Conv2D(10, \(hostile))
            input: 24x24x3
            params: 280
            ```

            ```practice
            skills: conv2d
            ```

            """
        try lesson.write(to: folder.appendingPathComponent("01-hostile.md"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test("lessons list, lessons check and learn --plain show a hostile lesson's title, body and layers visibly")
    func lessons() throws {
        let folder = try Self.lessonFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let list = try ConvTutorProcess.run(["lessons", "list", "--lessons", folder.path])
        Self.expectSafe(list, "lessons list")
        #expect(list.standardOutput.contains("Title ^[]0;retitled^G^[[2J^G"), "\(list.standardOutput)")

        let plainList = try ConvTutorProcess.run(["learn", "--plain", "--lessons", folder.path])
        Self.expectSafe(plainList, "learn --plain")
        #expect(plainList.standardOutput.contains("Title ^[]0;retitled"))

        let learn = try ConvTutorProcess.run(["learn", "hostile", "--plain", "--lessons", folder.path])
        Self.expectSafe(learn, "learn hostile --plain")
        #expect(learn.standardOutput.contains("^[]0;retitled^G^[[2J"), "\(learn.standardOutput)")
        #expect(learn.standardOutput.contains("M-^[31m"))

        let check = try ConvTutorProcess.run(["lessons", "check", folder.path])
        Self.expectSafe(check, "lessons check")
        #expect(check.status == 1, "the second check's layer cannot be read")
    }

    @Test("summary and explain show a layer's name visibly; --json escapes it")
    func layerNames() throws {
        let layer = "Conv2D(10, 3, name=\"\(ControlCharacters.sequences)\")"
        for command in [["summary"], ["summary", "--width", "40"], ["explain"]] {
            let result = try ConvTutorProcess.run(command + ["--input", "24x24x3", layer])
            #expect(result.status == 0)
            Self.expectSafe(result, "\(command)")
        }
        let json = try ConvTutorProcess.run(["summary", "--json", "--input", "24x24x3", layer])
        Self.expectSafe(json, "summary --json")
        #expect(json.standardOutput.contains(#""name": "\u001b]0;retitled\u0007\u001b[2J\u0007"#), "\(json.standardOutput)")
        #expect(json.standardOutput.contains(#"\u009b31m"#))
    }

    @Test("an error quotes the source line, from a file, standard input or an argument, visibly")
    func errors() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("convtutor-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("model\u{1B}]0;x\u{07}.py")
        try "Conv2D(10, \(Self.hostile))\n".write(to: file, atomically: true, encoding: .utf8)
        for command in [["summary"], ["explain"]] {
            let fromFile = try ConvTutorProcess.run(command + ["--input", "24x24x3", "--file", file.path])
            #expect(fromFile.status == 1)
            Self.expectSafe(fromFile, "\(command) --file")
            #expect(fromFile.standardError.contains("1 | Conv2D(10, ^[]0;retitled^G"), "\(fromFile.standardError)")

            let fromInput = try ConvTutorProcess.run(command + ["--input", "24x24x3", "-"], input: "Conv2D(10, \(Self.hostile))\n")
            #expect(fromInput.status == 1)
            Self.expectSafe(fromInput, "\(command) -")

            let fromArgument = try ConvTutorProcess.run(command + ["--input", "24x24x3", "Conv2D(10, \(ControlCharacters.allButNUL))"])
            #expect(fromArgument.status == 1)
            Self.expectSafe(fromArgument, "\(command) with an argument")
        }
        let missing = try ConvTutorProcess.run(["summary", "--file", folder.path + "/no\u{1B}[2J.py", "--input", "24x24x3"])
        #expect(missing.status == 1)
        Self.expectSafe(missing, "a missing file")
    }

    @Test("arguments and environment values echoed in messages are shown visibly")
    func arguments() throws {
        let hostile = ControlCharacters.allButNUL
        let runs = [
            try ConvTutorProcess.run(["summary", "--bogus" + hostile, "Conv2D(1, 1)"]),
            try ConvTutorProcess.run(["quiz", "--plain", "--skill", hostile]),
            try ConvTutorProcess.run(["learn", hostile, "--plain"]),
            try ConvTutorProcess.run(["summary", "--input", hostile, "Conv2D(1, 1)"]),
            try ConvTutorProcess.run(["lessons", "check", "/nonexistent" + hostile]),
            try ConvTutorProcess.run(["lessons", "list"], environment: ["CONVTUTOR_LESSONS": "/nonexistent" + hostile]),
            try ConvTutorProcess.run(["stats", "--data-dir", "/proc/version/" + hostile]),
        ]
        for (index, result) in runs.enumerated() {
            Self.expectSafe(result, "run \(index)")
            #expect(!result.standardError.isEmpty, "run \(index) says what is wrong")
        }
        #expect(runs[0].standardError.hasPrefix("error: "), "the argument parser's messages read like the others")
    }

    @Test("plain quiz output stays safe when the answers carry control characters")
    func plainQuiz() throws {
        let result = try ConvTutorProcess.run(["quiz", "--plain", "--seed", "3", "--count", "1"],
                                              input: Self.hostile + "\n" + Self.hostile + "\n\n")
        Self.expectSafe(result, "quiz --plain")
    }
}
