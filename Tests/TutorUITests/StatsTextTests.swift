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
            _ = state.update(.key(.character("3")))
            _ = state.update(.statsLoaded(stats))
            let screen = AppRenderer.frame(state).text
            let shell = StatsText.text(stats, ascii: ascii)
            for line in shell.split(separator: "\n") { #expect(screen.contains(" " + line), "\(line)") }
            if ascii { #expect(shell.allSatisfy(\.isASCII) && shell.contains("###-------  30%   #####----- 1/2")) }
        }
    }
}
