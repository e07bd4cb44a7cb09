import Foundation
import Testing
import TestSupport

@Suite("progress on disk: recorded answers, stats and exports")
struct ProgressCommandTests {
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("convtutor-data-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("answers given in plain mode are recorded and come back in stats, CSV and JSON")
    func recordAndExport() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try ConvTutorProcess.run(["quiz", "--plain", "--seed", "3", "--skill", "conv2d", "--count", "2",
                                              "--data-dir", folder.path], input: "12345\n")
        #expect(first.status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("progress.sqlite").path))

        let csv = try ConvTutorProcess.run(["stats", "--csv", "--data-dir", folder.path])
        #expect(csv.status == 0)
        let rows = csv.standardOutput.split(separator: "\n")
        #expect(rows.first?.hasPrefix("time,session,mode,skill,question,answer,value,expected,correct") == true)
        #expect(rows.count == 2, "one header and one attempt: \(csv.standardOutput)")
        #expect(rows.last?.contains(",conv2d,") == true && rows.last?.contains(",12345,") == true)

        let json = try ConvTutorProcess.run(["stats", "--json", "--data-dir", folder.path])
        let attempts = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]])
        #expect(attempts.count == 1)
        #expect(attempts.first?["skill"] as? String == "conv2d")
        #expect(attempts.first?["correct"] as? Bool == false)
        #expect(attempts.first?["value"] as? Int == 12345)

        let text = try ConvTutorProcess.run(["stats", "--data-dir", folder.path])
        #expect(text.standardOutput.contains("Questions: 1"))
        #expect(text.standardOutput.contains("conv2d"))
    }

    @Test("a corrupt progress file is left untouched and the tutor still runs")
    func corruptFile() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("progress.sqlite")
        let garbage = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
        try garbage.write(to: file)
        let result = try ConvTutorProcess.run(["quiz", "--plain", "--seed", "3", "--skill", "conv2d", "--count", "1",
                                               "--data-dir", folder.path], input: "12345\n")
        #expect(result.status == 0)
        #expect(result.standardError.contains("warning") || result.standardError.contains("convtutor:"))
        #expect(result.standardOutput.contains("Question 1 of 1"))
        #expect(try Data(contentsOf: file) == garbage, "the old file is never overwritten")
    }

    @Test("an empty progress file is damaged like any other: left as it is, answers saved beside it")
    func emptyFile() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("progress.sqlite")
        try Data().write(to: file)
        let result = try ConvTutorProcess.run(["quiz", "--plain", "--seed", "3", "--skill", "conv2d", "--count", "1",
                                               "--data-dir", folder.path], input: "12345\n")
        #expect(result.status == 0)
        #expect(result.standardError.contains("\(file.path) is damaged or is not a convtutor progress file; it has been left as it is."))
        #expect(result.standardError.contains("saved in \(folder.path)/progress-fresh.sqlite instead"))
        #expect(try Data(contentsOf: file).isEmpty)
        let csv = try ConvTutorProcess.run(["stats", "--csv", "--data-dir", folder.path])
        #expect(csv.standardOutput.split(separator: "\n").count == 2, "the answer is in the fresh file")
    }

    @Test("stats on a damaged file gives the warning quiz gives", arguments: ["empty", "garbage"])
    func statsOnDamagedFile(_ damage: String) throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("progress.sqlite")
        try (damage == "empty" ? Data() : Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })).write(to: file)
        let stats = try ConvTutorProcess.run(["stats", "--data-dir", folder.path])
        let quiz = try ConvTutorProcess.run(["quiz", "--plain", "--seed", "3", "--count", "1", "--data-dir", folder.path],
                                            input: "q\n")
        let warning = "\(file.path) is damaged or is not a convtutor progress file; it has been left as it is."
        #expect(stats.status == 0)
        #expect(stats.standardError.contains(warning))
        #expect(quiz.standardError.contains(warning))
        #expect(stats.standardOutput.contains("No answers yet"))
    }
}
