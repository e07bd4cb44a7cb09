import Foundation
import Glibc
import Progress
import Testing

@Suite("progress store: every page is checked once a day")
struct WholeCheckTests {
    static var now: Int64 { Int64(time(nil)) }
    static var dayAgo: Int64 { now - SQLiteProgressStore.wholeCheckInterval - 60 }

    /// A healthy file of many pages, closed cleanly, with its record of the last whole check set to `checked`.
    static func filled(_ folder: TemporaryFolder, checked: Int64) throws {
        let store = try SQLiteProgressStore(path: folder.progressFile)
        for number in 0..<300 {
            var attempt = sampleAttempt(number)
            attempt.question = String(repeating: "How many parameters? ", count: 10) + "\(number)"
            try store.record(attempt)
        }
        try setRecord(String(checked), folder)
    }

    static func setRecord(_ text: String, _ folder: TemporaryFolder) throws {
        try SQLiteProgressStore(path: folder.progressFile).setState(text, forKey: SQLiteProgressStore.wholeCheckKey)
    }

    static func record(_ folder: TemporaryFolder) throws -> String? {
        try SQLiteProgressStore(path: folder.progressFile).state(forKey: SQLiteProgressStore.wholeCheckKey)
    }

    static func removeLog(_ folder: TemporaryFolder) {
        for suffix in ["-wal", "-shm"] { unlink(folder.progressFile + suffix) }
    }

    /// The file's bytes with one page overwritten by noise.
    static func damaged(_ data: Data, page: Int) -> Data {
        let pageSize = Int(data[16]) << 8 | Int(data[17])
        var copy = data
        copy.replaceSubrange(page * pageSize..<(page + 1) * pageSize, with: noise(count: pageSize, seed: 11))
        return copy
    }

    /// A page of a healthy, recently checked file whose damage no edge of any tree reaches: an
    /// opening that reads only the edges does not notice it. The file is left healthy.
    static func middlePage(_ folder: TemporaryFolder) throws -> Int {
        let healthy = try bytes(folder.progressFile)
        let pageSize = Int(healthy[16]) << 8 | Int(healthy[17])
        let pages = healthy.count / pageSize
        defer {
            try? healthy.write(to: URL(fileURLWithPath: folder.progressFile))
            removeLog(folder)
        }
        for page in (1..<pages).sorted(by: { abs($0 - pages / 2) < abs($1 - pages / 2) }) {
            try damaged(healthy, page: page).write(to: URL(fileURLWithPath: folder.progressFile))
            removeLog(folder)
            if (try? SQLiteProgressStore(path: folder.progressFile)) != nil { return page }
        }
        Issue.record("every damaged page was noticed by an opening that reads only the edges")
        return pages / 2
    }

    @Test("opening a healthy file after a day checks it whole and records that; a recent record is kept as it is")
    func recordsTheCheck() throws {
        let folder = try TemporaryFolder()
        try Self.filled(folder, checked: Self.dayAgo)
        let before = Self.now
        let checked = try #require(try Self.record(folder).flatMap { Int64($0) })
        #expect(checked >= before && checked <= Self.now, "an old record makes the opening check every page, and say so")
        let recent = String(Self.now - 60)
        try Self.setRecord(recent, folder)
        #expect(try Self.record(folder) == recent, "a recent record is kept: the opening did not check every page")
    }

    @Test("a page damaged in the middle of the file is found when the last whole check is a day old, or the record is odd",
          arguments: ["a day old", "in the future", "not a time"])
    func findsMiddleDamage(_ record: String) throws {
        let folder = try TemporaryFolder()
        try Self.filled(folder, checked: Self.now)
        let page = try Self.middlePage(folder)
        let text = switch record {
        case "a day old": String(Self.dayAgo)
        case "in the future": String(Self.now + 3_600)
        default: "yesterday"
        }
        try Self.setRecord(text, folder)
        let before = Self.damaged(try bytes(folder.progressFile), page: page)
        try before.write(to: URL(fileURLWithPath: folder.progressFile))
        #expect(throws: StoreError.corrupt(path: folder.progressFile)) { try SQLiteProgressStore(path: folder.progressFile) }
        #expect(try bytes(folder.progressFile) == before, "the damaged file is left byte for byte")
    }
}
