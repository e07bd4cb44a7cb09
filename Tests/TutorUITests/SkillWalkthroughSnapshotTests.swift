import Testing
import Tutor
import TutorUI
import TestSupport

/// Each skill's walkthrough, every step, on screen at two sizes and as plain text: what a learner who
/// follows the help of that skill sees on the way to its answer.
@Suite("each skill's walkthrough as snapshots")
struct SkillWalkthroughSnapshotTests {
    static let sizes = [Size(columns: 80, rows: 24), Size(columns: 120, rows: 40)]

    static var cases: [(Skill, Size)] {
        Skill.allCases.flatMap { skill in sizes.map { (skill, $0) } }
    }

    static func settings(_ skill: Skill) -> QuizSettings {
        QuizSettings(seed: 21, skills: [skill], count: 1, difficulty: .mental)
    }

    @Test("every step of the walkthrough on screen", arguments: cases)
    func screens(_ skill: Skill, _ size: Size) throws {
        var state = AppState(size: size, quizSettings: Self.settings(skill), startInQuiz: true)
        _ = state.update(.key(.character("w")))
        let steps = try #require(state.session?.derivation.steps.count)
        var frames: [String] = []
        for step in 0..<steps {
            #expect(state.screen == .walkthrough(step: step))
            frames.append(AppRenderer.frame(state).text)
            _ = state.update(.key(.right))
        }
        let last = try #require(state.session?.derivation.steps.last)
        #expect(last.result == state.session?.question.answer)
        #expect(frames.last?.contains(last.resultText) == true, "the last step shows the answer")
        assertSnapshot(frames.joined(separator: "\n─── next step ───\n"),
                       named: "skill-walkthrough-\(skill.rawValue)-\(size.columns)x\(size.rows)")
    }

    @Test("the same derivation as plain text", arguments: Skill.allCases)
    func plainText(_ skill: Skill) {
        let session = QuizSession(settings: Self.settings(skill))
        let text = DerivationText.text(session.derivation, width: 80, ascii: false)
        #expect(text.contains(NumberFormat.grouped(session.question.answer)))
        assertSnapshot(text, named: "skill-derivation-\(skill.rawValue)")
    }
}
