import CSQLite
import Glibc

/// A value bound to a statement's parameter.
enum SQLValue {
    case integer(Int64)
    case real(Double)
    case text(String)
    case null
}

/// One row of a query's result, read column by column (columns count from 0).
struct SQLRow {
    fileprivate let statement: OpaquePointer

    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(statement, column) == SQLITE_NULL }
    func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(statement, column) }
    func int(_ column: Int32) -> Int { Int(sqlite3_column_int64(statement, column)) }
    func double(_ column: Int32) -> Double { sqlite3_column_double(statement, column) }
    func optionalInt64(_ column: Int32) -> Int64? { isNull(column) ? nil : int64(column) }
    func optionalText(_ column: Int32) -> String? { isNull(column) ? nil : text(column) }

    func text(_ column: Int32) -> String {
        guard let bytes = sqlite3_column_text(statement, column) else { return "" }
        let count = Int(sqlite3_column_bytes(statement, column))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }
}

/// One SQLite connection. Not thread-safe: its owner serializes every use.
final class SQLiteConnection {
    enum Access {
        /// Read and write, creating the file if missing.
        case readWrite
        /// Read only; the write-ahead log's index files may still be created beside the file.
        case readOnly
        /// Read only, touching nothing: for a file in a folder that cannot be written at all.
        case immutable
    }

    let path: String
    private let handle: OpaquePointer
    private var statements: [String: OpaquePointer] = [:]
    private var keepFileAsIs = false

    init(path: String, access: Access, busyTimeoutMilliseconds: Int32) throws(StoreError) {
        self.path = path
        var handle: OpaquePointer?
        let code: Int32
        switch access {
        case .readWrite:
            code = sqlite3_open_v2(path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nil)
        case .readOnly:
            code = sqlite3_open_v2(path, &handle, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nil)
        case .immutable:
            code = sqlite3_open_v2(Self.immutableURI(path), &handle,
                                   SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, nil)
        }
        guard let handle else { throw .cannotCreate(path: path, reason: "out of memory") }
        self.handle = handle
        guard code == SQLITE_OK else {
            let error = Self.storeError(code: sqlite3_extended_errcode(handle), handle: handle, path: path)
            keepFileAsIs = true
            throw error  // deinit closes the handle
        }
        sqlite3_extended_result_codes(handle, 1)
        sqlite3_busy_timeout(handle, busyTimeoutMilliseconds)
        _ = csqlite_defensive(handle)
    }

    deinit {
        for statement in statements.values { sqlite3_finalize(statement) }
        if keepFileAsIs { _ = csqlite_disable_checkpoint_on_close(handle) }
        sqlite3_close_v2(handle)
    }

    /// Makes closing leave the file exactly as it was found (no checkpoint of the write-ahead log).
    func keepFileAsFound() {
        keepFileAsIs = true
    }

    /// Whether SQLite opened the file read-only (it does so silently when the file is write-protected).
    var isReadOnly: Bool {
        sqlite3_db_readonly(handle, "main") == 1
    }

    var inTransaction: Bool {
        sqlite3_get_autocommit(handle) == 0
    }

    /// Runs fixed SQL (never SQL with user text in it: that goes through `run` with bound values).
    func execute(_ sql: StaticString) throws(StoreError) {
        try execute(fixed: sql.description)
    }

    /// Runs SQL built only from constants and integers the program itself chose.
    func execute(fixed sql: String) throws(StoreError) {
        let code = sqlite3_exec(handle, sql, nil, nil, nil)
        guard code == SQLITE_OK else { throw error(code) }
    }

    /// Runs a statement that returns no rows, with its parameters bound.
    func run(_ sql: StaticString, _ values: [SQLValue] = []) throws(StoreError) {
        _ = try query(sql, values) { _ in () }
    }

    /// Runs a query with its parameters bound, turning each row into a value.
    func query<T>(_ sql: StaticString, _ values: [SQLValue] = [], row: (SQLRow) -> T) throws(StoreError) -> [T] {
        try query(sql: sql.description, values, row: row)
    }

    func query<T>(sql: String, _ values: [SQLValue] = [], row: (SQLRow) -> T) throws(StoreError) -> [T] {
        let statement = try prepared(sql)
        defer {
            sqlite3_reset(statement)
            sqlite3_clear_bindings(statement)
        }
        for (index, value) in values.enumerated() {
            let code = bind(value, to: statement, at: Int32(index + 1))
            guard code == SQLITE_OK else { throw error(code) }
        }
        var rows: [T] = []
        while true {
            let code = sqlite3_step(statement)
            if code == SQLITE_ROW {
                rows.append(row(SQLRow(statement: statement)))
            } else if code == SQLITE_DONE {
                return rows
            } else {
                throw error(code)
            }
        }
    }

