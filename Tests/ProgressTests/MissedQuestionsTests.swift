import Progress
import Testing
import Tutor

@Suite("the last interview round's missed questions")
struct MissedQuestionsTests {
    @Test("kept and read back exactly; a later round replaces them")
    func roundTrip() throws {
        let store = MemoryProgressStore()
        #expect(MissedQuestions.read(from: store) == .failure(.none))
        let round = MissedQuestions.Round(seed: 42, questions: [
            QuestionReference(skill: .macs, difficulty: .interview, seed: 9_876_543_210),
            QuestionReference(skill: .conv2dNoBias, difficulty: .mental, seed: .max),
        ])
        try MissedQuestions.save(round, in: store)
        #expect(MissedQuestions.read(from: store) == .success(round))
        let clean = MissedQuestions.Round(seed: 43, questions: [])
        try MissedQuestions.save(clean, in: store)
        #expect(MissedQuestions.read(from: store) == .success(clean))
    }

    @Test("in the progress file too, across opening it again")
    func inTheFile() throws {
        let folder = try TemporaryFolder()
        let path = folder.progressFile
        let round = MissedQuestions.Round(seed: 7, questions: [QuestionReference(skill: .separable, difficulty: .interview, seed: 3)])
        try MissedQuestions.save(round, in: try SQLiteProgressStore(path: path))
        #expect(MissedQuestions.read(from: try SQLiteProgressStore(path: path)) == .success(round))
    }

    @Test("a kind this version does not know is refused, not skipped")
    func unknownKind() throws {
        let store = MemoryProgressStore()
        try store.setState("round 5\nmacs interview 1\nfuture-kind interview 2", forKey: "interview-missed")
        #expect(MissedQuestions.read(from: store) == .failure(.unreadable(line: "future-kind interview 2")))
        try store.setState("garbage", forKey: "interview-missed")
        guard case .failure(.unreadable) = MissedQuestions.read(from: store) else {
            Issue.record("an unreadable value is refused")
            return
        }
    }

    @Test("difficulties have one stored name each")
    func difficultyNames() {
        for difficulty in Difficulty.allCases {
            #expect(Difficulty(storedName: difficulty.storedName) == difficulty)
        }
        #expect(Set(Difficulty.allCases.map(\.storedName)).count == Difficulty.allCases.count)
    }
}
