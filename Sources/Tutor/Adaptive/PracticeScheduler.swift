/// Chooses what to practise next: weak skills come back often, a newly unlocked skill is introduced
/// soon, and mastered skills return only when their review is due.
public enum PracticeScheduler {
    /// The weight of a skill in the draw: how much it needs practice now.
    static func weight(_ skill: Skill, in model: LearnerModel) -> Double {
        let memory = model.memory(skill)
        if memory.answered == 0 { return 6 }
        if model.isMastered(skill) {
            return model.questionsAnswered >= memory.dueAt ? 2 : 0.05
        }
        let weakness = 1 - memory.mastery
        let justAsked = memory.lastSeen == model.questionsAnswered - 1 ? 0.5 : 1
        return (1 + 6 * weakness) * justAsked
    }

    public static func nextSkill(for model: LearnerModel, restrictedTo skills: [Skill]? = nil,
                                 using generator: inout SeededGenerator) -> Skill {
        let candidates = skills.map { $0.isEmpty ? model.unlockedSkills() : $0 } ?? model.unlockedSkills()
        let weights = candidates.map { weight($0, in: model) }
        let total = weights.reduce(0, +)
        guard total > 0, let first = candidates.first else { return .conv2d }
        var point = Double.random(in: 0..<total, using: &generator)
        for (skill, weight) in zip(candidates, weights) {
            if point < weight { return skill }
            point -= weight
        }
        return candidates.last ?? first
    }

    /// Small numbers for mental arithmetic while a skill is new, framework-typical sizes once it is
    /// taking hold, interview-style ones for a mastered skill's reviews.
    public static func difficulty(for model: LearnerModel, skill: Skill) -> Difficulty {
        let mastery = model.mastery(of: skill)
        if model.memory(skill).answered < 2 || mastery < 0.5 { return .mental }
        return mastery >= LearnerModel.masteryThreshold ? .interview : .typical
    }
}
