import Foundation
import Testing
import Tutor

@Suite("lessons: the format, the checker, and the real Lessons folder")
struct LessonTests {
    static let good = """
        ---
        format: 1
        id: sample
        title: A sample
        order: 3
        skills: conv2d, conv1d
        ---

        # A sample

        First line of a paragraph
        continues here.

        - one
        - two

        ```code
        Conv2D(10, kernel_size=3)
        ```

        ```diagram
        layer: Conv2D(10, 3)
        input: 24x24x3
        ```

        ```check
        layer: Conv2D(10, kernel_size=3)
        input: 24x24x3
        params: 280
        output: 22x22x10
        ```

        ```practice
        skills: conv2d
        seed: 7
        count: 2
        ```
        """

    @Test("a lesson reads into its header and blocks")
    func parses() throws {
        let (lesson, issues) = LessonParser.parse(Self.good, file: "03-sample.md")
        #expect(issues.isEmpty)
        let parsed = try #require(lesson)
        #expect(parsed.id == "sample" && parsed.order == 3 && parsed.skills == [.conv2d, .conv1d])
        #expect(parsed.blocks.count == 7)
        #expect(parsed.blocks[1] == .paragraph("First line of a paragraph continues here."))
        #expect(parsed.blocks[2] == .list(["one", "two"]))
        #expect(parsed.practice.skills == [.conv2d] && parsed.practice.seed == 7 && parsed.practice.count == 2)
        #expect(LessonChecker.check([("03-sample.md", Self.good)]).issues.isEmpty)
    }

    @Test("a lesson saved with CR LF line ends reads as it does with LF")
    func windowsLineEnds() throws {
        let crlf = Self.good.replacingOccurrences(of: "\n", with: "\r\n")
        let (lesson, issues) = LessonParser.parse(crlf, file: "03-sample.md")
        #expect(issues.isEmpty)
        #expect(lesson == LessonParser.parse(Self.good, file: "03-sample.md").lesson)
    }

    static let broken: [(name: String, edit: @Sendable (String) -> String, message: String, line: Int)] = [
        ("no header", { $0.replacingOccurrences(of: "---\nformat", with: "format") }, "missing header", 1),
        ("unknown skill", { $0.replacingOccurrences(of: "skills: conv2d, conv1d", with: "skills: conv2d, conv4d") }, "unknown skill 'conv4d'", 6),
        ("unknown block", { $0.replacingOccurrences(of: "```code", with: "```quiz") }, "unknown block 'quiz'", 17),
        ("missing id", { $0.replacingOccurrences(of: "id: sample\n", with: "") }, "missing id", 6),
        ("bad diagram layer", { $0.replacingOccurrences(of: "layer: Conv2D(10, 3)", with: "layer: Conv2D(10, 99)") }, "bad diagram", 21),
        ("wrong number", { $0.replacingOccurrences(of: "params: 280", with: "params: 270") }, "the lesson says params 270, but the engine computes 280", 29),
        ("wrong shape", { $0.replacingOccurrences(of: "output: 22x22x10", with: "output: 24x24x10") }, "output", 30),
        ("no practice", { String($0[..<$0.range(of: "```practice")!.lowerBound]) }, "no practice block", 33),
        ("unknown check field", { $0.replacingOccurrences(of: "params: 280", with: "weights: 270") }, "unknown check field 'weights'", 29),
        ("bad format", { $0.replacingOccurrences(of: "format: 1", with: "format: 2") }, "format 2 is not supported", 2),
        ("wrong number in the prose", { $0.replacingOccurrences(of: "continues here.", with: "continues with 281 parameters.") },
         "'281 parameters' is a worked number written bare", 12),
        ("bad inline number", { $0.replacingOccurrences(of: "continues here.", with: "continues with {= 281/2} parameters.") },
         "'{= 281/2}' at column 16 cannot be evaluated", 12),
    ]

    @Test("each kind of mistake is reported with its file and line", arguments: broken.map(\.name))
    func reportsProblems(_ name: String) throws {
        let row = try #require(Self.broken.first { $0.name == name })
        let issues = LessonChecker.check([("03-sample.md", row.edit(Self.good))]).issues
        let issue = try #require(issues.first { $0.message.contains(row.message) }, "got \(issues)")
        #expect(issue.file == "03-sample.md")
        #expect(issue.line == row.line)
    }

    @Test("two lessons with one id are refused")
    func duplicateIDs() {
        let issues = LessonChecker.check([("01-a.md", Self.good), ("02-b.md", Self.good)]).issues
        #expect(issues.contains { $0.file == "02-b.md" && $0.line == 3 && $0.message.contains("duplicate id 'sample'") })
    }

    static var lessonsFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Lessons")
    }

    static func realLessons() throws -> [(name: String, text: String)] {
        try FileManager.default.contentsOfDirectory(atPath: lessonsFolder.path)
            .filter { $0.hasSuffix(".md") && $0 != "README.md" }.sorted()
            .map { ($0, try String(contentsOf: lessonsFolder.appendingPathComponent($0), encoding: .utf8)) }
    }

    @Test("a lesson's header reads alone as it reads with the whole lesson")
    func headerAlone() throws {
        var files = try Self.realLessons()
        files.append(("03-sample.md", Self.good))
        files.append(("crlf.md", Self.good.replacingOccurrences(of: "\n", with: "\r\n")))
        files.append(("no-id.md", Self.good.replacingOccurrences(of: "id: sample\n", with: "")))
        files.append(("no-header.md", "# A title\n\nText.\n"))
        files.append(("unclosed.md", "---\nid: open\ntitle: Open\n"))
        for file in files {
            #expect(LessonParser.header(file.text, file: file.name) == LessonParser.parse(file.text, file: file.name).lesson?.header,
                    "\(file.name)")
        }
    }

    @Test("the real Lessons folder checks clean: every worked example recomputed, no worked number bare, every lesson practised")
    func realFolder() throws {
        let files = try Self.realLessons()
        let (lessons, issues) = LessonChecker.check(files)
        #expect(issues.isEmpty, "\(issues.map(\.description).joined(separator: "\n"))")
        #expect(lessons.count >= 14)
        #expect(Set(lessons.map(\.order)).count == lessons.count, "orders are unique")
        for lesson in lessons {
            #expect(lesson.blocks.contains { if case .check = $0 { true } else { false } }, "\(lesson.id) has a worked example")
            guard case .practice = lesson.blocks.last else {
                Issue.record("\(lesson.id) must end with its practice")
                continue
            }
            let elements = LessonRendering.elements(lesson)
            let diagrams = elements.filter { if case .diagram = $0 { true } else { false } }.count
            let drawable = lesson.blocks.filter { if case .diagram = $0 { true } else { false } }.count
            #expect(diagrams == drawable, "\(lesson.id): every diagram block is described for the UI to draw")
            #expect(!String(describing: elements).contains("{="), "\(lesson.id) shows every inline number as its value")
        }
    }
}
