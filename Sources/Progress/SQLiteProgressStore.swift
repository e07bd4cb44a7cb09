import CSQLite
import Glibc
import Synchronization

/// The progress store for real use: an SQLite file, one connection per store object.
///
/// Durability: the file is in write-ahead-log mode with `synchronous=FULL`. Under WAL a commit is
/// written to the log before `COMMIT` returns, so a crash or `SIGKILL` of the tutor loses nothing
/// already recorded even with `NORMAL`; `FULL` adds an fsync of the log at every commit so that a
/// power cut or a kernel crash cannot take back an answer either. It costs one fsync per answer, a few
/// milliseconds at the pace of someone typing answers, which is worth "never loses an answer".
///
/// Concurrency: several tutors may share the file. Readers never wait under WAL; each write takes the
/// write lock at once (`BEGIN IMMEDIATE`) and waits up to the busy timeout for another writer before
/// giving up with `StoreError.locked`. Within a process the connection is guarded by a mutex, so the
/// store may be used from any thread.
public final class SQLiteProgressStore: ProgressStore, Sendable {
    /// The file this store reads and writes.
    public let path: String
    private let connection: Mutex<SQLiteConnection>

    /// The schema version (`PRAGMA user_version`) this build writes, and the newest it opens.
    public static var schemaVersion: Int { Schema.latestVersion }

    /// How long a write waits for another program's write lock before giving up, in milliseconds.
    public static let defaultBusyTimeoutMilliseconds: Int32 = 5_000

    /// Opens (creating if missing) the progress file at `path` and brings its schema up to date.
    /// A damaged file, another program's database or one from a newer convtutor is refused and left
    /// exactly as it was. The folder must exist (`ProgressLocation.createDirectory` makes it).
    public init(path: String, busyTimeoutMilliseconds: Int32 = defaultBusyTimeoutMilliseconds) throws(StoreError) {
        self.path = path
        try Self.checkIsFile(path)
        try Self.checkWritable(path)
        Self.createWhole(path)
        let connection = try SQLiteConnection(path: path, access: .readWrite,
                                              busyTimeoutMilliseconds: busyTimeoutMilliseconds)
        do throws(StoreError) {
            let now = Int64(Glibc.time(nil))
            let (version, checkedWhole) = try Self.validate(connection, now: now)
            if connection.isReadOnly { throw StoreError.readOnly(path: path) }
            try Self.useWriteAheadLog(connection)
            try connection.execute("PRAGMA synchronous = FULL")  // see "Durability" above
            if version < Schema.latestVersion { try Self.migrate(connection) }
            // Best effort: a file that cannot take the note (a full disk, say) is checked whole again next time.
            if checkedWhole { try? Self.noteWholeCheck(connection, at: now) }
        } catch {
            connection.keepFileAsFound()
            throw error
        }
        self.connection = Mutex(connection)
    }

    /// Reads everything in the progress file at `path` into memory without writing to it: for a file
    /// that cannot be written, so that a run can still use its history. New answers then go to the
    /// memory store only.
    public static func readOnlyCopy(path: String) throws(StoreError) -> MemoryProgressStore {
        try checkIsFile(path)
        var lastError: StoreError = .readOnly(path: path)
        // Without a log beside it the file holds everything, and an immutable reading creates nothing
        // (a read-only connection would leave log index files behind); with one, SQLite must read it.
        let hasLog = Glibc.access(path + "-wal", F_OK) == 0
        for access in hasLog ? [SQLiteConnection.Access.readOnly, .immutable] : [.immutable, .readOnly] {
            do throws(StoreError) {
                let connection = try SQLiteConnection(path: path, access: access,
                                                      busyTimeoutMilliseconds: defaultBusyTimeoutMilliseconds)
                connection.keepFileAsFound()
                let (version, _) = try validate(connection, now: Int64(Glibc.time(nil)))
                guard version > 0 else { return MemoryProgressStore() }
                // A file of an older schema is not migrated here: the columns it lacks read as empty.
                let attempts = try connection.query(version < 2 ? Self.selectAllFirstVersion : Self.selectAll, row: Self.attempt)
                let state = try connection.query("SELECT key, value FROM state") { row in (row.text(0), row.text(1)) }
                return MemoryProgressStore(attempts: attempts, state: Dictionary(state) { _, last in last })
            } catch {
                lastError = error
                if case .corrupt = error { throw error }
                if case .newerVersion = error { throw error }
            }
        }
        throw lastError
    }

