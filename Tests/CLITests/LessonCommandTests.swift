import Foundation
import Testing
import TestSupport

@Suite("the lesson commands")
struct LessonCommandTests {
    @Test("the built-in lessons check clean, and a copied binary still has them")
    func builtIn() throws {
        let result = try ConvTutorProcess.run(["lessons", "check"])
        #expect(result.status == 0, "\(result.standardOutput)")
        #expect(result.standardOutput.contains("lessons, no problems."))

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("convtutor-copy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("convtutor")
        try FileManager.default.copyItem(at: ConvTutorProcess.binary, to: copy)
        let listed = try ConvTutorProcess.run(["lessons", "list"], executable: copy)
        #expect(listed.status == 0)
        #expect(listed.standardOutput.contains("worked-example"))
    }

    @Test("a folder with a mistake is refused with file and line")
    func badFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("convtutor-lessons-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let lesson = "---\nformat: 1\nid: wrong\ntitle: Wrong\norder: 1\nskills: conv2d\n---\n\n```check\nlayer: Conv2D(10, 3)\ninput: 24x24x3\nparams: 270\n```\n\n```practice\nskills: conv2d\n```\n"
        try lesson.write(to: folder.appendingPathComponent("01-wrong.md"), atomically: true, encoding: .utf8)
        let result = try ConvTutorProcess.run(["lessons", "check", folder.path])
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("01-wrong.md:12: the lesson says params 270, but the engine computes 280"))

        let learn = try ConvTutorProcess.run(["learn", "wrong", "--plain", "--lessons", folder.path])
        #expect(learn.status == 0)
        #expect(learn.standardOutput.contains("280 parameters"), "the reader shows the engine's number")
    }

    @Test("a worked number in the prose is shown as its value, and one written bare is refused with file and line")
    func proseNumbers() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("convtutor-lessons-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let lesson = "---\nformat: 1\nid: prose\ntitle: Prose\norder: 1\nskills: conv2d\n---\n\n"
            + "The layer has {= 10*(3*3*3)+10} parameters, and the model {= 10*4840+10 + 280}.\n\n```practice\nskills: conv2d\n```\n"
        let file = folder.appendingPathComponent("01-prose.md")
        try lesson.write(to: file, atomically: true, encoding: .utf8)
        let learn = try ConvTutorProcess.run(["learn", "prose", "--plain", "--lessons", folder.path])
        #expect(learn.standardOutput.contains("The layer has 280 parameters, and the model 48,690."), "\(learn.standardOutput)")
        #expect(try ConvTutorProcess.run(["lessons", "check", folder.path]).status == 0)

        try lesson.replacingOccurrences(of: "{= 10*(3*3*3)+10}", with: "281").write(to: file, atomically: true, encoding: .utf8)
        let result = try ConvTutorProcess.run(["lessons", "check", folder.path])
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("01-prose.md:9: '281 parameters' is a worked number written bare"), "\(result.standardOutput)")
    }

    @Test("the plain mode prints a lesson as text")
    func plainLesson() throws {
        let result = try ConvTutorProcess.run(["learn", "kernel-depth", "--plain"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("Practice:"))
        let unknown = try ConvTutorProcess.run(["learn", "no-such-lesson", "--plain"])
        #expect(unknown.status == 1)
        #expect(unknown.standardError.contains("kernel-depth"))
    }
}
