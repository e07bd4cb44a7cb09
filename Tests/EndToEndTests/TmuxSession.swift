import Foundation
import Testing
import TestSupport

/// A private tmux server running one program in a detached window, for end-to-end tests.
///
/// Habits that keep such tests from hanging: every session gets its own server (`-L`), tmux is
/// started with all three standard streams on /dev/null and never waited on, only `capture-pane`'s
/// output is piped, screens are polled with a deadline, and the server is killed at the end.
final class TmuxSession {
    let socket: String
    let target = "e2e"

    static var isAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/tmux")
    }

    static var tmuxPath: String {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") ? "/usr/bin/tmux" : "/usr/local/bin/tmux"
    }

    /// Starts `command` (a shell command line) in a new window of the given size.
    init(command: String, columns: Int = 100, rows: Int = 30, environment: [String: String] = [:]) throws {
        socket = "convtutor-e2e-\(UUID().uuidString.prefix(8))"
        var env = ["TERM=xterm-256color", "LANG=C.UTF-8", "CONVTUTOR_DATA_DIR=\(ConvTutorProcess.scratchDataDirectory)"]
        env += environment.map { "\($0.key)=\($0.value)" }
        let line = "env " + env.joined(separator: " ") + " " + command
        // The server this starts inherits the launching process's descriptors, so it is never waited on:
        // its session is polled for instead.
        try TmuxSession.launch(["-L", socket, "-f", "/dev/null", "new-session", "-d", "-s", target,
                                "-x", String(columns), "-y", String(rows), line], wait: false)
        let deadline = Date().addingTimeInterval(10)
        while (try? TmuxSession.output(["-L", socket, "list-sessions", "-F", "#{session_name}"]))?.contains(target) != true {
            guard Date() < deadline else { throw TmuxError.sessionDidNotStart }
            Thread.sleep(forTimeInterval: 0.05)
        }
        let pids = (try? TmuxSession.output(["-L", socket, "display-message", "-p", "-t", target, "#{pid} #{pane_pid}"])) ?? ""
        processes = pids.split(whereSeparator: \.isWhitespace).compactMap { Int32($0) }
    }

    /// The tmux server and the program in its pane. They inherit the test runner's blocked signals,
    /// so `kill-server`'s hang-up may never reach them: they are killed outright at the end.
    private var processes: [Int32] = []

    /// The process the pane runs (the command given), once the session has started.
    var panePID: Int32? { processes.count > 1 ? processes[1] : nil }

    enum TmuxError: Error {
        case sessionDidNotStart
    }

    deinit {
        try? TmuxSession.launch(["-L", socket, "kill-server"])
        for process in processes.reversed() { kill(process, SIGKILL) }
    }

    /// Types keys as `tmux send-keys` understands them: literal text, or names like `Enter`, `C-c`, `Left`.
    func send(_ keys: String...) throws {
        try TmuxSession.launch(["-L", socket, "send-keys", "-t", target] + keys)
    }

    /// Types text literally, character by character.
    func type(_ text: String) throws {
        try TmuxSession.launch(["-L", socket, "send-keys", "-t", target, "-l", text])
    }

    func resize(columns: Int, rows: Int) throws {
        try TmuxSession.launch(["-L", socket, "resize-window", "-t", target, "-x", String(columns), "-y", String(rows)])
    }

    /// The screen as text, one line per row.
    func capture() -> String {
        (try? TmuxSession.output(["-L", socket, "capture-pane", "-p", "-t", target])) ?? ""
    }

    /// Polls the screen until `predicate` holds, failing with the last screen after the deadline.
    @discardableResult
    func waitFor(_ what: String, timeout: Double = 10, sourceLocation: SourceLocation = #_sourceLocation,
                 _ predicate: (String) -> Bool) -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = capture()
        while !predicate(screen) {
            if Date() > deadline {
                Issue.record("Timed out waiting for \(what). Last screen:\n\(screen)", sourceLocation: sourceLocation)
                return screen
            }
            Thread.sleep(forTimeInterval: 0.05)
            screen = capture()
        }
        return screen
    }

    @discardableResult
    func waitFor(text: String, timeout: Double = 10, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        waitFor("'\(text)'", timeout: timeout, sourceLocation: sourceLocation) { $0.contains(text) }
    }

    // MARK: - Running tmux

    private static func launch(_ arguments: [String], wait: Bool = true) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tmuxPath)
        process.arguments = arguments
        let null = FileHandle(forUpdatingAtPath: "/dev/null")
        process.standardInput = null
        process.standardOutput = null
        process.standardError = null
        try process.run()
        if wait { process.waitUntilExit() }
    }

    private static func output(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tmuxPath)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
        process.standardOutput = pipe
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// The built `convtutor` binary beside the test bundle.
    static var binary: String {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("convtutor").path
    }
}
