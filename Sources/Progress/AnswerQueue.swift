/// Saves answers in a store in the order they were given. An answer the store cannot take (the disk
/// is full, another program holds the lock too long) is kept in memory, with every answer after it,
/// and tried again when the next answer comes; so none is dropped without the learner being told.
public struct AnswerQueue {
    /// What became of a save.
    public struct Report: Equatable, Sendable {
        /// Answers given but not saved yet, this one included.
        public var unsaved: Int
        /// Answers that had been waiting and were saved this time.
        public var caughtUp: Int
        /// Why the store refused, when `unsaved` is not 0.
        public var error: StoreError?

        public init(unsaved: Int, caughtUp: Int, error: StoreError?) {
            self.unsaved = unsaved
            self.caughtUp = caughtUp
            self.error = error
        }
    }

    public let store: any ProgressStore
    /// Answers given but not saved yet, oldest first.
    public private(set) var unsaved: [StoredAttempt] = []

    public init(store: any ProgressStore) {
        self.store = store
    }

    /// Saves the answers still waiting, then `attempt` (if any), in that order, stopping at the first
    /// the store refuses: that one and those after it wait for the next save.
    public mutating func save(_ attempt: StoredAttempt? = nil) -> Report {
        let waiting = unsaved.count
        if let attempt { unsaved.append(attempt) }
        var saved = 0
        var refusal: StoreError?
        for answer in unsaved {
            do throws(StoreError) {
                try store.record(answer)
                saved += 1
            } catch {
                refusal = error
                break
            }
        }
        unsaved.removeFirst(saved)
        return Report(unsaved: unsaved.count, caughtUp: min(saved, waiting), error: refusal)
    }
}
