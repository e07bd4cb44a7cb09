import Tutor

/// A simulated learner practising with the scheduler: each question's skill comes from
/// `PracticeScheduler.nextSkill`, its first try from `answers`, which has a generator of its own so
/// that the learner's coin never disturbs the scheduler's draws.
struct AdaptiveSimulation {
    var model = LearnerModel()
    var scheduler: SeededGenerator
    var learner: SeededGenerator
    /// The skill of each question, in order.
    var asked: [Skill] = []
    /// The unlocked skills before the first question and after each one.
    var unlockedAfter: [[Skill]]
    /// The question (1-based) after which each skill was first mastered.
    var firstMastered: [Skill: Int] = [:]

    init(seed: UInt64) {
        scheduler = SeededGenerator(seed: seed)
        learner = SeededGenerator(seed: seed ^ 0xA5A5_A5A5_5A5A_5A5A)
        unlockedAfter = [LearnerModel().unlockedSkills()]
    }

    mutating func run(_ count: Int, restrictedTo skills: [Skill]? = nil,
                      answers: (Skill, inout SeededGenerator) -> Bool) {
        for _ in 0..<count {
            let skill = PracticeScheduler.nextSkill(for: model, restrictedTo: skills, using: &scheduler)
            asked.append(skill)
            model.record(skill, correct: answers(skill, &learner), firstTry: true)
            if model.isMastered(skill), firstMastered[skill] == nil { firstMastered[skill] = asked.count }
            unlockedAfter.append(model.unlockedSkills())
        }
    }

    /// The questions (1-based) on which `skill` was asked.
    func questions(of skill: Skill) -> [Int] {
        asked.indices.filter { asked[$0] == skill }.map { $0 + 1 }
    }

    /// The first question after which `skill` was unlocked (0: from the start), if ever.
    func unlockedAt(_ skill: Skill) -> Int? {
        unlockedAfter.firstIndex { $0.contains(skill) }
    }

    static func alwaysRight(_: Skill, _: inout SeededGenerator) -> Bool { true }

    static func coin(_: Skill, _ random: inout SeededGenerator) -> Bool { random.next() & 1 == 0 }
}
