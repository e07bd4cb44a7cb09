import Progress

/// A store in memory whose writes fail, as a full disk makes them, while `refusing` is set.
public final class RefusingStore: ProgressStore {
    public let kept = MemoryProgressStore()
    public var refusing = false
    public private(set) var writes = 0

    public init() {}

    public func record(_ attempt: StoredAttempt) throws(StoreError) {
        writes += 1
        if refusing { throw .diskFull(path: "/data/progress.sqlite") }
        try kept.record(attempt)
    }

    public func attempts() throws(StoreError) -> [StoredAttempt] { try kept.attempts() }
    public func attempts(skill: String) throws(StoreError) -> [StoredAttempt] { try kept.attempts(skill: skill) }
    public func setState(_ value: String, forKey key: String) throws(StoreError) { try kept.setState(value, forKey: key) }
    public func state(forKey key: String) throws(StoreError) -> String? { try kept.state(forKey: key) }
}
