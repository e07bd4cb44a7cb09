import Progress
import Testing
import Tutor

/// The practice mode is a typed value everywhere but the progress file, where it keeps the names
/// every file written so far holds.
@Suite("practice modes in a progress file")
struct PracticeModeTests {
    static let names: [(PracticeMode, String)] = [
        (.quiz, "quiz"), (.interview, "interview"), (.lesson("kernel-depth"), "practice:kernel-depth"),
        (.lesson("a:b"), "practice:a:b"),
    ]

    @Test("each mode is stored under the name earlier versions wrote, and read back from it")
    func storedNames() {
        for (mode, name) in Self.names {
            #expect(mode.storedName == name)
            #expect(PracticeMode(storedName: name) == mode)
        }
        for unknown in ["", "practice", "Quiz", "demo", "guided"] {
            #expect(PracticeMode(storedName: unknown) == nil, "\(unknown)")
        }
    }

    @Test("an answer recorded under a mode comes back from the file with the same name and mode")
    func throughTheFile() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteProgressStore(path: folder.progressFile)
        var session = QuizSession(settings: QuizSettings(seed: 7, skills: [.conv2d]))
        _ = session.submit("1")
        let record = try #require(session.log.first)
        for (mode, _) in Self.names {
            try store.record(StoredAttempt(record, time: 1_780_000_000, sessionID: "s", mode: mode, secondsTaken: 1))
        }
        let stored = try store.attempts()
        #expect(stored.map(\.mode) == Self.names.map(\.1))
        #expect(stored.map(\.practiceMode) == Self.names.map(\.0))
    }
}
