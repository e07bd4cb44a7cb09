import Testing
import StyledText
import Tutor
import TutorUI

@Suite("the statistics drawn from their rows")
struct StatsTextTests {
    static func stats() -> PracticeStats {
        let day: Int64 = 20_000 * 86_400
        var attempts: [AttemptSummary] = []
        for index in 0..<6 {
            let skill: Skill = index < 4 ? .conv2d : .grouped
            let mistake: MisconceptionID? = index == 5 ? .ignoredGroups : nil
            attempts.append(AttemptSummary(time: day + Int64(index), skill: skill, correct: mistake == nil,
                                           misconception: mistake, secondsTaken: 12, attempt: 1))
        }
        return PracticeStats(attempts: attempts, mastery: [.conv2d: 0.97, .grouped: 0.3], now: day + 60)
    }

    @Test("each skill row shows its name plain and its bars in the colour of its mastery")
    func skillRows() throws {
        let lines = StatsText.lines(Self.stats(), ascii: false)
        let conv = try #require(lines.first { $0.text.hasPrefix("conv2d ") })
        #expect(conv.runs.first?.role == .plain && conv.runs.first?.text.hasPrefix("conv2d") == true)
        #expect(conv.runs.last?.role == .correct)
        #expect(conv.text.hasSuffix("██████████  97%   ██████████ 4/4"))
        let grouped = try #require(lines.first { $0.text.hasPrefix("grouped ") })
        #expect(grouped.runs.last?.role == .kernel)
        #expect(grouped.text.contains(" 30%") && grouped.text.hasSuffix(" 1/2"))
        let mistake = try #require(lines.last)
        #expect(mistake.runs.map(\.role) == [.wrong])
        #expect(mistake.text == "  \(Misconception(.ignoredGroups).name) ×1")
        #expect(!lines.contains { $0.text.hasPrefix("conv1d") }, "skills never answered have no row")
    }

    @Test("the shell prints the same rows the screen shows, folded alike in ASCII")
    func shellMatchesScreen() {
        let stats = Self.stats()
        for ascii in [false, true] {
            var state = AppState(size: Size(columns: 100, rows: 30), quizSettings: QuizSettings(seed: 1), asciiOnly: ascii)
            _ = state.update(.key(.character("4")))
            _ = state.update(.statsLoaded(stats))
            let screen = AppRenderer.frame(state).text
            let shell = StatsText.text(stats, ascii: ascii)
            for line in shell.split(separator: "\n") { #expect(screen.contains(" " + line), "\(line)") }
            if ascii { #expect(shell.allSatisfy(\.isASCII) && shell.contains("###-------  30%   #####----- 1/2")) }
        }
    }
}

@Suite("the stats say which reviews are due when")
struct StatsReviewTests {
    @Test("mastered skills are listed soonest first: due now, today, tomorrow, in N days; more than four are counted")
    func reviews() {
        let now: Int64 = 20_000 * 86_400 + 3_600
        let due: [Skill: Int64] = [.conv2d: now - 10, .conv1d: now + 7 * 86_400, .grouped: now + 86_400 + 60,
                                   .conv2dNoBias: now + 600, .macs: Int64.max, .conv3d: now + 30 * 86_400]
        let stats = PracticeStats(attempts: [], mastery: [:], now: now, reviewDue: due)
        #expect(stats.reviews.map(\.skill) == [.conv2d, .conv2dNoBias, .grouped, .conv1d, .conv3d, .macs])
        let text = StatsText.text(stats, ascii: false)
        let rows = text.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
        #expect(rows.contains("conv2d due now"))
        #expect(rows.contains("conv2d-nobias due today"))
        #expect(rows.contains("grouped due in 2 days"))
        #expect(rows.contains("conv1d due in 7 days"))
        #expect(rows.contains("and 2 more"))
    }
}
