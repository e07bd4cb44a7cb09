import Progress
import TestSupport
import Testing

@Suite("answers that cannot be saved wait, in order, for the next one")
struct AnswerQueueTests {
    @Test("refused answers are kept and counted, retried first with the next answer, and saved in order")
    func retriedInOrder() throws {
        let store = RefusingStore()
        var queue = AnswerQueue(store: store)
        #expect(queue.save(sampleAttempt(0)) == AnswerQueue.Report(unsaved: 0, caughtUp: 0, error: nil))

        store.refusing = true
        let full = StoreError.diskFull(path: "/data/progress.sqlite")
        #expect(queue.save(sampleAttempt(1)) == AnswerQueue.Report(unsaved: 1, caughtUp: 0, error: full))
        #expect(queue.save(sampleAttempt(2)) == AnswerQueue.Report(unsaved: 2, caughtUp: 0, error: full))
        #expect(queue.save(sampleAttempt(3)) == AnswerQueue.Report(unsaved: 3, caughtUp: 0, error: full))
        #expect(queue.unsaved.map(\.question) == ["question 1", "question 2", "question 3"])
        // Each save stops at the first refusal rather than trying every waiting answer.
        #expect(store.writes == 4)

        store.refusing = false
        #expect(queue.save(sampleAttempt(4)) == AnswerQueue.Report(unsaved: 0, caughtUp: 3, error: nil))
        #expect(queue.unsaved.isEmpty)
        #expect(try store.attempts().map(\.question) == (0...4).map { "question \($0)" })
        #expect(try store.attempts().map(\.id) == [1, 2, 3, 4, 5], "recorded in the order given")
        #expect(queue.save(sampleAttempt(5)) == AnswerQueue.Report(unsaved: 0, caughtUp: 0, error: nil))
    }

    @Test("a save with no new answer retries the waiting ones, and says nothing when none wait")
    func retryAlone() throws {
        let store = RefusingStore()
        var queue = AnswerQueue(store: store)
        #expect(queue.save() == AnswerQueue.Report(unsaved: 0, caughtUp: 0, error: nil))
        store.refusing = true
        _ = queue.save(sampleAttempt(1))
        _ = queue.save(sampleAttempt(2))
        #expect(queue.save().unsaved == 2)
        store.refusing = false
        #expect(queue.save() == AnswerQueue.Report(unsaved: 0, caughtUp: 2, error: nil))
        #expect(try store.attempts().map(\.question) == ["question 1", "question 2"])
    }
}
