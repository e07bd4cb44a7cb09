import Testing
import Tutor
import TutorUI

/// Keys that change how a question is asked keep the session; keys that give up a question say so;
/// an interview offers only what it allows.
@Suite("a session keeps its state through g, w and an interview's q")
struct SessionContinuityTests {
    @discardableResult
    static func send(_ events: [AppEvent], to state: inout AppState) -> [AppEffect] {
        events.flatMap { state.update($0) }
    }

    @Test("g at question 2 keeps the score, the question and the count; the summary counts every answer")
    func guidedToggleKeepsTheSession() throws {
        var state = AppUpdateTests.quizState()
        let first = try #require(state.session?.question.answer)
        Self.send(typing(String(first)) + [.key(.enter), .key(.enter)], to: &state)
        let before = try #require(state.session)
        #expect(before.number == 2 && before.score.points > 0)

        Self.send([.key(.character("g"))], to: &state)
        let guided = try #require(state.session)
        #expect(guided.number == 2)
        #expect(guided.score == before.score)
        #expect(guided.question == before.question)
        #expect(guided.isGuided)
        #expect(AppRenderer.frame(state).text.contains("Step 1 of"))

        Self.send([.key(.character("g"))], to: &state)
        let plain = try #require(state.session)
        #expect(!plain.isGuided && plain.number == 2 && plain.score == before.score)
        #expect(plain.currentAsk == plain.question.ask)
        Self.send([.key(.character("q"))], to: &state)
        #expect(AppRenderer.frame(state).text.contains("1 of 1") || AppRenderer.frame(state).text.contains("Right: 1"))
    }

    @Test("? and a resize keep the session, its score and the answer being typed")
    func helpAndResizeKeepTheSession() throws {
        var state = AppUpdateTests.quizState()
        let first = try #require(state.session?.question.answer)
        Self.send(typing(String(first)) + [.key(.enter), .key(.enter)] + typing("12"), to: &state)
        let before = try #require(state.session)
        Self.send([.key(.character("?"))], to: &state)
        #expect(state.helpVisible)
        Self.send([.key(.character("x")), .resize(Size(columns: 120, rows: 40)), .resize(Size(columns: 80, rows: 24))], to: &state)
        #expect(!state.helpVisible)
        #expect(state.session == before)
        #expect(state.field.text == "12")
        #expect(state.screen == .quiz)
    }

    @Test("w after a first wrong answer says the question now counts as missed, before and after")
    func walkthroughAfterAWrongAnswerSaysSo() throws {
        var state = AppUpdateTests.quizState()
        let answer = try #require(state.session?.question.answer)
        Self.send(typing(String(answer + 1)) + [.key(.enter)], to: &state)
        #expect(AppRenderer.frame(state).text.contains("counts as missed"), "the retry line says what w costs")
        Self.send([.key(.character("w"))], to: &state)
        #expect(state.screen == .walkthrough(step: 0))
        Self.send([.key(.escape)], to: &state)
        let text = AppRenderer.frame(state).text
        #expect(text.contains("The walkthrough shows the answer, so this question counts as missed."))
        #expect(state.session?.isSettled == true)
    }

    @Test("an interview's wrong answer offers no hint or walkthrough, and q asks before ending the round")
    func interviewOffersOnlyWhatItAllows() throws {
        var state = AppState(size: Size(columns: 100, rows: 30), interviewSeed: 9, minutes: 5)
        Self.send([.tick(1000)], to: &state)
        Self.send(typing("7") + [.key(.enter)], to: &state)
        let text = AppRenderer.frame(state).text
        #expect(state.session?.isSettled == true)
        #expect(!text.contains("w: walkthrough") && !text.contains("h shows"), "\(text)")
        #expect(text.contains("Enter: next question"))

        Self.send([.key(.enter), .key(.character("q"))], to: &state)
        #expect(state.screen == .quiz, "one q only asks")
        #expect(AppRenderer.frame(state).text.contains("Press q again"))
        Self.send(typing("1"), to: &state)
        #expect(state.screen == .quiz && state.field.text == "1", "any other key carries on, and is taken as typed")
        Self.send([.key(.character("q"))], to: &state)
        #expect(state.screen == .quiz)
        Self.send([.key(.character("q"))], to: &state)
        #expect(state.screen == .interviewReport(selected: 0))
    }

