import Progress
import Testing
import Tutor

@Suite("the learner model rebuilt from stored answers")
struct LearnerHistoryTests {
    static func answer(_ skill: Skill, at time: Int64, correct: Bool = true, attempt: Int = 1, step: String? = nil) -> StoredAttempt {
        StoredAttempt(time: time, sessionID: "s", mode: "quiz", skill: skill.rawValue, question: "q", answer: "1",
                      value: 1, expected: 1, correct: correct, misconception: nil, hintsUsed: 0, secondsTaken: 3,
                      attempt: attempt, step: step)
    }

    @Test("answers stored a week ago make their mastered skill due now; the same answers read the next minute do not")
    func dueAfterAWeek() {
        let day: Int64 = 86_400
        let start: Int64 = 20_000 * day
        let answers = (0..<12).map { Self.answer(.conv2d, at: start + Int64($0) * 40) }
            + [Self.answer(.conv2d, at: start + 500, correct: false, attempt: 2),
               Self.answer(.conv2d, at: start + 600, correct: false, step: "kernelDepth")]
        let later = LearnerHistory.model(answers, now: start + 7 * day)
        #expect(later.isMastered(.conv2d))
        #expect(later.skillsDue() == [.conv2d])
        let soon = LearnerHistory.model(answers, now: start + 1_000)
        #expect(soon.skillsDue().isEmpty)
        #expect(soon.memory(of: .conv2d).answered == 12, "retries and guided steps are not first tries at a question")
    }
}
