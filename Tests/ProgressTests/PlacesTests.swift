import Foundation
import Progress
import Testing

@Suite("progress store: read-only and impossible places")
struct ReadOnlyTests {
    /// "nobody": used to run the helper without root's power to write anywhere.
    static let unprivilegedUser = "65534"

    /// The helper's output, run as an ordinary user when this process is root (so that permissions
    /// apply to it), else as this user; nil, with a warning saying why, when root cannot drop its
    /// privileges (no CAP_SETUID, or no such user in a user namespace): then nothing can make a place
    /// read-only for this test, and the caller checks what root does instead.
    func helper(_ arguments: [String], in folder: TemporaryFolder) throws -> [String]? {
        let asUser = getuid() == 0 ? ["--as-user", Self.unprivilegedUser] : []
        let child = try Child(asUser + arguments, in: folder)
        _ = try child.wait()
        if let first = child.lines.first, first.hasPrefix("cannot-drop-privileges") {
            let why = "read-only places not tested: running as root, which cannot become user "
                + "\(Self.unprivilegedUser) here (\(first)); checked that root saves instead"
            Issue.record(Comment(rawValue: why), severity: .warning)
            return nil
        }
        return child.lines
    }

    /// Where permissions cannot stop this process: the store must then simply work there.
    func expectSaves(at path: String) throws {
        let store = try SQLiteProgressStore(path: path)
        let before = try store.attempts().count
        try store.record(sampleAttempt(1))
        #expect(try store.attempts().count == before + 1)
    }

    @Test("a folder under a regular file cannot be made: .cannotCreate, and the run goes on in memory")
    func folderUnderAFile() throws {
        // Works the same for root and everyone else, unlike chmod.
        let folder = try TemporaryFolder()
        let file = folder.file("a-file")
        #expect(FileManager.default.createFile(atPath: file, contents: Data("x".utf8)))
        #expect {
            try ProgressLocation.createDirectory(file + "/data/convtutor")
        } throws: { error in
            guard case StoreError.cannotCreate(_, let reason) = error else { return false }
            return reason.contains("is a file, not a folder")
        }
        #expect {
            try SQLiteProgressStore(path: file + "/progress.sqlite")
        } throws: { error in
            guard case StoreError.cannotCreate = error else { return false }
            return true
        }
        let (store, warning) = ProgressOpening.open(directory: file + "/data")
        #expect(store is MemoryProgressStore)
        #expect(warning?.hasPrefix("progress will not be saved this time: ") == true)
        #expect(warning?.contains("--data-dir") == true)
        try store.record(sampleAttempt(1))
        #expect(try bytes(file) == Data("x".utf8))
    }

    @Test("a read-only folder (chmod 0555): .readOnly for a new file, and opening runs in memory")
    func readOnlyFolder() throws {
        let folder = try TemporaryFolder()
        let bypassed = try permissionsAreBypassed(folder)
        let locked = folder.file("locked")
        try FileManager.default.createDirectory(atPath: locked, withIntermediateDirectories: false)
        chmod(folder.path, 0o755)
        chmod(locked, 0o555)
        defer { chmod(locked, 0o755) }

        if !bypassed {
            #expect(throws: StoreError.readOnly(path: locked + "/progress.sqlite")) {
                try SQLiteProgressStore(path: locked + "/progress.sqlite")
            }
        } else {
            // Root writes through chmod: in this process the store must then really save there.
            try expectSaves(at: locked + "/root.sqlite")
        }
        // The helper runs as an ordinary user when this is root, so permissions do apply to it.
        guard let lines = try helper(["probe", locked + "/progress.sqlite"], in: folder),
              let opened = try helper(["open", locked], in: folder)
        else { return }
        #expect(lines == ["error readOnly"])
        #expect(opened.first == "store memory")
        #expect(opened.contains { $0.hasPrefix("warning progress will not be saved this time: ") && $0.contains("read-only") })
        #expect(opened.last == "record ok")
        #expect(!FileManager.default.fileExists(atPath: locked + "/progress.sqlite"))
    }

    @Test("an existing file that cannot be written: .readOnly, and the run keeps its history in memory",
          arguments: ["file", "folder"])
    func readOnlyExistingFile(_ what: String) throws {
        let folder = try TemporaryFolder()
        let data = folder.file("data")
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: false)
        let path = ProgressLocation.path(directory: data)
        do {
            let store = try SQLiteProgressStore(path: path)
            for number in 0..<7 { try store.record(sampleAttempt(number)) }
            try store.setState("{}", forKey: "scheduler")
        }
        let before = try bytes(path)
        // Either the file alone is read-only (its folder writable by anyone) or its folder is.
        if what == "file" {
            chmod(data, 0o777)
            chmod(path, 0o444)
        } else {
            chmod(path, 0o644)
            chmod(data, 0o555)
        }
        defer { chmod(data, 0o755); chmod(path, 0o644) }

        guard let lines = try helper(["probe", path], in: folder), let opened = try helper(["open", data], in: folder) else {
            return try expectSaves(at: path)
        }
        #expect(lines == ["error readOnly"])
        #expect(opened.first == "store memory")
        #expect(opened.contains("earlier 7"), "\(opened)")
        #expect(opened.contains { $0.contains("read-only") && $0.contains("Your earlier answers are still used.") })
        #expect(opened.last == "record ok")
        #expect(try bytes(path) == before)
    }

    @Test("readOnlyCopy reads a file without writing anything beside it")
    func readOnlyCopy() throws {
        let folder = try TemporaryFolder()
        do {
            let store = try SQLiteProgressStore(path: folder.progressFile)
            try store.record(sampleAttempt(1))
            try store.setState("s", forKey: "k")
        }
        let before = try bytes(folder.progressFile)
        let copy = try SQLiteProgressStore.readOnlyCopy(path: folder.progressFile)
        #expect(try copy.attempts().map(\.question) == ["question 1"])
        #expect(try copy.state(forKey: "k") == "s")
        try copy.record(sampleAttempt(2))
        #expect(try copy.attempts().map(\.id) == [1, 2])
        #expect(try bytes(folder.progressFile) == before)
        #expect(try folder.contents() == [ProgressLocation.fileName])
    }

    @Test("every error says what happened and what to do")
    func descriptions() {
        let errors: [StoreError] = [
            .corrupt(path: "/d/p"), .unrecognized(path: "/d/p"), .newerVersion(path: "/d/p", found: 3, supported: 1),
            .locked(path: "/d/p"), .readOnly(path: "/d/p"), .cannotCreate(path: "/d/p", reason: "no such folder"),
            .diskFull(path: "/d/p"),
        ]
        for error in errors {
            #expect(error.description.contains("/d/p"), "\(error)")
            let advice = ["move it away", "update convtutor", "Close other", "--data-dir", "Free some space"]
            #expect(advice.contains { error.description.contains($0) }, "\(error)")
        }
        #expect(StoreError.sqlite(code: 10, message: "disk I/O error").description.contains("disk I/O error"))
        for error in errors + [.sqlite(code: 10, message: "disk I/O error")] {
            #expect(!error.summary.contains("/d/p") && error.summary.count <= 45, "a few words: \(error.summary)")
        }
        #expect(StoreError.diskFull(path: "/d/p").summary == "the disk is full")
    }
}