    @Test("a missed interview question's walkthrough is titled with its own skill and returns to its row")
    func reportWalkthroughHasItsOwnSkill() throws {
        var state = AppState(size: Size(columns: 100, rows: 30), interviewSeed: 4, minutes: 10)
        Self.send([.tick(1000)], to: &state)
        var skills: [Skill] = []
        for _ in 0..<4 {
            let question = try #require(state.session?.question)
            skills.append(question.skill)
            Self.send(typing(String(question.answer + 1)) + [.key(.enter), .key(.enter)], to: &state)
        }
        let last = try #require(state.session?.question.skill)
        Self.send([.key(.character("q")), .key(.character("q"))], to: &state)
        let missed = try #require(state.interview?.missed)
        #expect(missed.count == 4)
        let row = try #require(missed.indices.first { missed[$0].question.skill != last },
                               "seed 4 asks a skill other than the last one on screen")
        Self.send(Array(repeating: AppEvent.key(.down), count: row) + [.key(.enter)], to: &state)
        #expect(state.screen == .walkthrough(step: 0))
        let frame = AppRenderer.frame(state)
        let title = frame.text.split(separator: "\n").first.map(String.init) ?? ""
        #expect(title.hasSuffix(missed[row].question.skill.rawValue), "\(title)")
        Self.send([.key(.escape)], to: &state)
        #expect(state.screen == .interviewReport(selected: row))
    }

    @Test("the first question of a session started straight into the quiz is timed from the first tick, not from 0")
    func firstQuestionTimedFromTheClock() throws {
        var state = AppUpdateTests.quizState()
        Self.send([.tick(86_400)], to: &state)
        let answer = try #require(state.session?.question.answer)
        let effects = Self.send([.tick(86_407)] + typing(String(answer)) + [.key(.enter)], to: &state)
        guard case .record(_, let seconds, _) = effects.first else { Issue.record("not recorded"); return }
        #expect(seconds == 7)
    }
}

/// "Right" is right at the first try everywhere; a right retry is counted apart.
@Suite("one definition of right")
struct RightFirstTimeTests {
    @Test("a right retry counts on the retry, not as right, in the session summary on screen and in plain mode")
    func retryIsCountedApart() throws {
        var state = AppUpdateTests.quizState()
        let first = try #require(state.session?.question.answer)
        SessionContinuityTests.send(typing(String(first + 1)) + [.key(.enter)] + typing(String(first)) + [.key(.enter), .key(.enter)],
                                    to: &state)
        let second = try #require(state.session?.question.answer)
        SessionContinuityTests.send(typing(String(second)) + [.key(.enter), .key(.character("q"))], to: &state)
        let score = try #require(state.session?.score)
        #expect(score.rightFirstTime == 1 && score.rightOnRetry == 1 && score.answered == 2)
        #expect(AppRenderer.frame(state).text.contains("1 of 2 right first time, 1 on the retry"))

        var plain = PlainQuiz(settings: QuizSettings(seed: 1, skills: [.conv2d], count: 1), pauses: false)
        let answer = plain.session.question.answer
        _ = plain.handle(String(answer + 1))
        let end = plain.handle(String(answer)).output
        #expect(end.contains("0 of 1 right first time, 1 on the retry"), "\(end)")
    }

