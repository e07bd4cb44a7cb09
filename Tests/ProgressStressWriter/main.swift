// A helper for ProgressTests: opens a progress store in a separate process and uses it, reporting on
// stdout (unbuffered, line by line) what it did, so a test can run several at once, kill one, or run it
// as another user.
//
//   write PATH TAG COUNT   records COUNT attempts, "recorded TAG N" after each commit
//   loop PATH TAG          the same, until killed
//   probe PATH             "opened N" (attempts in it), or "error KIND" with the StoreError's case
//   open DIRECTORY         ProgressOpening.open: "store sqlite|memory", "earlier N",
//                          "warning TEXT" or "warning none", then "record ok" or "record error KIND"
//
// Options, before the command:
//   --as-user UID          drop root's privileges first, so that file permissions apply
//   --go FILE              (write) say "ready" once the store is open, then wait for FILE to exist
//   --pause MS             (write, loop) wait MS milliseconds after each record, like someone answering
import Glibc
import Progress

/// One line straight to stdout, unbuffered: once it is printed, the step it reports has happened.
func say(_ line: String) {
    var text = line + "\n"
    text.withUTF8 { bytes in
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(1, bytes.baseAddress! + offset, bytes.count - offset)
            if written <= 0 { if errno == EINTR { continue } else { exit(4) } }
            offset += written
        }
    }
}

func kind(_ error: StoreError) -> String {
    switch error {
    case .corrupt: return "corrupt"
    case .unrecognized: return "unrecognized"
    case .newerVersion: return "newerVersion"
    case .locked: return "locked"
    case .readOnly: return "readOnly"
    case .cannotCreate: return "cannotCreate"
    case .diskFull: return "diskFull"
    case .sqlite(let code, _): return "sqlite\(code)"
    }
}

func fail(_ message: String) -> Never {
    say("error " + message)
    exit(2)
}

func attempt(tag: String, number: Int, session: String) -> StoredAttempt {
    StoredAttempt(time: ProgressSession.now(), sessionID: session, mode: "practice", skill: "conv2d",
                  question: "\(tag) \(number)", answer: "\(number)", value: Int64(number), expected: Int64(number),
                  correct: true, hintsUsed: 0, secondsTaken: 0.5, attempt: 1)
}

func write(path: String, tag: String, count: Int?, go: String?, pause: UInt32) {
    let store: SQLiteProgressStore
    do { store = try SQLiteProgressStore(path: path) } catch { fail(kind(error)) }
    if let go {
        say("ready")
        while access(go, F_OK) != 0 { usleep(1_000) }
    }
    let session = ProgressSession.makeID()
    var number = 0
    while count.map({ number < $0 }) ?? true {
        do { try store.record(attempt(tag: tag, number: number, session: session)) } catch { fail(kind(error)) }
        say("recorded \(tag) \(number)")
        number += 1
        if pause > 0 { usleep(pause * 1_000) }
    }
}

var arguments = Array(CommandLine.arguments.dropFirst())
var go: String?
var pause: UInt32 = 0
while let option = arguments.first, option.hasPrefix("--"), arguments.count >= 2 {
    let value = arguments[1]
    arguments.removeFirst(2)
    switch option {
    case "--as-user":
        // Drop every privilege for good, groups first (that needs root), so that file permissions apply.
        guard let uid = UInt32(value), setgroups(0, nil) == 0, setgid(uid) == 0, setuid(uid) == 0,
              getuid() == uid, geteuid() == uid
        else {
            say("cannot-drop-privileges \(String(cString: strerror(errno)))")
            exit(3)
        }
    case "--go":
        go = value
    case "--pause":
        guard let milliseconds = UInt32(value) else { fail("usage") }
        pause = milliseconds
    default:
        fail("usage")
    }
}

switch (arguments.first, arguments.count) {
case ("write", 4):
    guard let count = Int(arguments[3]) else { fail("usage") }
    write(path: arguments[1], tag: arguments[2], count: count, go: go, pause: pause)
case ("loop", 3):
    write(path: arguments[1], tag: arguments[2], count: nil, go: go, pause: pause)
case ("probe", 2):
    do {
        let store = try SQLiteProgressStore(path: arguments[1])
        say("opened \(try store.attempts().count)")
    } catch {
        say("error \(kind(error))")
    }
case ("open", 2):
    let (store, warning) = ProgressOpening.open(directory: arguments[1])
    say("store \(store is SQLiteProgressStore ? "sqlite" : "memory")")
    say("earlier \((try? store.attempts().count) ?? -1)")
    say("warning \(warning ?? "none")")
    do {
        try store.record(attempt(tag: "open", number: 0, session: ProgressSession.makeID()))
        say("record ok")
    } catch {
        say("record error \(kind(error))")
    }
default:
    fail("usage")
}
