@testable import convtutor
import Foundation
import Testing
import TestSupport

@Suite("the lesson commands")
struct LessonCommandTests {
    @Test("listing the built-in lessons reads their headers, and finds what reading them whole finds")
    func builtInHeaders() throws {
        let headers = try LessonSource.headers(nil)
        #expect(headers == (try LessonSource.lessons(nil)).map(\.header))
        #expect(headers.count == (try BuiltInLessons.count()))
    }

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

    @Test("a lessons folder that is a file, missing or empty is an error that says so, on every command that reads one")
    func notAFolder() throws {
        let place = FileManager.default.temporaryDirectory.appendingPathComponent("convtutor-notes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: place, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: place) }
        let file = place.appendingPathComponent("notes.txt")
        try "just some notes\n".write(to: file, atomically: true, encoding: .utf8)
        let empty = place.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let cases: [(path: String, says: String)] = [
            (file.path, "is a file, not a folder"),
            (place.appendingPathComponent("missing").path, "there is no folder"),
            (empty.path, "holds no lesson files"),
        ]
        for (path, says) in cases {
            for arguments in [["lessons", "list", "--lessons", path], ["learn", "--plain", "--lessons", path],
                              ["learn", "kernel-depth", "--plain", "--lessons", path], ["lessons", "check", path]] {
                let result = try ConvTutorProcess.run(arguments)
                #expect(result.status == 1, "\(arguments)")
                #expect(result.standardError.contains(says), "\(arguments): \(result.standardError)")
                #expect(!result.standardError.contains("The lessons are: \n"), "\(arguments)")
            }
        }
    }

    @Test("one lesson and one problem are counted in the singular")
    func singular() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("convtutor-one-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let lesson = "---\nformat: 1\nid: one\ntitle: One\norder: 1\nskills: conv2d\n---\n\n```check\nlayer: Conv2D(10, 3)\ninput: 24x24x3\nparams: 280\n```\n\n```practice\nskills: conv2d\n```\n"
        let file = folder.appendingPathComponent("01-one.md")
        try lesson.write(to: file, atomically: true, encoding: .utf8)
        let clean = try ConvTutorProcess.run(["lessons", "check", folder.path])
        #expect(clean.status == 0)
        #expect(clean.standardOutput.contains("1 lesson, no problems."), "\(clean.standardOutput)")
        try lesson.replacingOccurrences(of: "params: 280", with: "params: 270").write(to: file, atomically: true, encoding: .utf8)
        let wrong = try ConvTutorProcess.run(["lessons", "check", folder.path])
        #expect(wrong.status == 1)
        #expect(wrong.standardOutput.contains("1 problem in 1 file."), "\(wrong.standardOutput)")
    }
}
