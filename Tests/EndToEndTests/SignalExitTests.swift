import Foundation
import Testing
import TestSupport

/// Every full screen ends like any program a signal ends: 130 after SIGINT, 143 after SIGTERM,
/// 129 after SIGHUP, with the terminal put back first.
@Suite("exit codes after a signal, on every screen", .serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct SignalExitTests {
    struct Screen: CustomStringConvertible, Sendable {
        var description: String
        var arguments: String
        var shows: String
    }

    static let screens = [
        Screen(description: "menu", arguments: "", shows: "Quiz"),
        Screen(description: "quiz", arguments: "quiz --seed 1", shows: "Answer"),
        Screen(description: "learn", arguments: "learn kernel-depth", shows: "Lesson"),
        Screen(description: "interview", arguments: "interview --seed 1", shows: "Answer"),
        Screen(description: "demo", arguments: "demo", shows: "convtutor"),
    ]

    static let signals: [(name: String, number: Int32)] = [("SIGINT", SIGINT), ("SIGTERM", SIGTERM), ("SIGHUP", SIGHUP)]

    /// The processes whose parent is `parent`, read from /proc.
    static func children(of parent: Int32) -> [Int32] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap(Int32.init).filter { pid in
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return false }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            return fields.count > 2 && Int32(fields[1]) == parent
        }
    }

    @Test("each screen exits 128 + the signal's number", arguments: screens, [0, 1, 2])
    func exitCode(_ screen: Screen, signalIndex: Int) throws {
        let signal = Self.signals[signalIndex]
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("convtutor-signal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let status = folder.appendingPathComponent("status").path
        let session = try TmuxSession(
            command: "sh -c '\(TmuxSession.binary) \(screen.arguments); echo $? > \(status); sleep 60'",
            columns: 100, rows: 30)
        session.waitFor(text: screen.shows)
        let shell = try #require(session.panePID)
        let program = try #require(Self.children(of: shell).first { pid in
            (try? String(contentsOfFile: "/proc/\(pid)/cmdline", encoding: .utf8))?.contains("convtutor") == true
        }, "the program runs under the pane's shell")
        kill(program, signal.number)
        let deadline = Date().addingTimeInterval(10)
        var code: String?
        while Date() < deadline {
            if let text = try? String(contentsOfFile: status, encoding: .utf8), !text.isEmpty {
                code = text.trimmingCharacters(in: .whitespacesAndNewlines)
                break
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(code == String(128 + signal.number), "\(screen) after \(signal.name)")
    }
}
