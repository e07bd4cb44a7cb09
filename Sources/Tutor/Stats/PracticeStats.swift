/// A learner's statistics: per-skill accuracy and mastery, answers per day, streaks, the mistakes
/// seen most, and the time per question.
public struct PracticeStats: Sendable, Equatable {
    /// One skill's line.
    public struct SkillLine: Sendable, Equatable {
        public var skill: Skill
        public var answered: Int
        public var correct: Int
        public var mastery: Double
        public var accuracy: Double { answered == 0 ? 0 : Double(correct) / Double(answered) }
    }

    public var skills: [SkillLine]
    /// Answers given on each of the last `days` days, oldest first.
    public var answersPerDay: [Int]
    public var currentStreak: Int
    public var bestStreak: Int
    public var topMistakes: [(id: MisconceptionID, count: Int)]
    /// The median seconds per answer, or nil before any answer.
    public var medianSeconds: Double?
    public var totalAnswers: Int

    public static func == (lhs: PracticeStats, rhs: PracticeStats) -> Bool {
        lhs.skills == rhs.skills && lhs.answersPerDay == rhs.answersPerDay && lhs.currentStreak == rhs.currentStreak
            && lhs.bestStreak == rhs.bestStreak && lhs.topMistakes.map(\.id) == rhs.topMistakes.map(\.id)
            && lhs.topMistakes.map(\.count) == rhs.topMistakes.map(\.count) && lhs.medianSeconds == rhs.medianSeconds
            && lhs.totalAnswers == rhs.totalAnswers
    }

    /// Computes the statistics of answers (in time order) as of `now` (Unix seconds).
    public init(attempts: [AttemptSummary], mastery: [Skill: Double], now: Int64, days: Int = 14) {
        let ordered = attempts.sorted { $0.time < $1.time }
        totalAnswers = ordered.count
        skills = Skill.allCases.map { skill in
            let mine = ordered.filter { $0.skill == skill }
            return SkillLine(skill: skill, answered: mine.count, correct: mine.filter(\.correct).count,
                             mastery: mastery[skill] ?? 0)
        }
        let today = now / 86_400
        answersPerDay = (0..<days).map { offset in
            let day = today - Int64(days - 1 - offset)
            return ordered.filter { $0.time / 86_400 == day }.count
        }
        var run = 0
        var best = 0
        for attempt in ordered {
            run = attempt.correct ? run + 1 : 0
            best = max(best, run)
        }
        currentStreak = run
        bestStreak = best
        var counts: [MisconceptionID: Int] = [:]
        for attempt in ordered { if let id = attempt.misconception { counts[id, default: 0] += 1 } }
        topMistakes = counts.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key.rawValue < $1.key.rawValue) }
            .prefix(5).map { (id: $0.key, count: $0.value) }
        let seconds = ordered.map(\.secondsTaken).sorted()
        if seconds.isEmpty {
            medianSeconds = nil
        } else if seconds.count % 2 == 1 {
            medianSeconds = seconds[seconds.count / 2]
        } else {
            medianSeconds = (seconds[seconds.count / 2 - 1] + seconds[seconds.count / 2]) / 2
        }
    }

    /// A bar of `width` cells filled in proportion to `fraction`.
    public static func bar(_ fraction: Double, width: Int, unicode: Bool) -> String {
        let filled = min(width, max(0, Int(fraction * Double(width) + 0.5)))
        return String(repeating: unicode ? "█" : "#", count: filled) + String(repeating: unicode ? "░" : "-", count: width - filled)
    }

    /// A sparkline of counts, one character per value.
    public static func sparkline(_ values: [Int], unicode: Bool) -> String {
        let levels: [Character] = unicode ? ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"] : [".", ":", "-", "=", "+", "*", "#", "@"]
        let top = max(1, values.max() ?? 1)
        return String(values.map { value in value == 0 ? (unicode ? " " : " ") : levels[min(levels.count - 1, (value * levels.count - 1) / top)] })
    }

    /// The statistics as lines of text, for `convtutor stats` and the plain mode.
    public func lines(unicode: Bool) -> [String] {
        var lines = ["Answers: \(totalAnswers)   Streak: \(currentStreak) (best \(bestStreak))"
                     + (medianSeconds.map { "   Time per question: \(Int($0 + 0.5))s" } ?? "")]
        lines.append("Last \(answersPerDay.count) days: [\(PracticeStats.sparkline(answersPerDay, unicode: unicode))]")
        lines.append("")
        lines.append("skill".rightPad(20) + "  " + "mastery".rightPad(15) + "   accuracy")
        for line in skills where line.answered > 0 {
            let mastery = PracticeStats.bar(line.mastery, width: 10, unicode: unicode) + " \(String(Int(line.mastery * 100 + 0.5)).leftPad(3))%"
            let accuracy = PracticeStats.bar(line.accuracy, width: 10, unicode: unicode) + " \(line.correct)/\(line.answered)"
            lines.append(line.skill.rawValue.rightPad(20) + "  " + mastery + "   " + accuracy)
        }
        if !topMistakes.isEmpty {
            lines.append("")
            lines.append("Mistakes seen most:")
            for mistake in topMistakes { lines.append("  \(Misconception(mistake.id).name) ×\(mistake.count)") }
        }
        return lines
    }
}

extension String {
    func leftPad(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
    func rightPad(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
}
