import Foundation
import Progress
import Testing

@Suite("progress store: schema and migrations")
struct SchemaTests {
    @Test("a new file is made with the current schema, in WAL mode, with its indexes")
    func migratesNewFile() throws {
        let folder = try TemporaryFolder()
        do {
            let store = try SQLiteProgressStore(path: folder.progressFile)
            try store.record(sampleAttempt(1))
            try store.setState("{}", forKey: "scheduler")
        }
        let raw = try RawDatabase(folder.progressFile)
        #expect(try raw.column("PRAGMA user_version") == ["\(SQLiteProgressStore.schemaVersion)"])
        #expect(SQLiteProgressStore.schemaVersion >= 1)
        #expect(try raw.column("PRAGMA journal_mode") == ["wal"])
        #expect(try raw.column("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name") == ["attempts", "state"])
        let indexes = try raw.column("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'attempts' AND sql IS NOT NULL")
        #expect(indexes.contains { $0.contains("(time)") })
        #expect(indexes.contains { $0.contains("(skill") })
        #expect(try raw.column("SELECT count(*) FROM attempts") == ["1"])
        #expect(try raw.column("PRAGMA integrity_check") == ["ok"])
    }

    @Test("a missing file appears whole, its schema in it, and nothing it was made from is left beside it")
    func createsMissingFile() throws {
        let folder = try TemporaryFolder()
        do {
            _ = try SQLiteProgressStore(path: folder.progressFile)
            #expect(try bytes(folder.progressFile).count > 0)
        }
        #expect(try folder.contents() == [ProgressLocation.fileName])
        #expect(try RawDatabase(folder.progressFile).column("PRAGMA user_version") == ["\(SQLiteProgressStore.schemaVersion)"])
        // As readable as a file SQLite creates itself, so that a teacher can still collect it.
        _ = try RawDatabase(folder.file("made-by-sqlite.sqlite"))
        let mode = { (path: String) -> mode_t in
            var info = stat()
            return stat(path, &info) == 0 ? info.st_mode & 0o777 : 0
        }
        #expect(mode(folder.progressFile) == mode(folder.file("made-by-sqlite.sqlite")))
        #expect(mode(folder.progressFile) & 0o600 == 0o600)
    }

    @Test("a file from a newer convtutor is refused and left untouched, and the run goes on in memory")
    func refusesNewerVersion() throws {
        let folder = try TemporaryFolder()
        let newer = SQLiteProgressStore.schemaVersion + 1
        do {
            let raw = try RawDatabase(folder.progressFile)
            try raw.execute("CREATE TABLE attempts (id INTEGER PRIMARY KEY, future TEXT); INSERT INTO attempts VALUES (1, 'x');")
            try raw.execute("PRAGMA user_version = \(newer)")
        }
        let before = try bytes(folder.progressFile)
        #expect(throws: StoreError.newerVersion(path: folder.progressFile, found: newer,
                                                supported: SQLiteProgressStore.schemaVersion)) {
            try SQLiteProgressStore(path: folder.progressFile)
        }
        #expect(try bytes(folder.progressFile) == before)
        #expect(try folder.contents() == [ProgressLocation.fileName])

        let (store, warning) = ProgressOpening.open(directory: folder.path)
        #expect(store is MemoryProgressStore)
        let text = try #require(warning)
        #expect(text.hasPrefix("progress will not be saved this time: "))
        #expect(text.contains("newer convtutor"))
        try store.record(sampleAttempt(1))
        #expect(try store.attempts().count == 1)
        #expect(try bytes(folder.progressFile) == before)
        #expect(try folder.contents() == [ProgressLocation.fileName])
    }

    @Test("another program's SQLite database is refused and left untouched")
    func refusesForeignDatabase() throws {
        let folder = try TemporaryFolder()
        do { try RawDatabase(folder.progressFile).execute("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('mine');") }
        let before = try bytes(folder.progressFile)
        #expect(throws: StoreError.unrecognized(path: folder.progressFile)) { try SQLiteProgressStore(path: folder.progressFile) }
        #expect(try bytes(folder.progressFile) == before)
    }
}
