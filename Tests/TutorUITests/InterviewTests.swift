import Testing
import Tutor
import TutorUI
import TestSupport

@Suite("interview mode, with the clock driven by the test")
struct InterviewTests {
    static func send(_ events: [AppEvent], to state: inout AppState) -> [AppEffect] {
        events.flatMap { state.update($0) }
    }

    @Test("a timed round: one try each, no hints, a countdown, a report with walkthroughs of the misses")
    func round() throws {
        var state = AppState(size: Size(columns: 80, rows: 24), interviewSeed: 9, minutes: 2)
        _ = Self.send([.tick(1000)], to: &state)
        #expect(AppRenderer.frame(state).text.contains("2:00 left"))

        let first = try #require(state.session?.question)
        var effects = Self.send([.tick(1012)] + typing(String(first.answer)) + [.key(.enter)], to: &state)
        guard case .record(let record, let seconds, let mode) = effects.first else { Issue.record("not recorded"); return }
        #expect(record.correct && mode == .interview && seconds == 12)
        _ = Self.send([.key(.enter)], to: &state)

        _ = Self.send([.key(.character("h"))], to: &state)
        #expect(state.session?.hintsUsed == 0)
        let second = try #require(state.session?.question)
        effects = Self.send([.tick(1030)] + typing(String(second.answer + 1)) + [.key(.enter)], to: &state)
        #expect(state.session?.isSettled == true, "one try only")
        #expect(effects.count == 1)
        #expect(AppRenderer.frame(state).text.contains("1:30 left"))

        _ = Self.send([.key(.enter), .tick(1121)], to: &state)
        #expect(state.screen == .interviewReport(selected: 0))
        let report = AppRenderer.frame(state).text
        #expect(report.contains("Right: 1 of 2"))
        #expect(report.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains("You said \(second.answer + 1)"))
        _ = Self.send([.key(.enter)], to: &state)
        #expect(state.screen == .walkthrough(step: 0))
        #expect(AppRenderer.frame(state).text.contains(state.interview?.missed.first?.derivation.headline.prefix(20) ?? "?"))
        _ = Self.send([.key(.escape)], to: &state)
        #expect(state.screen == .interviewReport(selected: 0))
        #expect(state.update(.key(.character("q"))) == [.quit])
    }

    @Test("the interview mixes parameters, output shapes and multiply-accumulates at interview difficulty")
    func mix() {
        let settings = QuizSettings.interview(seed: 1)
        #expect(settings.skills.contains(.outputShape) && settings.skills.contains(.macs) && settings.skills.contains(.conv2d))
        #expect(settings.retries == 0 && !settings.allowsHints && settings.difficulty == .interview)
    }
}

@Suite("the stats screen")
struct StatsScreenTests {
    @Test("mastery and accuracy bars, streaks, mistakes and time per question", arguments: [Size(columns: 80, rows: 24), Size(columns: 120, rows: 40)])
    func stats(_ size: Size) {
        var model = LearnerModel()
        var attempts: [AttemptSummary] = []
        let day: Int64 = 20_000 * 86_400
        for index in 0..<12 {
            let skill: Skill = index < 8 ? .conv2d : .grouped
            let correct = index < 8 || index == 10
            model.record(skill, correct: correct, firstTry: true)
            attempts.append(AttemptSummary(time: day - Int64((11 - index) / 4) * 86_400 + Int64(index), skill: skill, correct: correct,
                                           misconception: correct ? nil : .ignoredGroups, secondsTaken: Double(10 + index), attempt: 1))
        }
        var mastery: [Skill: Double] = [:]
        for skill in Skill.allCases { mastery[skill] = model.mastery(of: skill) }
        let stats = PracticeStats(attempts: attempts, mastery: mastery, now: day + 3_600)
        #expect(stats.bestStreak == 8)
        #expect(stats.topMistakes.first?.id == .ignoredGroups && stats.topMistakes.first?.count == 3)
        #expect(stats.medianSeconds == 15.5)
        #expect(stats.answersPerDay.suffix(3) == [4, 4, 4])
        var state = AppState(size: size, quizSettings: QuizSettings(seed: 1))
        #expect(state.update(.key(.character("4"))) == [.loadStats])
        _ = state.update(.statsLoaded(stats))
        let text = AppRenderer.frame(state).text
        #expect(text.contains("(best 8)"))
        #expect(text.contains("conv2d") && text.contains("grouped"))
        #expect(text.contains("8/8") && text.contains("1/4"))
        assertSnapshot(text, named: "stats-\(size.columns)x\(size.rows)")
    }
}
