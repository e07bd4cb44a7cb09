import Foundation
import Testing
import TestSupport

@Suite("a data folder on a disk that fills up")
struct FullDiskTests {
    /// Runs a program to its end; its exit status and what it said.
    static func run(_ path: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    // Mounting a file system needs root (and a system that allows it, which a container may not);
    // without it the test says why and does nothing.
    @Test("100 questions on a 160 KB tmpfs: every answer is either stored or counted as unsaved, and the exit status says so",
          .enabled(if: geteuid() == 0, "mounting a small tmpfs needs root"))
    func smallTmpfs() throws {
        let mountPoint = FileManager.default.temporaryDirectory.appendingPathComponent("convtutor-full-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(atPath: mountPoint) }
        let mount = try Self.run("/bin/mount", ["-t", "tmpfs", "-o", "size=160k", "tmpfs", mountPoint])
        guard mount.status == 0 else {
            print("FullDiskTests: skipped, a tmpfs cannot be mounted here: \(mount.output)")
            return
        }
        defer { _ = try? Self.run("/bin/umount", [mountPoint]) }
        let data = mountPoint + "/D"

        let questions = 100
        let input = String(repeating: "0\n0\n\n", count: questions)  // two wrong tries each: no answer is 0
        let result = try ConvTutorProcess.run(["quiz", "--plain", "--seed", "7", "--count", "\(questions)",
                                               "--data-dir", data], input: input)
        #expect(result.status == 74, "\(result.standardError)")
        #expect(result.standardOutput.contains("Session summary"))
        #expect(!result.standardOutput.contains("not saved"), "warnings go to the error stream")
        let lines = result.standardError.split(separator: "\n")
        #expect(lines.first == "convtutor: 1 answer not saved (the disk is full); retrying with the next answer")
        let end = try #require(lines.last)
        let unsaved = try #require(Int(end.split(separator: " ")[1]), "\(end)")
        #expect(end.hasPrefix("convtutor: \(unsaved) answers were not saved: \(data)/progress.sqlite cannot grow: the disk is full."))
        #expect(lines.dropLast().last?.hasPrefix("convtutor: \(unsaved) answers not saved") == true)

        let csv = try ConvTutorProcess.run(["stats", "--csv", "--data-dir", data])
        #expect(csv.status == 0, "\(csv.standardError)")
        let stored = csv.standardOutput.split(separator: "\n").count - 1
        #expect(stored > 0 && unsaved > 0, "the disk filled part of the way through: \(stored) stored, \(unsaved) not")
        #expect(stored + unsaved == 2 * questions)
    }
}