    @Test("stats rows count questions at the first try: retries and guided steps are not questions")
    func statsCountQuestions() {
        let rows = [
            AttemptSummary(time: 10, skill: .conv2d, correct: false, misconception: nil, secondsTaken: 5, attempt: 1),
            AttemptSummary(time: 11, skill: .conv2d, correct: true, misconception: nil, secondsTaken: 3, attempt: 2),
            AttemptSummary(time: 12, skill: .conv2d, correct: true, misconception: nil, secondsTaken: 2, attempt: 1, isStep: true),
            AttemptSummary(time: 13, skill: .conv2d, correct: true, misconception: nil, secondsTaken: 9, attempt: 1),
        ]
        let stats = PracticeStats(attempts: rows, mastery: [:], now: 100)
        let row = stats.skills.first { $0.skill == .conv2d }
        #expect(row?.answered == 2 && row?.correct == 1)
        #expect(stats.questionCount == 2 && stats.totalAnswers == 4)
        #expect(stats.bestStreak == 1)
        #expect(stats.medianSeconds == 7)
    }
}

@Suite("guided mode's fallback speaks of the step")
struct GuidedFallbackTests {
    @Test("an unrecognised answer to a guided step names that step, not the question's first, and offers no hints")
    func stepFallback() throws {
        var state = AppUpdateTests.quizState()
        SessionContinuityTests.send([.key(.character("g"))], to: &state)
        let first = try #require(state.session?.guidedSteps.first)
        SessionContinuityTests.send(typing("99") + [.key(.enter)], to: &state)
        guard case .wrong(let message, true) = state.feedback else { Issue.record("\(String(describing: state.feedback))"); return }
        #expect(message.contains("for this step"))
        #expect(message.lowercased().contains(first.title.lowercased()))
        #expect(!message.contains("h shows"), "hints are not offered in guided mode")
        #expect(!message.contains(String(first.result ?? -1)) || first.result == 99, "the step's number is kept back")
    }
}

@Suite("the menu's Continue says what it will do, and does it")
struct ContinueTests {
    static let day: Int64 = 86_400

    @Test("reviews due come first: Continue says how many and starts a quiz that asks them, most overdue first")
    func reviewsFirst() throws {
        var learner = LearnerModel()
        var time: Int64 = 20_000 * Self.day
        for skill in [Skill.conv2d, .conv2dNoBias] {
            while !learner.isSecure(skill) {
                learner.record(skill, correct: true, firstTry: true, at: time)
                time += 30
            }
        }
        learner.now = time + 7 * Self.day
        let lessons = try LessonAndDemoScreenTests.lessons()
        var progress: [String: LessonProgress] = [:]
        var done = LessonProgress()
        done.practiceAnswered = 3
        progress[lessons[0].id] = done
        var state = AppState(size: Size(columns: 80, rows: 24), quizSettings: QuizSettings(seed: 5), lessons: lessons)
        state.learner = learner
        state.lessonProgress = progress
        #expect(state.studyPlan.summary == "2 skills due for review · lesson 2 next")
        #expect(AppRenderer.frame(state).text.contains("2 skills due for review · lesson 2 next"))
        SessionContinuityTests.send([.key(.enter)], to: &state)
        #expect(state.screen == .quiz)
        #expect(state.session?.question.skill == .conv2d, "the most overdue review first")
    }

    @Test("nothing due: Continue opens the first lesson not practised; everything done: practice")
    func nextLessonThenPractice() throws {
        let lessons = try LessonAndDemoScreenTests.lessons()
        var state = AppState(size: Size(columns: 80, rows: 24), quizSettings: QuizSettings(seed: 5), lessons: lessons)
        var done = LessonProgress()
        done.practiceAnswered = 1
        state.lessonProgress = [lessons[0].id: done, lessons[1].id: done]
        #expect(state.studyPlan.step == .lesson(index: 2))
        SessionContinuityTests.send([.key(.character("1"))], to: &state)
        #expect(state.screen == .lesson(index: 2, scroll: 0))

        var finished = AppState(size: Size(columns: 80, rows: 24), quizSettings: QuizSettings(seed: 5), lessons: lessons)
        for lesson in lessons { finished.lessonProgress[lesson.id] = done }
        #expect(finished.studyPlan.step == .practice)
        #expect(finished.studyPlan.summary == "Practice chosen from your progress")
        SessionContinuityTests.send([.key(.enter)], to: &finished)
        #expect(finished.screen == .quiz)
    }
}