@Suite("progress location")
struct LocationTests {
    @Test("--data-dir wins, then CONVTUTOR_DATA_DIR, then XDG_DATA_HOME, then ~/.local/share")
    func precedence() {
        let all = ["CONVTUTOR_DATA_DIR": "/custom", "XDG_DATA_HOME": "/xdg", "HOME": "/home/ada"]
        #expect(ProgressLocation.directory(option: "/opt/data", environment: all) == "/opt/data")
        #expect(ProgressLocation.directory(option: nil, environment: all) == "/custom")
        #expect(ProgressLocation.directory(option: "", environment: all) == "/custom")
        #expect(ProgressLocation.directory(option: nil, environment: ["XDG_DATA_HOME": "/xdg/", "HOME": "/home/ada"])
                == "/xdg/convtutor")
        #expect(ProgressLocation.directory(option: nil, environment: ["CONVTUTOR_DATA_DIR": "", "XDG_DATA_HOME": "",
                                                                      "HOME": "/home/ada"])
                == "/home/ada/.local/share/convtutor")
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        #expect(ProgressLocation.directory(option: nil, environment: ["XDG_DATA_HOME": "rel", "HOME": "/home/ada"])
                == "/home/ada/.local/share/convtutor")
        #expect(ProgressLocation.directory(option: "~/tutor", environment: all) == "/home/ada/tutor")
        #expect(ProgressLocation.directory(option: nil, environment: ["CONVTUTOR_DATA_DIR": "~", "HOME": "/home/ada"])
                == "/home/ada")
        #expect(ProgressLocation.directory(option: "rel/dir", environment: all) == "rel/dir")
        #expect(ProgressLocation.fileName == "progress.sqlite")
        #expect(ProgressLocation.path(directory: "/d/") == "/d/progress.sqlite")
    }

    @Test("opening makes the missing folders (mkdir -p), private to the user, and saves there")
    func makesFolders() throws {
        let folder = try TemporaryFolder()
        let directory = folder.file("a/b/c")
        let (store, warning) = ProgressOpening.open(directory: directory)
        #expect(warning == nil)
        #expect(store is SQLiteProgressStore)
        try store.record(sampleAttempt(1))
        #expect(FileManager.default.fileExists(atPath: directory + "/progress.sqlite"))
        let permissions = try FileManager.default.attributesOfItem(atPath: directory)[.posixPermissions] as? Int
        #expect(permissions == 0o700)
        try ProgressLocation.createDirectory(directory)  // already there: fine
        let (again, _) = ProgressOpening.open(directory: directory + "/")
        #expect(try again.attempts().count == 1)
    }
}