    public func record(_ attempt: StoredAttempt) throws(StoreError) {
        try connection.withLock { (connection) throws(StoreError) in
            try connection.writeTransaction { () throws(StoreError) in
                try connection.run("""
                    INSERT INTO attempts (time, session_id, mode, skill, question, answer, value, expected, correct,
                                          misconception, hints_used, seconds_taken, attempt, step, learner, question_set,
                                          set_question)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)
                    """, [
                        .integer(attempt.time), .text(attempt.sessionID), .text(attempt.mode), .text(attempt.skill),
                        .text(attempt.question), .text(attempt.answer), attempt.value.map(SQLValue.integer) ?? .null,
                        .integer(attempt.expected), .integer(attempt.correct ? 1 : 0),
                        attempt.misconception.map(SQLValue.text) ?? .null, .integer(Int64(attempt.hintsUsed)),
                        .real(attempt.secondsTaken), .integer(Int64(attempt.attempt)),
                        attempt.step.map(SQLValue.text) ?? .null, attempt.name.map(SQLValue.text) ?? .null,
                        attempt.questionSet.map(SQLValue.text) ?? .null, attempt.setQuestion.map(SQLValue.text) ?? .null,
                    ])
            }
        }
    }

    public func attempts() throws(StoreError) -> [StoredAttempt] {
        try connection.withLock { (connection) throws(StoreError) in
            try connection.query(Self.selectAll, row: Self.attempt)
        }
    }

    public func attempts(skill: String) throws(StoreError) -> [StoredAttempt] {
        try connection.withLock { (connection) throws(StoreError) in
            try connection.query(Self.selectBySkill, [.text(skill)], row: Self.attempt)
        }
    }

    public func setState(_ value: String, forKey key: String) throws(StoreError) {
        try connection.withLock { (connection) throws(StoreError) in
            try connection.writeTransaction { () throws(StoreError) in
                try connection.run("INSERT OR REPLACE INTO state (key, value) VALUES (?1, ?2)", [.text(key), .text(value)])
            }
        }
    }

    public func state(forKey key: String) throws(StoreError) -> String? {
        try connection.withLock { (connection) throws(StoreError) in
            try connection.query("SELECT value FROM state WHERE key = ?1", [.text(key)]) { row in row.text(0) }.first
        }
    }

    // MARK: - Opening

