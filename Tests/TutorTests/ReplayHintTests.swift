import Testing
import Tutor

@Suite("replaying a session")
struct ReplayHintTests {
    @Test("a seeded session names its seed, skills and count; an adaptive one names the skills it asked")
    func hints() {
        let fixed = QuizSession(settings: QuizSettings(seed: 7, skills: [.conv1d], count: 4))
        #expect(fixed.replayHint.hasSuffix("convtutor quiz --seed 7 --skill conv1d --count 4"))
        var adaptive = QuizSession(settings: QuizSettings(seed: 9), learner: LearnerModel())
        _ = adaptive.submit("1")
        #expect(adaptive.replayHint.contains("Your progress chose the skills"))
        #expect(adaptive.replayHint.hasSuffix("--seed 9 --skill \(adaptive.question.skill.rawValue)"))
    }
}

@Suite("the quiz and the learner model")
struct QuizSchedulingTests {
    @Test("the quiz asks what the scheduler picks when no skill is given, and learns from first tries")
    func sessionUsesModel() throws {
        var model = LearnerModel()
        for _ in 0..<6 { model.record(.conv2d, correct: true, firstTry: true) }
        var session = QuizSession(settings: QuizSettings(seed: 3), learner: model)
        #expect(model.unlockedSkills().contains(session.question.skill))
        let skill = session.question.skill
        let before = session.learner?.memory(of: skill).answered ?? -1
        _ = session.submit(String(session.question.answer))
        #expect(session.learner?.memory(of: skill).answered == before + 1)
    }
}
