import Synchronization

/// Where the tutor keeps every answer, and the scheduler's small pieces of state.
public protocol ProgressStore: AnyObject {
    /// Records one answer; it is committed (durable) before this returns.
    func record(_ attempt: StoredAttempt) throws(StoreError)
    /// Every recorded answer, oldest first.
    func attempts() throws(StoreError) -> [StoredAttempt]
    /// The recorded answers to questions of one skill (a `Skill` raw value), oldest first.
    func attempts(skill: String) throws(StoreError) -> [StoredAttempt]
    /// Keeps a small value (the scheduler's JSON text) under a key, replacing any earlier one.
    func setState(_ value: String, forKey key: String) throws(StoreError)
    /// The value kept under a key, if any.
    func state(forKey key: String) throws(StoreError) -> String?
}

/// A store that keeps everything in memory: for tests, and for a run whose progress cannot be saved.
public final class MemoryProgressStore: ProgressStore, Sendable {
    private struct Contents {
        var attempts: [StoredAttempt] = []
        var state: [String: String] = [:]
        var nextID: Int64 = 1
    }

    private let contents: Mutex<Contents>

    public init() {
        contents = Mutex(Contents())
    }

    /// A store that starts with earlier answers and state, e.g. read from a file that cannot be written.
    public init(attempts: [StoredAttempt], state: [String: String]) {
        var start = Contents()
        start.attempts = attempts
        start.state = state
        start.nextID = (attempts.compactMap(\.id).max() ?? 0) + 1
        contents = Mutex(start)
    }

    public func record(_ attempt: StoredAttempt) throws(StoreError) {
        contents.withLock { contents in
            var attempt = attempt
            attempt.id = contents.nextID
            contents.nextID += 1
            contents.attempts.append(attempt)
        }
    }

    public func attempts() throws(StoreError) -> [StoredAttempt] {
        contents.withLock { contents in Self.oldestFirst(contents.attempts) }
    }

    public func attempts(skill: String) throws(StoreError) -> [StoredAttempt] {
        contents.withLock { contents in Self.oldestFirst(contents.attempts.filter { $0.skill == skill }) }
    }

    public func setState(_ value: String, forKey key: String) throws(StoreError) {
        contents.withLock { contents in contents.state[key] = value }
    }

    public func state(forKey key: String) throws(StoreError) -> String? {
        contents.withLock { contents in contents.state[key] }
    }

    /// By time, then in the order recorded, as the SQLite store orders them.
    private static func oldestFirst(_ attempts: [StoredAttempt]) -> [StoredAttempt] {
        attempts.enumerated().sorted { a, b in
            a.element.time != b.element.time ? a.element.time < b.element.time : a.offset < b.offset
        }.map(\.element)
    }
}
