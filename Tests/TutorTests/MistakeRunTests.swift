import Testing
@testable import Tutor

@Suite("the mistakes run on a question")
struct MistakeRunTests {
    @Test("leaving out the mistakes whose quantities the right derivation never asks for, and their words, changes nothing",
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
                // The same runs with their words written give the same steps, numbers and changes.
                let worded = MistakeCatalog.all.compactMap { mistake -> MistakeRun? in
                    var builder = DerivationBuilder(model: facts, rules: DerivationRules(mistakes: [mistake]))
                    guard let result = try? builder.derive(question.target),
                          Set(builder.rules.changes.map(\.mistake)).count == 1 else { return nil }
                    return MistakeRun(mistakes: [mistake], answer: result.answer, steps: result.steps, changes: builder.rules.changes)
                }
                #expect(worded.map(\.ids) == everyOne.map(\.ids))
                #expect(worded.map { $0.steps.map(\.kind) } == everyOne.map { $0.steps.map(\.kind) })
                #expect(worded.map { $0.steps.map(\.result) } == everyOne.map { $0.steps.map(\.result) })
                #expect(worded.map { $0.steps.map(\.substitution) } == everyOne.map { $0.steps.map(\.substitution) })
                #expect(!worded.contains { $0.steps.contains { $0.title.isEmpty } }, "words are written when asked for")
            }
        }
    }
}