    /// Refuses a path that is a folder or a device rather than a file (SQLite would fail obscurely).
    private static func checkIsFile(_ path: String) throws(StoreError) {
        // SQLite opens these beside the file; a folder in the place of one is named, not the file.
        for suffix in ["-wal", "-shm", "-journal"] {
            var info = stat()
            if stat(path + suffix, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
                throw .cannotCreate(path: path + suffix, reason: "a folder of that name is in the way of SQLite's own file")
            }
        }
        if let link = ProgressLocation.brokenLink(path) { throw .cannotCreate(path: path, reason: link) }
        var info = stat()
        guard stat(path, &info) == 0 else { return }  // missing: SQLite creates it, or says why not
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            if access(path, R_OK) != 0 {
                throw .cannotCreate(path: path, reason: "it cannot be read (\(String(cString: strerror(errno))))")
            }
            // A progress file appears whole (see `createWhole`), so an empty one was truncated or
            // left by something else; SQLite would silently take it for a new database.
            if info.st_size == 0 { throw .corrupt(path: path) }
            return
        case S_IFDIR:
            throw .cannotCreate(path: path, reason: "a folder of that name is in the way")
        default:
            throw .cannotCreate(path: path, reason: "it is not a regular file")
        }
    }

    /// Makes a missing progress file whole before it appears under its name: the schema is written to
    /// a file beside it, which is then hard-linked into place. A link, unlike a rename, never replaces
    /// a file another tutor has made meanwhile (that one is used instead). So no tutor ever finds a
    /// progress file empty, not even one that another tutor starting at the same moment is creating,
    /// and an empty one can be called damaged. When the draft cannot be made or linked (no room, a file
    /// system without hard links), SQLite creates the file in place, and any error names the file.
    private static func createWhole(_ path: String) {
        guard access(path, F_OK) != 0 else { return }
        // A name no other tutor uses, made with the permissions SQLite gives the files it creates.
        let draft = path + "-new-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let descriptor = open(draft, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return }
        close(descriptor)
        defer {
            unlink(draft)
            unlink(draft + "-journal")
        }
        do throws(StoreError) {
            // The draft keeps SQLite's rollback journal, so that closing it leaves everything in the
            // one file; the file is switched to write-ahead logging once it is in place.
            let connection = try SQLiteConnection(path: draft, access: .readWrite,
                                                  busyTimeoutMilliseconds: defaultBusyTimeoutMilliseconds)
            try migrate(connection)
        } catch {
            return
        }
        _ = link(draft, path)  // EEXIST: another tutor's file, made whole the same way, is used
    }

    /// Checks the file before anything is written to it: readable SQLite (else `corrupt`), a schema
    /// this build knows (else `newerVersion`), intact pages, and, when it has no version yet, empty
    /// (else it is another program's database). Returns its schema version, and whether every page
    /// was checked. One read transaction, so that another tutor migrating the file meanwhile cannot
    /// make it look half-made.
    ///
    /// Every page is checked (`PRAGMA quick_check`) once a day: it reads the whole file, which at a
    /// few thousand answers was two thirds of a quiz's start-up. Other openings read the header, the
    /// schema and both ends of every table and index, which finds a file cut short, overwritten or
    /// not a progress file; a page damaged in the middle is refused by SQLite when it is read, and
    /// found by the next whole check.
    private static func validate(_ connection: SQLiteConnection, now: Int64) throws(StoreError) -> (version: Int, checkedWhole: Bool) {
        let path = connection.path
        return try connection.readTransaction { () throws(StoreError) in
            let version = try connection.scalar("PRAGMA user_version") { $0.int(0) } ?? 0
            if version > Schema.latestVersion {
                throw .newerVersion(path: path, found: version, supported: Schema.latestVersion)
            }
            let checkWhole = version == 0 || !checkedRecently(connection, now: now)
            if checkWhole {
                let check = try connection.scalar("PRAGMA quick_check(1)") { $0.text(0) }
                guard check == "ok" else { throw .corrupt(path: path) }
            } else {
                for sql in Schema.endsOfEveryTree { _ = try connection.query(sql: sql) { _ in 0 } }
            }
            if version == 0, try objectCount(connection) > 0 { throw .unrecognized(path: path) }
            return (version, checkWhole)
        }
    }

    /// How long after a whole check the next opening checks every page again, in seconds.
    public static let wholeCheckInterval: Int64 = 24 * 60 * 60
    /// The key of the `state` table that holds when every page was last checked (Unix seconds).
    public static let wholeCheckKey = "integrity_checked_at"

    /// Whether the file's pages were all checked within the interval, as the file itself records.
    /// Anything unreadable or odd in the record asks for a whole check.
    private static func checkedRecently(_ connection: SQLiteConnection, now: Int64) -> Bool {
        guard let text = try? connection.query("SELECT value FROM state WHERE key = ?1", [.text(wholeCheckKey)], row: { $0.text(0) }).first,
              let checked = Int64(text) else { return false }
        return checked <= now && now - checked < wholeCheckInterval
    }

    private static func noteWholeCheck(_ connection: SQLiteConnection, at now: Int64) throws(StoreError) {
        try connection.writeTransaction { () throws(StoreError) in
            try connection.run("INSERT OR REPLACE INTO state (key, value) VALUES (?1, ?2)", [.text(wholeCheckKey), .text(String(now))])
        }
    }

    /// Refuses, before SQLite touches anything, a file or folder this process may not write: SQLite
    /// would open the file read-only and leave its log index files beside it.
    private static func checkWritable(_ path: String) throws(StoreError) {
        let folder = ProgressLocation.folder(of: path)
        for (target, mustExist) in [(path, false), (folder, true)] {
            guard access(target, W_OK) != 0 else { continue }
            let error = errno
            switch error {
            case ENOENT where !mustExist:
                continue
            case ENOENT:
                throw .cannotCreate(path: path, reason: "the folder \(folder) does not exist")
            case ENOTDIR:
                throw .cannotCreate(path: path, reason: "a file is in the way of the folder \(folder)")
            case EACCES, EPERM, EROFS:
                throw .readOnly(path: path)
            default:
                throw .cannotCreate(path: path, reason: String(cString: strerror(error)))
            }
        }
    }

    private static func objectCount(_ connection: SQLiteConnection) throws(StoreError) -> Int {
        try connection.scalar("SELECT count(*) FROM sqlite_master") { $0.int(0) } ?? 0
    }

    /// Switches the file to write-ahead logging (a no-op once it is). Switching needs the file to
    /// itself for a moment, so when another process is using it too it is retried for a while.
    private static func useWriteAheadLog(_ connection: SQLiteConnection) throws(StoreError) {
        var tries = 0
        while true {
            do throws(StoreError) {
                // Answers "wal", or "delete" on a file system without shared memory (a network file
                // system, say): the rollback journal is just as safe, only slower, so that is accepted.
                _ = try connection.scalar("PRAGMA journal_mode = WAL") { $0.text(0) }
                return
            } catch .locked(let path) {
                tries += 1
                if tries >= 100 { throw .locked(path: path) }
                usleep(50_000)
            }
        }
    }

    /// Applies every migration the file lacks, in order, in one write transaction (so two tutors
    /// starting at once cannot both migrate, and a kill halfway leaves the file as it was).
    private static func migrate(_ connection: SQLiteConnection) throws(StoreError) {
        try connection.writeTransaction { () throws(StoreError) in
            let version = try connection.scalar("PRAGMA user_version") { $0.int(0) } ?? 0
            if version > Schema.latestVersion {
                throw .newerVersion(path: connection.path, found: version, supported: Schema.latestVersion)
            }
            if version == 0, try objectCount(connection) > 0 { throw .unrecognized(path: connection.path) }
            for migration in Schema.migrations where migration.version > version {
                try connection.execute(fixed: migration.sql)
                try connection.execute(fixed: "PRAGMA user_version = \(migration.version)")
            }
        }
    }

    // MARK: - Rows

    private static let selectAll: StaticString = """
        SELECT id, time, session_id, mode, skill, question, answer, value, expected, correct, misconception,
               hints_used, seconds_taken, attempt, step, learner, question_set, set_question
        FROM attempts ORDER BY time, id
        """

    /// `selectAll` for a file of schema version 1, which has no learner or set columns.
    private static let selectAllFirstVersion: StaticString = """
        SELECT id, time, session_id, mode, skill, question, answer, value, expected, correct, misconception,
               hints_used, seconds_taken, attempt, step, NULL, NULL, NULL
        FROM attempts ORDER BY time, id
        """

    private static let selectBySkill: StaticString = """
        SELECT id, time, session_id, mode, skill, question, answer, value, expected, correct, misconception,
               hints_used, seconds_taken, attempt, step, learner, question_set, set_question
        FROM attempts WHERE skill = ?1 ORDER BY time, id
        """

    private static func attempt(_ row: SQLRow) -> StoredAttempt {
        StoredAttempt(id: row.int64(0), time: row.int64(1), sessionID: row.text(2), mode: row.text(3),
                      skill: row.text(4), question: row.text(5), answer: row.text(6), value: row.optionalInt64(7),
                      expected: row.int64(8), correct: row.int64(9) != 0, misconception: row.optionalText(10),
                      hintsUsed: row.int(11), secondsTaken: row.double(12), attempt: row.int(13),
                      step: row.optionalText(14), name: row.optionalText(15), questionSet: row.optionalText(16),
                      setQuestion: row.optionalText(17))
    }
}
