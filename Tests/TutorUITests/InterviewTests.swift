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

    @Test("the interview mixes every kind at interview difficulty, one try, no hints")
    func mix() {
        let settings = QuizSettings.interview(seed: 1)
        #expect(settings.skills.isEmpty && settings.draw == .interviewMix)
        #expect(settings.retries == 0 && !settings.allowsHints && settings.difficulty == .interview)
    }

    /// A round where the first two questions are answered wrong and the third right, then ended.
    static func roundWithMisses(seed: UInt64 = 9) throws -> (state: AppState, effects: [AppEffect], asked: [Question]) {
        var state = AppState(size: Size(columns: 80, rows: 24), interviewSeed: seed, minutes: 10)
        _ = send([.tick(0)], to: &state)
        var asked: [Question] = []
        for (index, offset) in [1, 2, 0].enumerated() {
            let question = try #require(state.session?.question)
            asked.append(question)
            _ = send([.tick(Double(10 * (index + 1)))] + typing(String(question.answer + offset)) + [.key(.enter), .key(.enter)],
                     to: &state)
        }
        let effects = send([.key(.character("q")), .key(.character("q"))], to: &state)
        return (state, effects, asked)
    }

    @Test("the report breaks the score down by kind and lists the missed questions to retry, each with its kind")
    func reportByKind() throws {
        let (state, effects, asked) = try Self.roundWithMisses()
        #expect(state.screen == .interviewReport(selected: 0))
        #expect(effects == [.keepMissed(asked.prefix(2).map(\.reference), round: 9)])
        let report = AppRenderer.frame(state).text
        let words = report.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("By kind:"))
        for score in state.interview?.byKind ?? [] {
            #expect(words.contains(score.text), "\(score.text)")
        }
        #expect(state.interview?.byKind.map(\.asked).reduce(0, +) == 3)
        #expect(state.interview?.byKind.map(\.right).reduce(0, +) == 1)
        #expect(words.contains("Retry these (convtutor interview --retry-missed)"))
        #expect(words.contains("[\(asked[0].skill.rawValue)] \(asked[0].sentence.split(separator: " ").prefix(3).joined(separator: " "))"))
        #expect(words.contains("[\(asked[1].skill.rawValue)]"))
    }

    @Test("a missed question's walkthrough is labelled with its own kind, not the kind of the question on screen")
    func walkthroughKind() throws {
        var (state, _, asked) = try Self.roundWithMisses()
        #expect(asked[1].skill != asked[2].skill)
        _ = Self.send([.key(.down), .key(.enter)], to: &state)
        #expect(state.screen == .walkthrough(step: 0))
        let screen = AppRenderer.frame(state).text
        let title = (screen.split(separator: "\n").first.map(String.init) ?? "").split(separator: " ").last.map(String.init)
        #expect(title == asked[1].skill.rawValue, "\(screen)")
        #expect(screen.contains(asked[1].derivation.steps[0].title))
    }

    @Test("a retry round asks the missed questions, in order, and its report follows the last one")
    func retryRound() throws {
        let (_, effects, _) = try Self.roundWithMisses()
        guard case .keepMissed(let missed, let seed) = effects.first else { Issue.record("nothing kept"); return }
        let settings = try #require(QuizSettings.retry(missed, seed: seed))
        var state = AppState(size: Size(columns: 80, rows: 24), interview: settings, minutes: 10)
        _ = Self.send([.tick(0)], to: &state)
        var asked: [Question] = []
        var last: [AppEffect] = []
        for _ in missed {
            let question = try #require(state.session?.question)
            asked.append(question)
            last = Self.send(typing(String(question.answer)) + [.key(.enter), .key(.enter)], to: &state)
        }
        #expect(asked.map(\.reference) == missed)
        #expect(state.screen == .interviewReport(selected: 0))
        #expect(last.last == .keepMissed([], round: seed), "a clean retry leaves nothing to retry")
        #expect(AppRenderer.frame(state).text.contains("Nothing missed."))
    }

    @Test("a long list of misses scrolls to keep the chosen one in view at 80×24")
    func longReport() throws {
        var state = AppState(size: Size(columns: 80, rows: 24), interviewSeed: 3, minutes: 60)
        _ = Self.send([.tick(0)], to: &state)
        for _ in 0..<14 {
            let question = try #require(state.session?.question)
            _ = Self.send(typing(String(question.answer + 1)) + [.key(.enter), .key(.enter)], to: &state)
        }
        _ = Self.send([.key(.character("q")), .key(.character("q"))], to: &state)
        let missed = state.interview?.missed ?? []
        #expect(missed.count == 14)
        #expect(AppRenderer.frame(state).text.contains("more below"))
        for _ in 0..<13 { _ = Self.send([.key(.down)], to: &state) }
        let bottom = AppRenderer.frame(state).text
        #expect(bottom.contains("more above") && !bottom.contains("more below"))
        let words = bottom.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("You said \(missed[13].question.answer + 1);"))
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

    @Test("with every skill practised, the statistics scroll at 80×24 down to their last line")
    func scrolls() {
        let attempts = Skill.allCases.enumerated().map { index, skill in
            AttemptSummary(time: Int64(index), skill: skill, correct: false, misconception: .forgotBiases, secondsTaken: 5, attempt: 1)
        }
        let stats = PracticeStats(attempts: attempts, mastery: [:], now: 100)
        var state = AppState(size: Size(columns: 80, rows: 24), quizSettings: QuizSettings(seed: 1))
        _ = state.update(.key(.character("4")))
        _ = state.update(.statsLoaded(stats))
        let last = StatsText.lines(stats, ascii: false).last { !$0.text.isEmpty }?.text ?? "?"
        #expect(!AppRenderer.frame(state).text.contains(last))
        #expect(AppRenderer.frame(state).text.contains("scroll"))
        var pressed = 0
        while state.statsScroll < 40, pressed < 40 {
            let before = state.statsScroll
            _ = state.update(.key(.down))
            pressed += 1
            if state.statsScroll == before { break }
        }
        let bottom = AppRenderer.frame(state).text
        #expect(bottom.contains(last), "\(bottom)")
        #expect(bottom.contains(Skill.allCases.last?.rawValue ?? "?"))
        _ = state.update(.key(.up))
        #expect(state.statsScroll == pressed - 2)
    }
}
