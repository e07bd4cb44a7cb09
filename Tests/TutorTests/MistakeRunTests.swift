import Testing
@testable import Tutor

@Suite("the mistakes run on a question")
struct MistakeRunTests {
    @Test("leaving out the mistakes whose quantities the right derivation never asks for changes nothing",
          arguments: Skill.allCases)
    func skippingIsExact(skill: Skill) {
        for difficulty in Difficulty.allCases {
            for seed in UInt64(1)...12 {
                let question = QuestionGenerator.generate(skill, difficulty: difficulty, seed: seed)
                let facts = ModelFacts(question.analysis, focus: question.focusLayer)
                let everyOne = MistakeCatalog.all.compactMap { MistakeRun.run([$0], target: question.target, facts: facts) }
                let singles = MistakeRun.singles(target: question.target, facts: facts)
                #expect(singles.map(\.ids) == everyOne.map(\.ids), "\(skill) \(difficulty) seed \(seed)")
                #expect(singles.map(\.answer) == everyOne.map(\.answer), "\(skill) \(difficulty) seed \(seed)")
            }
        }
    }
}
