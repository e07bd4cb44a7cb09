import CSQLite
import Foundation
import Progress
import Testing

@Suite("progress store: concurrency and kills")
struct ConcurrencyTests {
    /// The numbers a writer reported as recorded, from its "recorded TAG N" lines.
    func reported(_ lines: [String], tag: String) -> [Int] {
        lines.compactMap { line in
            let parts = line.split(separator: " ")
            guard parts.count == 3, parts[0] == "recorded", parts[1] == tag else { return nil }
            return Int(parts[2])
        }
    }

    @Test("two processes writing 200 attempts each at once into one file lose none")
    func twoProcesses() throws {
        let folder = try TemporaryFolder()
        let go = folder.file("go")
        let count = 200
        // Both open the store first and start together, so that their writes really overlap; each
        // pauses a little after a record, as a person would (without it, SQLite's lock, which is not
        // fair, can let one writer finish before the other gets a turn: nothing lost, but no overlap).
        let writers = try ["A", "B"].map { tag in
            try Child(["--go", go, "--pause", "3", "write", folder.progressFile, tag, "\(count)"], in: folder)
        }
        for writer in writers { #expect(try writer.waitForLines(1).first == "ready", "\(writer.output)") }
        #expect(FileManager.default.createFile(atPath: go, contents: Data()))
        for writer in writers { #expect(try writer.wait() == 0, "\(writer.output)") }
        #expect(reported(writers[0].lines, tag: "A") == Array(0..<count))
        #expect(reported(writers[1].lines, tag: "B") == Array(0..<count))

        let stored = try SQLiteProgressStore(path: folder.progressFile).attempts()
        #expect(stored.count == 2 * count)
        #expect(Set(stored.map(\.question)) == Set(["A", "B"].flatMap { tag in (0..<count).map { "\(tag) \($0)" } }))
        // The writes did interleave (otherwise this test would not have tested concurrency at all).
        let byID = stored.sorted { $0.id! < $1.id! }.map { $0.question.first! }
        let switches = zip(byID, byID.dropFirst()).filter { $0 != $1 }.count
        #expect(switches >= 2, "the two writers never overlapped")
    }

    @Test("four processes creating the same new file at once all get it, migrated once")
    func creationRace() throws {
        let folder = try TemporaryFolder()
        let writers = try (0..<4).map { index in try Child(["write", folder.progressFile, "W\(index)", "20"], in: folder) }
        for writer in writers { #expect(try writer.wait() == 0, "\(writer.output)") }
        let stored = try SQLiteProgressStore(path: folder.progressFile).attempts()
        #expect(stored.count == 80)
        #expect(try RawDatabase(folder.progressFile).column("PRAGMA integrity_check") == ["ok"])
    }

    @Test("a writer killed (SIGKILL) mid-session keeps every attempt it reported, and the file opens cleanly")
    func killed() throws {
        let folder = try TemporaryFolder()
        var reportedSoFar: [String] = []
        // Several kills at different moments, each run appending to what the earlier ones left.
        for (round, lines) in [3, 17, 40, 9, 64].enumerated() {
            let tag = "K\(round)"
            let writer = try Child(["loop", folder.progressFile, tag], in: folder)
            _ = try writer.waitForLines(lines)
            #expect(writer.process.isRunning, "the writer stopped by itself: \(writer.output)")
            kill(writer.process.processIdentifier, SIGKILL)
            _ = try writer.wait()
            #expect(writer.process.terminationReason == .uncaughtSignal)
            #expect(writer.process.terminationStatus == SIGKILL)
            let numbers = reported(writer.lines, tag: tag)
            #expect(numbers.count >= lines)
            #expect(numbers == Array(0..<numbers.count))
            reportedSoFar += numbers.map { "\(tag) \($0)" }

            let store = try SQLiteProgressStore(path: folder.progressFile)
            let stored = try store.attempts().map(\.question)
            let missing = Set(reportedSoFar).subtracting(stored)
            #expect(missing.isEmpty, "reported as recorded but lost: \(missing.sorted())")
            // At most the one attempt committed just before the kill, but not yet reported, is extra.
            let extra = Set(stored).subtracting(reportedSoFar)
            #expect(extra.count <= round + 1 && extra.allSatisfy { $0.hasPrefix("K") }, "\(extra)")
            #expect(try RawDatabase(folder.progressFile).column("PRAGMA integrity_check") == ["ok"])
        }
    }

    @Test("one store shared by many threads, and two stores on one file in one process, lose nothing")
    func threads() async throws {
        let folder = try TemporaryFolder()
        let shared = try SQLiteProgressStore(path: folder.progressFile)
        let second = try SQLiteProgressStore(path: folder.progressFile)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for task in 0..<8 {
                group.addTask {
                    let store = task.isMultiple(of: 2) ? shared : second
                    for number in 0..<25 {
                        try store.record(sampleAttempt(task * 100 + number, session: "t\(task)"))
                        _ = try store.attempts(skill: "conv2d")
                        try store.setState("\(number)", forKey: "task \(task)")
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(try shared.attempts().count == 200)
        #expect(try second.attempts().count == 200)
        #expect(Set(try shared.attempts().map(\.question)).count == 200)
        for task in 0..<8 { #expect(try second.state(forKey: "task \(task)") == "24") }
    }

    @Test("a write lock held too long gives .locked; reads go on, and writing works once it is released")
    func lockedTooLong() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteProgressStore(path: folder.progressFile, busyTimeoutMilliseconds: 200)
        try store.record(sampleAttempt(1))
        let other = try RawDatabase(folder.progressFile)
        try other.execute("BEGIN IMMEDIATE; INSERT INTO state VALUES ('held', 'yes');")

        let start = Date()
        #expect(throws: StoreError.locked(path: folder.progressFile)) { try store.record(sampleAttempt(2)) }
        #expect(Date().timeIntervalSince(start) >= 0.15, "gave up without waiting for the lock")
        #expect(throws: StoreError.locked(path: folder.progressFile)) { try store.setState("v", forKey: "k") }
        #expect(try store.attempts().count == 1)
        #expect(try store.state(forKey: "held") == nil)

        try other.execute("COMMIT")
        try store.record(sampleAttempt(2))
        #expect(try store.attempts().count == 2)
        #expect(try store.state(forKey: "held") == "yes")
        #expect(StoreError.locked(path: "p").description.contains("Close other programs"))
    }
}
