/// A learner's statistics as rows of values: per-skill accuracy and mastery, answers per day, streaks,
/// the mistakes seen most, and the time per question. The UI side draws them, on screen and in the shell.
public struct PracticeStats: Sendable, Equatable {

    /// One skill's row.
    public struct SkillRow: Sendable, Equatable {
        public var skill: Skill
        /// Questions asked on the skill (retries and guided steps are not questions).
        public var answered: Int
        /// Those answered right at the first try.
        public var correct: Int
        /// The chance, from 0 to 1, that the skill is known.
        public var mastery: Double
        public var accuracy: Double { answered == 0 ? 0 : Double(correct) / Double(answered) }
        /// Mastery reaches the learner model's threshold.
        public var isMastered: Bool { mastery >= LearnerModel.masteryThreshold }
        /// Mastery as a whole percentage, rounded.
        public var masteryPercent: Int { Int(mastery * 100 + 0.5) }
    }

    /// One mistake's row: which misconception, and how often it was seen.
    public struct MistakeRow: Sendable, Equatable {
        public var id: MisconceptionID
        public var count: Int
        /// The misconception's name, as the learner reads it.
        public var name: String { Misconception(id).name }
    }

    /// Every skill, in curriculum order, practised or not.
    public var skills: [SkillRow]
    /// Answers given on each of the last `days` days, oldest first.
    public var answersPerDay: [Int]
    public var currentStreak: Int
    public var bestStreak: Int
    /// The mistakes seen most, most frequent first (at most five).
    public var topMistakes: [MistakeRow]
    /// The median seconds per answer, or nil before any answer.
    public var medianSeconds: Double?
    /// Every answer recorded: first tries, retries and guided steps.
    public var totalAnswers: Int
    /// Questions answered: first tries at whole questions, which the rows, streaks and times count.
    public var questionCount: Int
    /// A mastered skill and when it is due for review (Unix seconds).
    public struct ReviewRow: Sendable, Equatable {
        public var skill: Skill
        public var due: Int64
    }

    /// Mastered skills and when each is due for review, soonest first.
    public var reviews: [ReviewRow]
    /// When the statistics were taken (Unix seconds).
    public var now: Int64

    /// The skills answered at least once: the rows a report shows.
    public var practisedSkills: [SkillRow] { skills.filter { $0.answered > 0 } }

    /// The median time per answer in whole seconds, rounded, or nil before any answer.
    public var medianWholeSeconds: Int? { medianSeconds.map { Int($0 + 0.5) } }

    /// Computes the statistics of answers (in time order) as of `now` (Unix seconds).
    public init(attempts: [AttemptSummary], mastery: [Skill: Double], now: Int64, days: Int = 14,
                reviewDue: [Skill: Int64] = [:]) {
        self.now = now
        reviews = reviewDue.map { ReviewRow(skill: $0.key, due: $0.value) }
            .sorted { $0.due < $1.due || ($0.due == $1.due && $0.skill.rawValue < $1.skill.rawValue) }
        let ordered = attempts.sorted { $0.time < $1.time }
        totalAnswers = ordered.count
        let questions = ordered.filter(\.isQuestion)
        questionCount = questions.count
        skills = Skill.allCases.map { skill in
            let mine = questions.filter { $0.skill == skill }
            return SkillRow(skill: skill, answered: mine.count, correct: mine.filter(\.correct).count,
                             mastery: mastery[skill] ?? 0)
        }
        let today = now / 86_400
        answersPerDay = (0..<days).map { offset in
            let day = today - Int64(days - 1 - offset)
            return ordered.filter { $0.time / 86_400 == day }.count
        }
        var run = 0
        var best = 0
        for attempt in questions {
            run = attempt.correct ? run + 1 : 0
            best = max(best, run)
        }
        currentStreak = run
        bestStreak = best
        var counts: [MisconceptionID: Int] = [:]
        for attempt in ordered { if let id = attempt.misconception { counts[id, default: 0] += 1 } }
        topMistakes = counts.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key.rawValue < $1.key.rawValue) }
            .prefix(5).map { MistakeRow(id: $0.key, count: $0.value) }
        let seconds = questions.map(\.secondsTaken).sorted()
        if seconds.isEmpty {
            medianSeconds = nil
        } else if seconds.count % 2 == 1 {
            medianSeconds = seconds[seconds.count / 2]
        } else {
            medianSeconds = (seconds[seconds.count / 2 - 1] + seconds[seconds.count / 2]) / 2
        }
    }
}
