import Testing
import Tutor

@Suite("the statistics as rows")
struct PracticeStatsRowTests {
    static let day: Int64 = 20_000 * 86_400

    static func attempt(_ skill: Skill, correct: Bool, at offset: Int64, mistake: MisconceptionID? = nil, seconds: Double = 10) -> AttemptSummary {
        AttemptSummary(time: day + offset, skill: skill, correct: correct, misconception: mistake, secondsTaken: seconds, attempt: 1)
    }

    @Test("one row per practised skill, in curriculum order, with its counts and mastery")
    func skillRows() {
        let attempts = [
            Self.attempt(.grouped, correct: false, at: 1, mistake: .ignoredGroups),
            Self.attempt(.conv2d, correct: true, at: 2),
            Self.attempt(.conv2d, correct: true, at: 3),
            Self.attempt(.grouped, correct: true, at: 4),
            Self.attempt(.conv2d, correct: false, at: 5, mistake: .forgotBiases),
        ]
        let stats = PracticeStats(attempts: attempts, mastery: [.conv2d: 0.96, .grouped: 0.404], now: Self.day + 60)
        #expect(stats.skills.count == Skill.allCases.count)
        let rows = stats.practisedSkills
        #expect(rows.map(\.skill) == Skill.allCases.filter { [.conv2d, .grouped].contains($0) })
        let conv = rows.first { $0.skill == .conv2d }
        #expect(conv?.answered == 3 && conv?.correct == 2 && conv?.isMastered == true && conv?.masteryPercent == 96)
        let grouped = rows.first { $0.skill == .grouped }
        #expect(grouped?.accuracy == 0.5 && grouped?.isMastered == false && grouped?.masteryPercent == 40)
    }

    @Test("mistake rows count each misconception, most frequent first, ties by name of the id")
    func mistakeRows() {
        let attempts = [
            Self.attempt(.conv2d, correct: false, at: 1, mistake: .forgotBiases),
            Self.attempt(.grouped, correct: false, at: 2, mistake: .ignoredGroups),
            Self.attempt(.grouped, correct: false, at: 3, mistake: .ignoredGroups),
        ]
        let stats = PracticeStats(attempts: attempts, mastery: [:], now: Self.day)
        #expect(stats.topMistakes.map(\.id) == [.ignoredGroups, .forgotBiases])
        #expect(stats.topMistakes.map(\.count) == [2, 1])
        #expect(stats.topMistakes.first?.name == Misconception(.ignoredGroups).name)
    }

    @Test("the headline values: streaks and the median time, rounded to whole seconds")
    func headline() {
        let attempts = [
            Self.attempt(.conv2d, correct: true, at: 1, seconds: 4),
            Self.attempt(.conv2d, correct: true, at: 2, seconds: 7),
            Self.attempt(.conv2d, correct: false, at: 3, seconds: 8),
            Self.attempt(.conv2d, correct: true, at: 4, seconds: 30),
        ]
        let stats = PracticeStats(attempts: attempts, mastery: [:], now: Self.day)
        #expect(stats.bestStreak == 2 && stats.currentStreak == 1 && stats.totalAnswers == 4)
        #expect(stats.medianSeconds == 7.5 && stats.medianWholeSeconds == 8)
        #expect(PracticeStats(attempts: [], mastery: [:], now: Self.day).medianWholeSeconds == nil)
    }
}
