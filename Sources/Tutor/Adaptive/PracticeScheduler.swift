/// Chooses what to practise next from a `LearnerModel`.
///
/// Among the skills on offer (the unlocked ones, or those the learner chose):
///
/// 0. a mastered skill due for review in days (`LearnerModel.skillsDue()`, when the model knows the
///    time) comes first, the most overdue first, so a learner back after a break is asked what they
///    are likely to have forgotten before anything new;
/// 1. a skill never answered is introduced at once, first in curriculum order, unless
///    `maxLearning` skills are already being learned;
/// 2. otherwise one is drawn at random among the skills being learned (answered, not mastered),
///    weighted by weakness, and, when the model does not know the time, the mastered skills due for
///    review in questions, weighted up the longer overdue;
/// 3. if neither exists (every skill on offer is mastered and none is due), the one due soonest is
///    reviewed early.
///
/// Mastered skills are thus asked only when due, at intervals that double with each right review
/// (`LearnerModel.reviewInterval(box:)`).
public enum PracticeScheduler {
    /// A new skill is introduced only while fewer than this many are being learned.
    public static let maxLearning = 3
    /// The draw weight of a mastered skill due for review, `overdue` questions after its due time:
    /// 4 when just due, growing by 2 with each question it waits, so a review is never put off long.
    public static func reviewWeight(overdue: Int) -> Int {
        4 + 2 * min(max(overdue, 0), 50)
    }

    /// The draw weight of a skill being learned: 1 when nearly mastered, up to 9 when surely unknown.
    public static func learningWeight(mastery: Double) -> Int {
        let known = mastery >= 0 ? min(mastery, 1) : 0  // also a NaN someone stored by hand
        return 1 + Int((1 - known) * 8)
    }

    /// The skill to ask next.
    ///
    /// `restrictedTo` (when not nil or empty) offers exactly those skills, locked or not: the learner
    /// chose them, and a prerequisite outside the choice could never be practised to unlock them.
    /// Otherwise the unlocked skills are on offer. The draw uses `generator` only, so the same model
    /// and generator state give the same skill.
    public static func nextSkill(for model: LearnerModel, restrictedTo skills: [Skill]? = nil,
                                 using generator: inout SeededGenerator) -> Skill {
        let offered: [Skill]
        if let skills, !skills.isEmpty {
            offered = Skill.allCases.filter(skills.contains)
        } else {
            offered = model.unlockedSkills()
        }
        if let due = model.skillsDue().first(where: offered.contains) {
            return due
        }
        // With the time known, a mastered skill comes back when it is due in days (above), not after
        // a count of questions; without it (replays, simulations), reviews are spaced in questions.
        let inDays = model.now != nil
        let now = model.questionsAnswered
        var fresh: [Skill] = []
        var weighted: [(skill: Skill, weight: Int)] = []
        var learningCount = 0
        for skill in offered {
            let memory = model.memory(of: skill)
            if memory.answered == 0 {
                fresh.append(skill)
            } else if !model.isMastered(skill) {
                learningCount += 1
                weighted.append((skill, learningWeight(mastery: memory.mastery)))
            } else if !inDays, memory.dueAt <= now {
                weighted.append((skill, reviewWeight(overdue: now - memory.dueAt)))
            }
        }
        if let first = fresh.first, learningCount < maxLearning {
            return first
        }
        guard !weighted.isEmpty else {
            // Everything on offer is mastered and not yet due: review the one due soonest.
            if inDays {
                let due = { (skill: Skill) in model.memory(of: skill).reviewDue ?? Int64.min }
                return offered.min { due($0) < due($1) } ?? .conv2d
            }
            return offered.min { model.memory(of: $0).dueAt < model.memory(of: $1).dueAt } ?? .conv2d
        }
        var draw = generator.below(weighted.reduce(0) { $0 + $1.weight })
        for entry in weighted {
            if draw < entry.weight { return entry.skill }
            draw -= entry.weight
        }
        return weighted[weighted.count - 1].skill
    }

    /// The difficulty for a question on `skill`: mental arithmetic while the skill is more likely
    /// unknown than known, the sizes frameworks use until it is mastered, and interview-style
    /// questions (classic sizes with twists) for the reviews of a mastered skill.
    public static func difficulty(for model: LearnerModel, skill: Skill) -> Difficulty {
        let mastery = model.mastery(of: skill)
        if mastery < 0.5 { return .mental }
        if mastery < LearnerModel.masteryThreshold { return .typical }
        return .interview
    }
}
