import Foundation
import Progress
import Testing

@Suite("progress store: damaged files")
struct CorruptionTests {
    /// Ways a progress file can be ruined, each made from scratch in a folder.
    enum Damage: String, CaseIterable, CustomTestStringConvertible {
        case garbage, truncated, textFile, damagedPage, headerOnly, empty
        var testDescription: String { rawValue }

        func make(_ folder: TemporaryFolder) throws {
            let path = folder.progressFile
            switch self {
            case .garbage:
                try noise(count: 16_384).write(to: URL(fileURLWithPath: path))
            case .textFile:
                try Data("These are my notes, not a database.\n".utf8).write(to: URL(fileURLWithPath: path))
            case .headerOnly:
                try Data("SQLite format 3\u{0}".utf8).write(to: URL(fileURLWithPath: path))
            case .empty:
                // Truncated to nothing: the store never leaves a file empty, even while making it.
                try Data().write(to: URL(fileURLWithPath: path))
            case .truncated, .damagedPage:
                try Self.fill(path)
                var data = try bytes(path)
                let pageSize = Int(data[16]) << 8 | Int(data[17])
                #expect(data.count >= 8 * pageSize)
                if self == .truncated {
                    data = data.prefix(data.count / 2)
                } else {
                    // Page 2 is the root of the attempts table: past the header, so the file still opens.
                    data.replaceSubrange(pageSize..<2 * pageSize, with: noise(count: pageSize, seed: 7))
                }
                try data.write(to: URL(fileURLWithPath: path))
            }
        }

        /// A healthy file with enough attempts to span many pages, closed cleanly (log checkpointed).
        static func fill(_ path: String) throws {
            let store = try SQLiteProgressStore(path: path)
            for number in 0..<300 {
                var attempt = sampleAttempt(number)
                attempt.question = String(repeating: "How many parameters? ", count: 10) + "\(number)"
                try store.record(attempt)
            }
        }
    }

    @Test("is detected on open as .corrupt, and the file is left byte for byte", arguments: Damage.allCases)
    func detected(_ damage: Damage) throws {
        let folder = try TemporaryFolder()
        try damage.make(folder)
        let before = try bytes(folder.progressFile)
        #expect(throws: StoreError.corrupt(path: folder.progressFile)) { try SQLiteProgressStore(path: folder.progressFile) }
        #expect(try bytes(folder.progressFile) == before)
        // Reading a file whose header says it is in WAL mode makes SQLite create its log and log
        // index beside it, which it cannot tidy away when the file is damaged (the sqlite3 shell does
        // the same). The log must be empty: nothing was written.
        let name = ProgressLocation.fileName
        if before.count > 18 && before[18] == 2 {
            #expect(try folder.contents() == [name, name + "-shm", name + "-wal"])
            #expect(try bytes(folder.file(name + "-wal")).isEmpty)
        } else {
            #expect(try folder.contents() == [name])
        }
    }

    @Test("opening for a run warns, saves to a fresh file beside it, and finds that file again next time",
          arguments: Damage.allCases)
    func openingRecovers(_ damage: Damage) throws {
        let folder = try TemporaryFolder()
        try damage.make(folder)
        let before = try bytes(folder.progressFile)

        do {
            let (store, warning) = ProgressOpening.open(directory: folder.path)
            #expect(store is SQLiteProgressStore)
            let text = try #require(warning)
            #expect(text.contains("damaged") && text.contains("left as it is"))
            #expect(text.contains(ProgressLocation.replacementFileName))
            try store.record(sampleAttempt(1))
            try store.setState("after the damage", forKey: "scheduler")
        }
        let (store, warning) = ProgressOpening.open(directory: folder.path)
        #expect(warning != nil)
        #expect(try store.attempts().map(\.question) == ["question 1"])
        #expect(try store.state(forKey: "scheduler") == "after the damage")
        #expect(try bytes(folder.progressFile) == before)

        // Following the warning's advice (moving the damaged file away) keeps what was saved since.
        try FileManager.default.moveItem(atPath: folder.progressFile, toPath: folder.file("damaged.sqlite"))
        let (afterMove, noWarning) = ProgressOpening.open(directory: folder.path)
        #expect(noWarning == nil)
        #expect(try afterMove.attempts().map(\.question) == ["question 1"])
    }

    @Test("when the fresh file is damaged too, the run goes on in memory and neither file is touched")
    func bothDamaged() throws {
        let folder = try TemporaryFolder()
        let replacement = folder.file(ProgressLocation.replacementFileName)
        try noise(count: 4096, seed: 1).write(to: URL(fileURLWithPath: folder.progressFile))
        try noise(count: 4096, seed: 2).write(to: URL(fileURLWithPath: replacement))
        let (store, warning) = ProgressOpening.open(directory: folder.path)
        #expect(store is MemoryProgressStore)
        #expect(warning?.hasPrefix("progress will not be saved this time: ") == true)
        try store.record(sampleAttempt(1))
        #expect(try bytes(folder.progressFile) == noise(count: 4096, seed: 1))
        #expect(try bytes(replacement) == noise(count: 4096, seed: 2))
    }

    @Test("a folder where the file should be is refused as .cannotCreate, and opening goes on in memory")
    func folderInTheWay() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.progressFile, withIntermediateDirectories: false)
        #expect {
            try SQLiteProgressStore(path: folder.progressFile)
        } throws: { error in
            guard case StoreError.cannotCreate(folder.progressFile, _) = error else { return false }
            return true
        }
        let (store, warning) = ProgressOpening.open(directory: folder.path)
        #expect(store is MemoryProgressStore)
        #expect(warning?.contains("folder of that name is in the way") == true)
    }
}
