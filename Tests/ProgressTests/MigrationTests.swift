import Foundation
import Progress
import Testing
import Tutor

/// Progress files written before answers carried a learner's name and a question set's id.
@Suite("progress store: files of the first schema keep working")
struct MigrationTests {
    /// The first schema exactly as files of version 1 have it, with one answer in it.
    static func makeFirstVersionFile(_ path: String) throws {
        let raw = try RawDatabase(path)
        try raw.execute("""
            CREATE TABLE attempts (
                id INTEGER PRIMARY KEY, time INTEGER NOT NULL, session_id TEXT NOT NULL, mode TEXT NOT NULL,
                skill TEXT NOT NULL, question TEXT NOT NULL, answer TEXT NOT NULL, value INTEGER,
                expected INTEGER NOT NULL, correct INTEGER NOT NULL CHECK (correct IN (0, 1)), misconception TEXT,
                hints_used INTEGER NOT NULL, seconds_taken REAL NOT NULL, attempt INTEGER NOT NULL, step TEXT
            );
            CREATE INDEX attempts_by_time ON attempts (time);
            CREATE INDEX attempts_by_skill ON attempts (skill, time);
            CREATE TABLE state (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
            INSERT INTO attempts (time, session_id, mode, skill, question, answer, value, expected, correct,
                                  misconception, hints_used, seconds_taken, attempt, step)
            VALUES (1700000000, 'old-1', 'quiz', 'conv2d', 'an old question', '270', 270, 280, 0, 'forgotBiases',
                    0, 2.5, 1, NULL);
            INSERT INTO state (key, value) VALUES ('scheduler', '{}');
            PRAGMA user_version = 1;
            """)
    }

    @Test("a file of the first schema is migrated when opened: its answers stay, and new ones carry a name and a set")
    func migratesFirstVersion() throws {
        let folder = try TemporaryFolder()
        try Self.makeFirstVersionFile(folder.progressFile)
        do {
            let store = try SQLiteProgressStore(path: folder.progressFile)
            let old = try #require(try store.attempts().first)
            #expect(old.sessionID == "old-1" && old.answer == "270" && old.misconception == "forgotBiases")
            #expect(old.name == nil && old.questionSet == nil && old.setQuestion == nil)
            #expect(try store.state(forKey: "scheduler") == "{}")
            try store.record(StoredAttempt(time: 1_800_000_000, sessionID: "new-1", mode: "quiz", skill: "conv2d",
                                           question: "q", answer: "280", value: 280, expected: 280, correct: true,
                                           name: "Ada, \"the\" student", questionSet: "classic", setQuestion: "course"))
        }
        let raw = try RawDatabase(folder.progressFile)
        #expect(try raw.column("PRAGMA user_version") == ["\(SQLiteProgressStore.schemaVersion)"])
        #expect(SQLiteProgressStore.schemaVersion >= 2)
        #expect(try raw.column("SELECT learner FROM attempts ORDER BY id") == ["NULL", "Ada, \"the\" student"])
        #expect(try raw.column("PRAGMA integrity_check") == ["ok"])

        let reopened = try SQLiteProgressStore(path: folder.progressFile)
        let attempts = try reopened.attempts()
        #expect(attempts.count == 2)
        #expect(attempts[1].name == "Ada, \"the\" student")
        #expect(attempts[1].questionSet == "classic" && attempts[1].setQuestion == "course")
        let csv = AttemptExport.csv(attempts).split(separator: "\n")
        #expect(csv[0].hasSuffix(",step,name,set,set_question"))
        #expect(csv[1].hasSuffix(",1,,,,"))
        #expect(csv[2].hasSuffix(",1,,\"Ada, \"\"the\"\" student\",classic,course"))
    }

    @Test("a file of the first schema that cannot be written is read as it is, the new columns empty")
    func readsFirstVersionWithoutWriting() throws {
        let folder = try TemporaryFolder()
        try Self.makeFirstVersionFile(folder.progressFile)
        let before = try bytes(folder.progressFile)
        let copy = try SQLiteProgressStore.readOnlyCopy(path: folder.progressFile)
        let attempts = try copy.attempts()
        #expect(attempts.map(\.sessionID) == ["old-1"])
        #expect(attempts.first?.name == nil && attempts.first?.questionSet == nil)
        #expect(try bytes(folder.progressFile) == before)
        #expect(try RawDatabase(folder.progressFile).column("PRAGMA user_version") == ["1"])
    }

    @Test("an answer to a set's question is stored with the learner's name and the set's ids")
    func recordsOrigin() throws {
        let text = "---\nformat: 1\nid: classic\ntitle: C\n---\n## A\nid: course\nask: parameters\ninput: 24x24x3\nlayer: Conv2D(10, 3)\n"
        let reading = QuestionSetChecker.read(text, file: "classic.md")
        let run = QuestionSetRun(id: "classic", title: "C", questions: reading.questions, argument: "classic")
        var session = QuizSession(settings: QuizSettings(seed: 1, questionSet: run))
        _ = session.submit("280")
        let record = try #require(session.log.first)
        let stored = StoredAttempt(record, time: 5, sessionID: "s", mode: .quiz, secondsTaken: 1, name: "Ada")
        #expect(stored.name == "Ada" && stored.questionSet == "classic" && stored.setQuestion == "course")
        let folder = try TemporaryFolder()
        let store = try SQLiteProgressStore(path: folder.progressFile)
        try store.record(stored)
        var expected = stored
        expected.id = 1
        #expect(try store.attempts() == [expected])
    }
}
