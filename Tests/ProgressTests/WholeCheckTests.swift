import Foundation
import Glibc
import Progress
import Testing

@Suite("progress store: every page is checked once a day")
struct WholeCheckTests {
    /// A healthy file of many pages, closed cleanly, with its record of the last whole check set to `checked`.
    static func filled(_ folder: TemporaryFolder, checked: Int64) throws {
        let store = try SQLiteProgressStore(path: folder.progressFile)
        for number in 0..<300 {
            var attempt = sampleAttempt(number)
            attempt.question = String(repeating: "How many parameters? ", count: 10) + "\(number)"
            try store.record(attempt)
        }
        try store.setState(String(checked), forKey: SQLiteProgressStore.wholeCheckKey)
    }

    static func lastCheck(_ path: String) throws -> Int64? {
        let store = try SQLiteProgressStore(path: path)
        return try store.state(forKey: SQLiteProgressStore.wholeCheckKey).flatMap { Int64($0) }
    }

    /// Overwrites the page in the middle of the file, which no edge of any tree reaches.
    static func damageMiddlePage(_ path: String) throws {
        var data = try bytes(path)
        let pageSize = Int(data[16]) << 8 | Int(data[17])
        let middle = data.count / pageSize / 2
        data.replaceSubrange(middle * pageSize..<(middle + 1) * pageSize, with: noise(count: pageSize, seed: 11))
        try data.write(to: URL(fileURLWithPath: path))
    }

    @Test("opening a healthy file records the whole check, and one a day later does it again")
    func recordsTheCheck() throws {
        let folder = try TemporaryFolder()
        let now = Int64(time(nil))
        try Self.filled(folder, checked: now - SQLiteProgressStore.wholeCheckInterval - 60)
        let checked = try #require(try Self.lastCheck(folder.progressFile))
        #expect(checked >= now && checked <= Int64(time(nil)), "an old record makes the opening check every page, and say so")
        let next = try #require(try Self.lastCheck(folder.progressFile))
        #expect(next == checked, "a recent record is kept: the second opening did not check every page")
    }

    @Test("a page damaged in the middle of the file is found when the last whole check is a day old")
    func findsMiddleDamage() throws {
        let folder = try TemporaryFolder()
        try Self.filled(folder, checked: Int64(time(nil)) - SQLiteProgressStore.wholeCheckInterval - 60)
        try Self.damageMiddlePage(folder.progressFile)
        let before = try bytes(folder.progressFile)
        #expect(throws: StoreError.corrupt(path: folder.progressFile)) { try SQLiteProgressStore(path: folder.progressFile) }
        #expect(try bytes(folder.progressFile) == before, "the damaged file is left byte for byte")
    }

    @Test("a record of a check in the future, or one that is not a time, asks for a whole check")
    func oddRecords() throws {
        for record in [String(Int64(time(nil)) + 3_600), "yesterday"] {
            let folder = try TemporaryFolder()
            try Self.filled(folder, checked: 0)
            do {
                let store = try SQLiteProgressStore(path: folder.progressFile)
                try store.setState(record, forKey: SQLiteProgressStore.wholeCheckKey)
            }
            try Self.damageMiddlePage(folder.progressFile)
            #expect(throws: StoreError.corrupt(path: folder.progressFile), "record \(record)") {
                try SQLiteProgressStore(path: folder.progressFile)
            }
        }
    }
}
