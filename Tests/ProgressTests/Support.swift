import CSQLite
import Foundation
import Progress
import Testing

/// A fresh folder under the system's temporary folder, removed (permissions restored first) when the
/// test is done with it.
final class TemporaryFolder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("convtutor-progress-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        // Tests make folders read-only: give every folder its write permission back, or it cannot go.
        chmod(path, 0o755)
        for case let name as String in FileManager.default.enumerator(atPath: path) ?? .init() {
            var info = stat()
            if lstat(path + "/" + name, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { chmod(path + "/" + name, 0o755) }
        }
        try? FileManager.default.removeItem(atPath: path)
    }

    func file(_ name: String) -> String { path + "/" + name }

    var progressFile: String { ProgressLocation.path(directory: path) }

    func contents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path).sorted()
    }
}

func bytes(_ path: String) throws -> Data {
    try Data(contentsOf: URL(fileURLWithPath: path))
}

/// Deterministic noise (no SQLite header can appear in it by chance).
func noise(count: Int, seed: UInt64 = 0x5EED) -> Data {
    var state = seed
    return Data((0..<count).map { _ in
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return UInt8(truncatingIfNeeded: state >> 33)
    })
}

func sampleAttempt(_ number: Int, skill: String = "conv2d", time: Int64 = 1_780_000_000, session: String = "s1")
    -> StoredAttempt
{
    StoredAttempt(time: time, sessionID: session, mode: "quiz", skill: skill, question: "question \(number)",
                  answer: "\(number * 10)", value: Int64(number * 10), expected: 280, correct: number % 3 == 0,
                  misconception: number % 3 == 0 ? nil : "forgot-bias", hintsUsed: number % 2, secondsTaken: 1.25,
                  attempt: 1 + number % 2, step: number % 4 == 0 ? "kernelDepth" : nil)
}

// MARK: - Raw SQLite, to look at files without the store

/// A plain connection for checking a file from the outside, or holding a lock on it.
final class RawDatabase {
    let handle: OpaquePointer

    init(_ path: String) throws {
        var handle: OpaquePointer?
        let code = sqlite3_open_v2(path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nil)
        guard code == SQLITE_OK, let handle else {
            sqlite3_close_v2(handle)
            throw RawError(message: "cannot open \(path): \(code)")
        }
        self.handle = handle
    }

    deinit { sqlite3_close_v2(handle) }

    func execute(_ sql: String) throws {
        let code = sqlite3_exec(handle, sql, nil, nil, nil)
        guard code == SQLITE_OK else { throw RawError(message: "\(sql): \(String(cString: sqlite3_errmsg(handle)))") }
    }

    /// The first column of every row, as text.
    func column(_ sql: String) throws -> [String] {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK else {
            throw RawError(message: "\(sql): \(String(cString: sqlite3_errmsg(handle)))")
        }
        defer { sqlite3_finalize(statement) }
        var values: [String] = []
        while true {
            let code = sqlite3_step(statement)
            if code == SQLITE_DONE { return values }
            guard code == SQLITE_ROW else { throw RawError(message: "\(sql): \(String(cString: sqlite3_errmsg(handle)))") }
            values.append(sqlite3_column_text(statement, 0).map { String(cString: $0) } ?? "NULL")
        }
    }
}

struct RawError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

// MARK: - Processes

/// The test helper executable, built beside the test bundle.
var stressWriter: String {
    URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("ProgressStressWriter").path
}

/// A child process whose output goes to a file (so it can never block on a full pipe).
final class Child {
    let process = Process()
    let outputPath: String

    init(_ arguments: [String], in folder: TemporaryFolder, executable: String = stressWriter) throws {
        outputPath = folder.file("out-\(UUID().uuidString).txt")
        _ = FileManager.default.createFile(atPath: outputPath, contents: nil)
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outputPath))
        process.standardError = process.standardOutput
        try process.run()
    }

    deinit {
        // Output files live in the test's folder; make sure no child outlives its test.
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }

    var output: String { (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "" }

    /// Complete lines written so far.
    var lines: [String] {
        let text = output
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.removeLast()  // after the last newline: empty, or a line still being written
        return lines
    }

    func wait(timeout: Double = 120) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning {
            if Date() > deadline {
                kill(process.processIdentifier, SIGKILL)
                throw RawError(message: "child did not finish within \(timeout) s; output:\n\(output)")
            }
            usleep(2_000)
        }
        return process.terminationStatus
    }

    /// Waits until the child has written `count` complete lines (or has ended).
    func waitForLines(_ count: Int, timeout: Double = 120) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let lines = self.lines
            if lines.count >= count || !process.isRunning { return lines }
            if Date() > deadline { throw RawError(message: "only \(lines.count) lines after \(timeout) s") }
            usleep(500)
        }
    }
}

/// Whether this process writes into a folder whose permissions say it may not (root, or
/// CAP_DAC_OVERRIDE): then chmod cannot make a read-only place, and the tests say what they do instead.
func permissionsAreBypassed(_ folder: TemporaryFolder) throws -> Bool {
    let locked = folder.file("locked-probe")
    try FileManager.default.createDirectory(atPath: locked, withIntermediateDirectories: false)
    chmod(locked, 0o555)
    defer { chmod(locked, 0o755) }
    return FileManager.default.createFile(atPath: locked + "/probe", contents: Data())
}
