/// The progress file's schema, as an ordered list of migrations. `PRAGMA user_version` holds the
/// number of the last migration applied; a new version of the schema appends a step (never edits one).
enum Schema {
    struct Migration {
        /// The `user_version` the file has after this step.
        var version: Int
        /// Fixed SQL, run inside the migration's transaction.
        var sql: String
    }

    static let migrations: [Migration] = [
        Migration(version: 1, sql: """
            CREATE TABLE attempts (
                id INTEGER PRIMARY KEY,
                time INTEGER NOT NULL,
                session_id TEXT NOT NULL,
                mode TEXT NOT NULL,
                skill TEXT NOT NULL,
                question TEXT NOT NULL,
                answer TEXT NOT NULL,
                value INTEGER,
                expected INTEGER NOT NULL,
                correct INTEGER NOT NULL CHECK (correct IN (0, 1)),
                misconception TEXT,
                hints_used INTEGER NOT NULL,
                seconds_taken REAL NOT NULL,
                attempt INTEGER NOT NULL,
                step TEXT
            );
            CREATE INDEX attempts_by_time ON attempts (time);
            CREATE INDEX attempts_by_skill ON attempts (skill, time);
            CREATE TABLE state (
                key TEXT PRIMARY KEY NOT NULL,
                value TEXT NOT NULL
            );
            """),
        // Whose answers these are and which teacher's set they answer, so a class's files can be merged.
        Migration(version: 2, sql: """
            ALTER TABLE attempts ADD COLUMN learner TEXT;
            ALTER TABLE attempts ADD COLUMN question_set TEXT;
            ALTER TABLE attempts ADD COLUMN set_question TEXT;
            """),
    ]

    /// Queries that read the first and last entries of every table and index of the latest schema,
    /// one edge each (a lone `min` or `max` is read from the edge of the tree that holds it; both in
    /// one query are not): together they walk both edges of every tree, so a tree whose pages are
    /// missing or overwritten there fails to read.
    static let endsOfEveryTree = ["attempts": ["rowid", "time", "skill"], "state": ["rowid", "key"]]
        .sorted { $0.key < $1.key }
        .flatMap { table, columns in
            columns.flatMap { column in ["min", "max"].map { "SELECT \($0)(\(column)) FROM \(table)" } }
        } + ["SELECT count(*) FROM sqlite_master"]

    /// The version this build writes, and the newest it can read.
    static var latestVersion: Int { migrations.last?.version ?? 0 }
}
