/// What the tutor believes about one learner: a `SkillMemory` for every skill practised so far.
///
/// The model only changes through `record(_:correct:firstTry:)`; `PracticeScheduler` reads it to
/// choose the next question. It is a plain value with a text form (`serialized()`), so it can be kept
/// between sessions under one key of a store.
public struct LearnerModel: Sendable, Equatable {
    /// P(known) from which a skill counts as mastered.
    public static let masteryThreshold = 0.95
    /// The Leitner box from which a mastered skill counts as secure: mastered, then answered right at
    /// two more first tries (in practice, reviews). Only secure skills unlock the skills built on them.
    public static let secureBox = 3
    /// The highest Leitner box; its review interval is the longest.
    public static let maxBox = 8
    /// The knowledge tracing parameters the model uses for every skill.
    public static let parameters = KnowledgeParameters.standard

    /// Skills never answered have no entry; `memory(of:)` gives them a fresh one.
    public var skills: [Skill: SkillMemory]
    /// First tries recorded so far, over every skill and session: the scheduler's clock.
    public var questionsAnswered: Int
    /// The time (Unix seconds) the model is read at: a session's start, so that skills due in days
    /// come first. Nil when the time is not known (then reviews are spaced in questions only).
    public var now: Int64?

    public init() {
        skills = [:]
        questionsAnswered = 0
    }

    public init(skills: [Skill: SkillMemory], questionsAnswered: Int, now: Int64? = nil) {
        self.skills = skills
        self.questionsAnswered = questionsAnswered
        self.now = now
    }

    /// How many questions after an answer a skill in `box` is due again: 1 while it is being learned,
    /// then 2, 4, 8 … doubling with each box up to `maxBox` (256).
    public static func reviewInterval(box: Int) -> Int {
        box <= 0 ? 1 : 1 << min(box, maxBox)
    }

    // MARK: - Recording answers

    /// Records one answer to a question on `skill`.
    ///
    /// Call it for every answer submitted, with `firstTry` true for the first answer to a question
    /// (pass `correct: false` for a first answer given after a hint). Only first tries are evidence:
    /// later tries come after the tutor's diagnosis, so they change nothing. A first try
    ///
    /// - advances the clock `questionsAnswered` by one,
    /// - updates mastery by knowledge tracing (`KnowledgeParameters.update`),
    /// - moves the Leitner box: 0 while not mastered; 1 on becoming mastered; one up for a right
    ///   answer to a mastered skill; one down (not below 1) for a wrong one that leaves it mastered,
    /// - makes the skill due again `reviewInterval(box:)` questions later,
    /// - and moves its stability in days (`ForgettingCurve`): set on becoming mastered, grown by a
    ///   right review and cut by a wrong one, by how long it waited since `reviewedAt`. `time` is when
    ///   the answer was given (Unix seconds); without it, `now`.
    public mutating func record(_ skill: Skill, correct: Bool, firstTry: Bool, at time: Int64? = nil) {
        guard firstTry else { return }
        questionsAnswered += 1
        var memory = self.memory(of: skill)
        let wasMastered = memory.mastery >= Self.masteryThreshold
        let when = time ?? now
        if wasMastered, memory.stability > 0 {
            var days = 0.0
            if let when, let last = memory.reviewedAt { days = (Double(when) - Double(last)) / ForgettingCurve.secondsPerDay }
            memory.stability = ForgettingCurve.stability(after: correct, days: days, stability: memory.stability)
        }
        memory.mastery = Self.parameters.update(memory.mastery, correct: correct)
        memory.answered += 1
        if correct { memory.correct += 1 }
        if memory.mastery < Self.masteryThreshold {
            memory.box = 0
        } else if !wasMastered {
            memory.box = 1
        } else if correct {
            memory.box = min(max(memory.box, 1) + 1, Self.maxBox)
        } else {
            memory.box = max(memory.box - 1, 1)
        }
        if memory.mastery < Self.masteryThreshold {
            memory.stability = 0
        } else if memory.stability == 0 {
            memory.stability = ForgettingCurve.initialStability
        }
        memory.reviewedAt = when ?? memory.reviewedAt
        memory.dueAt = questionsAnswered + Self.reviewInterval(box: memory.box)
        memory.lastSeen = questionsAnswered
        skills[skill] = memory
    }

    // MARK: - Reading

    /// The memory of a skill, or a fresh one (the prior, never answered) if it has none.
    public func memory(of skill: Skill) -> SkillMemory {
        skills[skill] ?? SkillMemory(mastery: Self.parameters.prior)
    }

    /// P(known) for a skill: the prior until it is first answered.
    public func mastery(of skill: Skill) -> Double {
        memory(of: skill).mastery
    }

    /// Mastered skills whose review is due in days at `now`, most overdue first; none when the time is not known.
    public func skillsDue() -> [Skill] {
        guard let now else { return [] }
        return Skill.allCases.filter { skill in memory(of: skill).reviewDue.map { $0 <= now } ?? false }
            .sorted { (memory(of: $0).reviewDue ?? 0) < (memory(of: $1).reviewDue ?? 0) }
    }

    public func isMastered(_ skill: Skill) -> Bool {
        mastery(of: skill) >= Self.masteryThreshold
    }

    /// Mastered, and right again since at spaced reviews (`secureBox`): what unlocks later skills.
    /// A streak of right answers asked in quick succession can be luck; keeping it across reviews is not.
    public func isSecure(_ skill: Skill) -> Bool {
        isMastered(skill) && memory(of: skill).box >= Self.secureBox
    }

    /// Whether a skill may be asked: all its direct prerequisites (`Skill.prerequisites`) are secure.
    /// `conv2d` has none, so it is always unlocked. Unlocking follows the current belief: if a slip
    /// makes a prerequisite insecure again, the skills on it wait until it is secure again.
    public func isUnlocked(_ skill: Skill) -> Bool {
        skill.prerequisites.allSatisfy(isSecure)
    }

    /// The unlocked skills, in curriculum order (`Skill.allCases`).
    public func unlockedSkills() -> [Skill] {
        Skill.allCases.filter(isUnlocked)
    }
}