    /// The first column of the first row of a fixed query.
    func scalar<T>(_ sql: String, _ read: (SQLRow) -> T) throws(StoreError) -> T? {
        try query(sql: sql, row: read).first
    }

    /// Runs `body` in a write transaction taken at once (`BEGIN IMMEDIATE`, waiting up to the busy
    /// timeout for other writers), committed before this returns, or rolled back if anything fails.
    func writeTransaction<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        try transaction(begin: "BEGIN IMMEDIATE", body)
    }

    /// Runs `body` in a read transaction, so that all its reads see one state of the file.
    func readTransaction<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        try transaction(begin: "BEGIN", body)
    }

    private func transaction<T>(begin: StaticString, _ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        try execute(begin)
        do throws(StoreError) {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            if inTransaction { _ = sqlite3_exec(handle, "ROLLBACK", nil, nil, nil) }
            throw error
        }
    }

    private func prepared(_ sql: String) throws(StoreError) -> OpaquePointer {
        if let statement = statements[sql] { return statement }
        var statement: OpaquePointer?
        let code = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard code == SQLITE_OK, let statement else {
            sqlite3_finalize(statement)
            throw error(code)
        }
        statements[sql] = statement
        return statement
    }

    private func bind(_ value: SQLValue, to statement: OpaquePointer, at index: Int32) -> Int32 {
        switch value {
        case .integer(let number):
            return sqlite3_bind_int64(statement, index, number)
        case .real(let number):
            return sqlite3_bind_double(statement, index, number)
        case .null:
            return sqlite3_bind_null(statement, index)
        case .text(let text):
            // With an explicit length, so that text is stored whole even if it holds a NUL.
            var text = text
            return text.withUTF8 { bytes in
                guard let start = bytes.baseAddress, bytes.count > 0 else {
                    return sqlite3_bind_text64(statement, index, "", 0, csqlite_transient(), UInt8(SQLITE_UTF8))
                }
                return start.withMemoryRebound(to: CChar.self, capacity: bytes.count) { chars in
                    sqlite3_bind_text64(statement, index, chars, UInt64(bytes.count), csqlite_transient(),
                                        UInt8(SQLITE_UTF8))
                }
            }
        }
    }

    func error(_ code: Int32) -> StoreError {
        Self.storeError(code: sqlite3_extended_errcode(handle) != SQLITE_OK ? sqlite3_extended_errcode(handle) : code,
                        handle: handle, path: path)
    }

    /// What an SQLite result code means for the user.
    static func storeError(code: Int32, handle: OpaquePointer, path: String) -> StoreError {
        let systemError = sqlite3_system_errno(handle)
        switch code & 0xFF {
        case SQLITE_BUSY, SQLITE_LOCKED:
            return .locked(path: path)
        case SQLITE_CORRUPT, SQLITE_NOTADB:
            return .corrupt(path: path)
        case SQLITE_READONLY:
            return .readOnly(path: path)
        case SQLITE_FULL:
            return .diskFull(path: path)
        case SQLITE_CANTOPEN, SQLITE_PERM, SQLITE_IOERR:
            switch systemError {
            case EACCES, EPERM, EROFS:
                return .readOnly(path: path)
            case ENOSPC, EDQUOT:
                return .diskFull(path: path)
            case _ where code & 0xFF == SQLITE_IOERR:
                break
            case 0:
                return .cannotCreate(path: path, reason: String(cString: sqlite3_errmsg(handle)))
            default:
                return .cannotCreate(path: path, reason: String(cString: strerror(systemError)))
            }
        default:
            break
        }
        return .sqlite(code: code, message: String(cString: sqlite3_errmsg(handle)))
    }

    /// A `file:` URI opening `path` as immutable: no locks, no write-ahead log, nothing created.
    private static func immutableURI(_ path: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var uri = Array("file:".utf8)
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "%"), UInt8(ascii: "?"), UInt8(ascii: "#"):
                uri += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default:
                uri.append(byte)
            }
        }
        return String(decoding: uri, as: UTF8.self) + "?immutable=1"
    }
}
