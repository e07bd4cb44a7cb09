import Foundation
import Testing
import TestSupport

/// Input nested far past the readers' limits ends in a short located error, never a crash.
@Suite("deep input through the real program")
struct DeepInputTests {
    static let megabyteOfParentheses = String(repeating: "(", count: 1_000_000) + "\n"

    @Test("a 1 MB line of '(' through --file and standard input, for summary and explain")
    func megabyteLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("convtutor-deep-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("model.py")
        try Self.megabyteOfParentheses.write(to: file, atomically: true, encoding: .utf8)
        for command in ["summary", "explain"] {
            for run in [try ConvTutorProcess.run([command, "--input", "24x24x3", "--file", file.path]),
                        try ConvTutorProcess.run([command, "--input", "24x24x3", "-"], input: Self.megabyteOfParentheses)] {
                #expect(run.status == 1, "an error, not a signal")
                #expect(run.standardError.contains("nests more than 100 levels deep"), "\(run.standardError.prefix(300))")
                #expect(run.standardError.contains(":1:101"))
                #expect(run.standardError.utf8.count < 1_000, "a window of the line, not a megabyte")
            }
        }
    }

    @Test("a lesson whose check nests 20,000 deep: lessons check reports it, learn --plain shows the lesson")
    func deepLesson() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("convtutor-deep-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let layer = "Conv2D(10, kernel_size=" + String(repeating: "(", count: 20_000) + "3" + String(repeating: ")", count: 20_000) + ")"
        let lesson = "---\nformat: 1\nid: deep\ntitle: Deep\norder: 1\nskills: conv2d\n---\n\nText.\n\n```check\nlayer: \(layer)\ninput: 24x24x3\nparams: 280\n```\n\n```practice\nskills: conv2d\n```\n"
        try lesson.write(to: folder.appendingPathComponent("01-deep.md"), atomically: true, encoding: .utf8)
        let check = try ConvTutorProcess.run(["lessons", "check", folder.path])
        #expect(check.status == 1)
        #expect(check.standardOutput.contains("01-deep.md:11: bad check layer: this expression nests more than 100 levels deep"),
                "\(check.standardOutput.prefix(400))")
        let learn = try ConvTutorProcess.run(["learn", "deep", "--plain", "--lessons", folder.path])
        #expect(learn.status == 0)
        #expect(learn.standardOutput.contains("cannot be computed"))
    }
}
