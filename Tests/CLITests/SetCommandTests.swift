import Foundation
import Testing
import TestSupport

@Suite("question sets from the command line: check, list, a student's run, and a class's merged export")
struct SetCommandTests {
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("convtutor-sets-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static let set = """
        ---
        format: 1
        id: week-3
        title: Week 3
        ---

        ## The course example
        id: course
        ask: parameters
        input: 24x24x3
        layer: Conv2D(10, kernel_size=3)

        ## Output size
        id: size
        ask: output-height
        input: 227x227x3
        layer: Conv2D(96, kernel_size=11, strides=4)
        """

    @Test("the built-in sets check clean, are listed, and a copied binary still has them")
    func builtIn() throws {
        let check = try ConvTutorProcess.run(["sets", "check"])
        #expect(check.status == 0, "\(check.standardOutput)")
        #expect(check.standardOutput == "2 sets, 22 questions, no problems.\n")

        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("convtutor")
        try FileManager.default.copyItem(at: ConvTutorProcess.binary, to: copy)
        let list = try ConvTutorProcess.run(["sets", "list"], executable: copy)
        #expect(list.status == 0)
        #expect(list.standardOutput.contains("classic"))
        #expect(list.standardOutput.contains("vgg-resnet"))
        #expect(list.standardOutput.contains("(12 questions)"))
    }

    @Test("a set with problems is reported with file and line, all at once, and neither quiz nor demo asks from it")
    func badSet() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bad.md")
        let text = Self.set.replacingOccurrences(of: "ask: output-height", with: "ask: height")
            .replacingOccurrences(of: "Conv2D(10, kernel_size=3)", with: "Conv2D(10, kernel_size=3, colour=2)")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let check = try ConvTutorProcess.run(["sets", "check", file.path])
        #expect(check.status == 1)
        let lines = check.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.count == 3, "\(check.standardOutput)")
        #expect(lines.first?.hasPrefix("\(file.path):11: the engine cannot read this code: ") == true)
        #expect(lines.dropFirst().first?.hasPrefix("\(file.path):15: unknown ask 'height'") == true)
        #expect(lines.last == "2 problems in 1 file.")

        let quiz = try ConvTutorProcess.run(["quiz", "--plain", "--set", file.path, "--data-dir", folder.appendingPathComponent("data").path],
                                            input: "280\n")
        #expect(quiz.status == 1)
        #expect(quiz.standardOutput.isEmpty, "no question is asked from a set in doubt")
        #expect(quiz.standardError.contains("\(file.path):15: unknown ask 'height'"))
        #expect(quiz.standardError.contains("sets check"))
        let demo = try ConvTutorProcess.run(["demo", "--set", file.path])
        #expect(demo.status == 1)
        #expect(demo.standardError.contains("\(file.path):11: "))

        let missing = try ConvTutorProcess.run(["quiz", "--plain", "--set", "no-such-set"])
        #expect(missing.status == 1)
        #expect(missing.standardError.contains("there is no file 'no-such-set', and no built-in set has that id"))
    }

    @Test("a student's run of a set in plain mode records the set's and question's ids and the student's name")
    func studentRun() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("week.md")
        try Self.set.write(to: file, atomically: true, encoding: .utf8)
        let data = folder.appendingPathComponent("alice").path
        let run = try ConvTutorProcess.run(["quiz", "--plain", "--set", file.path, "--name", "Alice", "--data-dir", data],
                                           input: "270\n280\n55\n")
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("Question 1 of 2"))
        #expect(run.standardOutput.contains("What is the output's height?"))
        #expect(run.standardOutput.contains("forgot") || run.standardOutput.contains("bias"), "270 is diagnosed")
        #expect(run.standardOutput.contains("convtutor quiz --set \(file.path)"))

        let csv = try ConvTutorProcess.run(["stats", "--csv", "--data-dir", data])
        let rows = csv.standardOutput.split(separator: "\n").map(String.init)
        #expect(rows.first?.hasSuffix(",name,set,set_question") == true)
        #expect(rows.count == 4, "\(csv.standardOutput)")
        #expect(rows[1].hasSuffix(",Alice,week-3,course") && rows[1].contains(",270,270,280,false,"))
        #expect(rows[2].hasSuffix(",Alice,week-3,course") && rows[2].contains(",280,280,280,true,"))
        #expect(rows[3].hasSuffix(",Alice,week-3,size") && rows[3].contains(",55,55,55,true,"))
    }

    @Test("stats --csv and --json with several data folders merge the class's answers, each row with its student")
    func mergedExport() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let alice = folder.appendingPathComponent("alice").path
        let bob = folder.appendingPathComponent("bob").path
        let first = try ConvTutorProcess.run(["quiz", "--plain", "--set", "classic", "--name", "Alice", "--data-dir", alice],
                                             input: "280\n")
        let second = try ConvTutorProcess.run(["quiz", "--plain", "--set", "classic", "--data-dir", bob], input: "100\n",
                                              environment: ["CONVTUTOR_NAME": "Bob"])
        #expect(first.status == 0 && second.status == 0)

        let csv = try ConvTutorProcess.run(["stats", "--csv", "--data-dir", alice, "--data-dir", bob])
        #expect(csv.status == 0, "\(csv.standardError)")
        let rows = csv.standardOutput.split(separator: "\n").map(String.init)
        #expect(rows.count == 3, "one header, then one row per student: \(csv.standardOutput)")
        #expect(rows.dropFirst().contains { $0.hasSuffix(",Alice,classic,course") && $0.contains(",280,280,280,true,") })
        #expect(rows.dropFirst().contains { $0.hasSuffix(",Bob,classic,course") && $0.contains(",100,100,280,false,") })

        let json = try ConvTutorProcess.run(["stats", "--json", "--data-dir", alice, "--data-dir", bob])
        let attempts = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]])
        #expect(Set(attempts.compactMap { $0["name"] as? String }) == ["Alice", "Bob"])
        #expect(attempts.allSatisfy { $0["set"] as? String == "classic" && $0["set_question"] as? String == "course" })

        let text = try ConvTutorProcess.run(["stats", "--data-dir", alice, "--data-dir", bob])
        #expect(text.status == 64)
        #expect(text.standardError.contains("merged by --csv or --json"))
    }

    @Test("demo --set without a terminal prints each question's derivation with the set's notes and the wrong answers to expect")
    func demoWithoutTerminal() throws {
        let demo = try ConvTutorProcess.run(["demo", "--set", "classic"], environment: ["TERM": "dumb"])
        #expect(demo.status == 0, "\(demo.standardError)")
        #expect(demo.standardOutput.contains("The course example: 10 filters of 3×3"))
        #expect(demo.standardOutput.contains("Ask the class first: does the 24×24 matter?"))
        #expect(demo.standardOutput.contains("Wrong answers to expect: "))
        #expect(demo.standardOutput.contains("270 (forgot the biases)"))
    }

    @Test("a hostile set's title, text, notes and code reach the terminal visibly, through check, quiz and demo")
    func hostileSet() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let hostile = ControlCharacters.all
        let file = folder.appendingPathComponent("hostile.md")
        let good = """
            ---
            format: 1
            id: hostile
            title: Title \(hostile) end
            ---
            ## Heading \(hostile)
            text: Text \(hostile) end.
            ask: parameters
            input: 24x24x3
            layer: Conv2D(10, 3, name="\(ControlCharacters.sequences)")
            notes: Note \(hostile) end.
            """
        try good.write(to: file, atomically: true, encoding: .utf8)
        let data = folder.appendingPathComponent("data").path
        for arguments in [["sets", "check", file.path], ["quiz", "--plain", "--set", file.path, "--data-dir", data],
                          ["demo", "--set", file.path]] {
            let result = try ConvTutorProcess.run(arguments, input: "280\n")
            #expect(result.status == 0, "\(arguments): \(result.standardError)")
            #expect(ControlCharacters.obeyed(in: result.standardOutput).isEmpty, "standard output of \(arguments)")
            #expect(ControlCharacters.obeyed(in: result.standardError).isEmpty, "standard error of \(arguments)")
        }
        try (good + "\nlayer: Conv2D(10, \(hostile))\n").write(to: file, atomically: true, encoding: .utf8)
        let bad = try ConvTutorProcess.run(["sets", "check", file.path])
        #expect(bad.status == 1)
        #expect(ControlCharacters.obeyed(in: bad.standardOutput).isEmpty)
    }

    @Test("a set's PyTorch question is shown as written, and a wrong answer is diagnosed in PyTorch's words")
    func pytorchQuestion() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("stem.md")
        try """
            ---
            format: 1
            id: stem
            title: Stem
            ---
            ## The stem
            ask: parameters
            input: 3x224x224
            layer: nn.Conv2d(3, 64, kernel_size=7, stride=2, padding=3, bias=False)
            """.write(to: file, atomically: true, encoding: .utf8)
        let run = try ConvTutorProcess.run(["quiz", "--plain", "--set", file.path, "--data-dir", folder.appendingPathComponent("data").path],
                                           input: "9472\n")
        #expect(run.status == 0)
        #expect(run.standardOutput.contains("  # input: (3, 224, 224)\n  nn.Conv2d(3, 64, kernel_size=7, stride=2, padding=3, bias=False)"))
        #expect(run.standardOutput.contains("bias=False leaves them out"), "\(run.standardOutput)")
    }
}
