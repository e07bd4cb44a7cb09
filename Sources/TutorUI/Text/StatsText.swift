import StyledText
import Tutor

/// The statistics' rows drawn as lines: a headline, the answers per day as a sparkline, a bar of
/// mastery and of accuracy per practised skill, and the mistakes seen most. The Stats screen shows
/// these lines and `convtutor stats` prints their text.
public enum StatsText {
    static let skillColumn = 20
    static let barWidth = 10

    /// The lines; with `ascii` every character is folded by the shared table.
    public static func lines(_ stats: PracticeStats, ascii: Bool) -> [StyledLine] {
        var headline = "Questions: \(stats.questionCount)   Streak: \(stats.currentStreak) (best \(stats.bestStreak))"
        if let seconds = stats.medianWholeSeconds { headline += "   Time per question: \(seconds)s" }
        var lines = [StyledLine(headline, role: .emphasis)]
        lines.append(StyledLine("Last \(stats.answersPerDay.count) days: [\(sparkline(stats.answersPerDay))]"))
        lines.append(.blank)
        lines.append(StyledLine("skill".padding(to: skillColumn) + "  " + "mastery".padding(to: 15) + "   right first time",
                                role: .muted, strong: true))
        for row in stats.practisedSkills {
            var line = StyledLine(row.skill.rawValue.padding(to: skillColumn) + "  ")
            let mastery = bar(row.mastery) + " " + String(row.masteryPercent).padding(toLeft: 3) + "%"
            let accuracy = bar(row.accuracy) + " \(row.correct)/\(row.answered)"
            line.append(mastery + "   " + accuracy, role: row.isMastered ? .correct : .kernel)
            lines.append(line)
        }
        if !stats.reviews.isEmpty {
            lines.append(.blank)
            lines.append(StyledLine("Reviews:", role: .muted, strong: true))
            for review in stats.reviews.prefix(4) {
                let due = review.due <= stats.now
                lines.append(StyledLine("  " + review.skill.rawValue.padding(to: skillColumn) + dueText(review.due, now: stats.now),
                                        role: due ? .accent : .plain, strong: due))
            }
            if stats.reviews.count > 4 {
                lines.append(StyledLine("  and \(stats.reviews.count - 4) more", role: .muted))
            }
        }
        if !stats.topMistakes.isEmpty {
            lines.append(.blank)
            lines.append(StyledLine("Mistakes seen most:", role: .muted, strong: true))
            for mistake in stats.topMistakes {
                lines.append(StyledLine("  \(mistake.name) ×\(mistake.count)", role: .wrong))
            }
        }
        return lines.map { $0.folded(ascii: ascii) }
    }

    /// "due now", "due today", "due tomorrow", "due in 3 days".
    static func dueText(_ due: Int64, now: Int64) -> String {
        guard due > now else { return "due now" }
        let (ahead, overflow) = due.subtractingReportingOverflow(now)
        let days = overflow ? Int64.max / 86_400 : ahead / 86_400 + (ahead % 86_400 > 0 ? 1 : 0)
        switch days {
        case 1 where due / 86_400 == now / 86_400: return "due today"
        case 1: return "due tomorrow"
        default: return "due in \(days) days"
        }
    }

    /// The lines as plain text.
    public static func text(_ stats: PracticeStats, ascii: Bool) -> String {
        lines(stats, ascii: ascii).map(\.text).joined(separator: "\n")
    }

    /// A bar of `barWidth` cells filled in proportion to `fraction`.
    static func bar(_ fraction: Double) -> String {
        let filled = min(barWidth, max(0, Int(fraction * Double(barWidth) + 0.5)))
        return String(repeating: "█", count: filled) + String(repeating: "░", count: barWidth - filled)
    }

    /// A sparkline of counts, one character per value; a day without answers is a space.
    static func sparkline(_ values: [Int]) -> String {
        let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        let top = max(1, values.max() ?? 1)
        return String(values.map { value in value == 0 ? " " : levels[min(levels.count - 1, (value * levels.count - 1) / top)] })
    }
}
