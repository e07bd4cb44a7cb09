import Foundation
import Progress
import Testing
import Tutor

@Suite("progress store: round trips")
struct RoundTripTests {
    enum Kind: String, CaseIterable, CustomTestStringConvertible {
        case sqlite, memory
        var testDescription: String { rawValue }
    }

    func makeStore(_ kind: Kind, _ folder: TemporaryFolder) throws -> any ProgressStore {
        switch kind {
        case .sqlite: return try SQLiteProgressStore(path: folder.progressFile)
        case .memory: return MemoryProgressStore()
        }
    }

    @Test("attempts come back as recorded, oldest first, with ids assigned", arguments: Kind.allCases)
    func attempts(_ kind: Kind) throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(kind, folder)
        #expect(try store.attempts().isEmpty)
        // Recorded out of time order: the store gives them back oldest first, ties in recording order.
        let times: [Int64] = [50, 10, 30, 10, 40, 20]
        let recorded = times.enumerated().map { index, time in
            sampleAttempt(index, skill: index % 2 == 0 ? "conv2d" : "depthwise", time: 1_780_000_000 + time)
        }
        for attempt in recorded { try store.record(attempt) }

        let stored = try store.attempts()
        #expect(stored.count == recorded.count)
        #expect(stored.map(\.question) == ["question 1", "question 3", "question 5", "question 2", "question 4", "question 0"])
        #expect(Set(stored.compactMap(\.id)).count == recorded.count)
        for attempt in stored {
            let original = try #require(recorded.first { $0.question == attempt.question })
            var withoutID = attempt
            withoutID.id = nil
            #expect(withoutID == original)
        }
        #expect(try store.attempts(skill: "depthwise").map(\.question) == ["question 1", "question 3", "question 5"])
        #expect(try store.attempts(skill: "conv3d").isEmpty)
    }

    @Test("text that looks like SQL, Unicode, a NUL and empty strings are stored as typed", arguments: Kind.allCases)
    func awkwardText(_ kind: Kind) throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(kind, folder)
        let texts = ["'); DROP TABLE attempts; --", "10 × 3 × 3 × 3 + 10 — ½ 🧠", "a\u{0}b", "", "?1 ?2 %s \\ \" '"]
        for (index, text) in texts.enumerated() {
            var attempt = sampleAttempt(index, time: 1_780_000_000 + Int64(index))
            attempt.answer = text
            attempt.question = text + " #\(index)"
            attempt.misconception = text
            attempt.value = index == 0 ? nil : Int64.min + Int64(index)
            attempt.expected = Int64.max - Int64(index)
            try store.record(attempt)
            try store.setState(text, forKey: text + " key")
        }
        let stored = try store.attempts()
        #expect(stored.map(\.answer) == texts)
        #expect(stored.map(\.misconception) == texts)
        #expect(stored.first?.value == nil)
        #expect(stored.last?.value == Int64.min + 4)
        #expect(stored.last?.expected == Int64.max - 4)
        for text in texts { #expect(try store.state(forKey: text + " key") == text) }
    }

    @Test("state is kept per key, replaced, and missing keys are nil", arguments: Kind.allCases)
    func state(_ kind: Kind) throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(kind, folder)
        #expect(try store.state(forKey: "scheduler") == nil)
        try store.setState(#"{"boxes":[1,2]}"#, forKey: "scheduler")
        try store.setState("x", forKey: "other")
        try store.setState(#"{"boxes":[3]}"#, forKey: "scheduler")
        #expect(try store.state(forKey: "scheduler") == #"{"boxes":[3]}"#)
        #expect(try store.state(forKey: "other") == "x")
        #expect(try store.state(forKey: "Scheduler") == nil)
    }

    @Test("everything is still there after the store is closed and opened again")
    func reopen() throws {
        let folder = try TemporaryFolder()
        do {
            let store = try SQLiteProgressStore(path: folder.progressFile)
            for number in 0..<25 { try store.record(sampleAttempt(number, time: 1_780_000_000 + Int64(number))) }
            try store.setState("kept", forKey: "scheduler")
        }
        let store = try SQLiteProgressStore(path: folder.progressFile)
        #expect(try store.attempts().map(\.question) == (0..<25).map { "question \($0)" })
        #expect(try store.attempts().compactMap(\.id) == Array(1...25))
        #expect(try store.state(forKey: "scheduler") == "kept")
        try store.record(sampleAttempt(25, time: 1_780_000_100))
        #expect(try store.attempts().last?.id == 26)
    }

    @Test("a quiz's AttemptRecords convert with their skill, misconception and step names")
    func fromAttemptRecord() throws {
        // Real records from a guided session: a wrong first step, then the right one.
        var session = QuizSession(settings: QuizSettings(seed: 7, skills: [.conv2d], guided: true))
        let step = try #require(session.guidedSteps.first)
        let right = try #require(step.result)
        _ = session.submit("\(right + 1)")
        _ = session.submit("\(right)")
        #expect(session.log.count == 2)
        let folder = try TemporaryFolder()
        let store = try SQLiteProgressStore(path: folder.progressFile)
        for record in session.log {
            let stored = StoredAttempt(record, time: 1_780_000_000, sessionID: "1780000000-42", mode: .lesson("bias"),
                                       secondsTaken: 4.5)
            #expect(stored == StoredAttempt(time: 1_780_000_000, sessionID: "1780000000-42", mode: "practice:bias",
                                            skill: "conv2d", question: record.question, answer: record.answerText,
                                            value: record.value.map(Int64.init), expected: Int64(record.expected),
                                            correct: record.correct, misconception: record.misconception?.rawValue,
                                            hintsUsed: record.hintsUsed, secondsTaken: 4.5, attempt: record.attempt,
                                            step: "\(step.kind)"))
            try store.record(stored)
        }
        #expect(try store.attempts().map(\.correct) == [false, true])
        #expect(try store.attempts().map(\.attempt) == [1, 2])
        #expect(try store.attempts().allSatisfy { $0.step == "\(step.kind)" && $0.skill == Skill.conv2d.rawValue })
    }

    @Test("session ids carry the start time and the process id")
    func sessionID() {
        #expect(ProgressSession.makeID(startTime: 1_780_000_000) == "1780000000-\(getpid())")
        #expect(abs(ProgressSession.now() - Int64(Date().timeIntervalSince1970)) <= 2)
    }
}
