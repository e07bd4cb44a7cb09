import Testing
import Tutor

@Suite("adaptive practice over simulated learners")
struct AdaptiveTests {
    @Test("knowledge tracing moves as computed by hand")
    func bkt() {
        let parameters = KnowledgeParameters.standard
        // correct: 0.1·0.9 / (0.1·0.9 + 0.9·0.2) = 1/3, then + (2/3)·0.15 = 0.4333…
        let afterRight = parameters.update(0.1, correct: true)
        #expect(abs(afterRight - (1.0 / 3 + 2.0 / 3 * 0.15)) < 1e-12)
        // wrong: 0.1·0.1 / (0.1·0.1 + 0.9·0.8) = 0.01/0.73, then + (1 − that)·0.15
        let posterior = 0.01 / 0.73
        #expect(abs(parameters.update(0.1, correct: false) - (posterior + (1 - posterior) * 0.15)) < 1e-12)
    }

    @Test("the model's text form round-trips and refuses garbage")
    func serialization() {
        var model = LearnerModel()
        var generator = SeededGenerator(seed: 5)
        for _ in 0..<200 {
            let skill = Skill.allCases.randomElement(using: &generator) ?? .conv2d
            model.record(skill, correct: Bool.random(using: &generator), firstTry: Bool.random(using: &generator))
        }
        #expect(LearnerModel(serialized: model.serialized()) == model)
        for garbage in ["", "learner-model 2\nquestions 1", "learner-model 1\nquestions x", "learner-model 1\nquestions 3\nconv2d 2.0 1 1 0 0 0"] {
            #expect(LearnerModel(serialized: garbage) == nil)
        }
    }

    /// Runs a learner for `questions`, answering by `answers`; returns the skills asked in order.
    static func simulate(_ questions: Int, seed: UInt64, model: inout LearnerModel, restrictedTo: [Skill]? = nil,
                         answers: (Skill, inout SeededGenerator) -> Bool) -> [Skill] {
        var generator = SeededGenerator(seed: seed)
        var asked: [Skill] = []
        for _ in 0..<questions {
            let skill = PracticeScheduler.nextSkill(for: model, restrictedTo: restrictedTo, using: &generator)
            asked.append(skill)
            model.record(skill, correct: answers(skill, &generator), firstTry: true)
        }
        return asked
    }

    @Test("a learner who is always right masters conv2d in a handful of questions and unlocks everything in order")
    func alwaysRight() {
        var model = LearnerModel()
        #expect(model.unlockedSkills() == [.conv2d])
        let asked = Self.simulate(400, seed: 1, model: &model) { _, _ in true }
        #expect(Array(asked.prefix(3)) == [.conv2d, .conv2d, .conv2d])
        #expect(model.isMastered(.conv2d))
        #expect(model.unlockedSkills() == Skill.allCases)
        var firstSeen: [Skill: Int] = [:]
        for (index, skill) in asked.enumerated() where firstSeen[skill] == nil { firstSeen[skill] = index }
        for (skill, prerequisites) in LearnerModel.prerequisites {
            for prerequisite in prerequisites {
                #expect((firstSeen[prerequisite] ?? .max) < (firstSeen[skill] ?? .max), "\(prerequisite) before \(skill)")
            }
        }
    }

    @Test("a skill the learner keeps failing comes back far more often than mastered ones")
    func weakSkillReturns() {
        var model = LearnerModel()
        _ = Self.simulate(300, seed: 2, model: &model) { _, _ in true }
        let asked = Self.simulate(300, seed: 3, model: &model) { skill, _ in skill != .grouped }
        let grouped = asked.filter { $0 == .grouped }.count
        let conv2d = asked.filter { $0 == .conv2d }.count
        #expect(grouped > 4 * max(1, conv2d), "grouped \(grouped) vs conv2d \(conv2d)")
        #expect(!model.isMastered(.grouped))
    }

    @Test("a mastered skill's reviews come at growing intervals")
    func spacing() {
        var model = LearnerModel()
        let asked = Self.simulate(600, seed: 4, model: &model, restrictedTo: [.conv2d, .conv2dNoBias, .conv2dRect]) { skill, _ in
            skill == .conv2d
        }
        let positions = asked.enumerated().filter { $0.element == .conv2d }.map(\.offset)
        let gaps = zip(positions.dropFirst(), positions).map { $0 - $1 }
        let early = gaps.prefix(5).reduce(0, +)
        let late = gaps.suffix(5).reduce(0, +)
        #expect(late > 2 * early, "gaps grow: \(gaps)")
    }

    @Test("a learner who answers at random masters little and does not unlock the late skills")
    func randomLearner() {
        var model = LearnerModel()
        _ = Self.simulate(300, seed: 6, model: &model) { _, generator in Bool.random(using: &generator) }
        #expect(!model.unlockedSkills().contains(.network))
        #expect(!model.unlockedSkills().contains(.transposed))
        #expect(Skill.allCases.filter(model.isMastered).count < Skill.allCases.count / 2)
    }

    @Test("restrictions are obeyed and a seed replays the same sequence")
    func restrictionsAndReplay() {
        var first = LearnerModel()
        let a = Self.simulate(100, seed: 8, model: &first, restrictedTo: [.conv1d, .macs]) { _, g in Bool.random(using: &g) }
        #expect(Set(a).isSubset(of: [.conv1d, .macs]))
        var second = LearnerModel()
        let b = Self.simulate(100, seed: 8, model: &second, restrictedTo: [.conv1d, .macs]) { _, g in Bool.random(using: &g) }
        #expect(a == b && first == second)
    }

    @Test("the quiz asks what the scheduler picks when no skill is given")
    func sessionUsesModel() {
        var model = LearnerModel()
        for _ in 0..<3 { model.record(.conv2d, correct: true, firstTry: true) }
        let session = QuizSession(settings: QuizSettings(seed: 3), learner: model)
        #expect(model.unlockedSkills().contains(session.question.skill))
    }
}

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
