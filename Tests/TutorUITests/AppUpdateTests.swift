import Testing
import Tutor
import TutorUI

@Suite("the app's state machine, without a terminal")
struct AppUpdateTests {
    static func quizState(seed: UInt64 = 1, size: Size = Size(columns: 80, rows: 24)) -> AppState {
        AppState(size: size, quizSettings: QuizSettings(seed: seed, skills: [.conv2d], count: 5), startInQuiz: true)
    }

    @discardableResult
    static func send(_ events: [AppEvent], to state: inout AppState) -> [AppEffect] {
        events.flatMap { state.update($0) }
    }

    @Test("a right answer scores, extends the streak and is recorded")
    func rightAnswer() throws {
        var state = Self.quizState()
        let answer = try #require(state.session?.question.answer)
        let effects = Self.send(typing(String(answer)) + [.key(.enter)], to: &state)
        let session = try #require(state.session)
        #expect(session.score.points > 0)
        #expect(session.score.streak == 1)
        guard case .correct = state.feedback else { Issue.record("expected Correct, got \(String(describing: state.feedback))"); return }
        #expect(effects.count == 1)
        guard case .record(let record, _, let mode) = effects.first else { Issue.record("expected a record effect"); return }
        #expect(mode == .quiz)
        #expect(record.correct && record.value == answer)
        #expect(AppRenderer.frame(state).text.contains("Score: \(session.score.points)"))
    }

    @Test("an answer that leaves out the biases is diagnosed, and one retry is allowed")
    func forgotBiases() throws {
        var state = Self.quizState()
        let wrong = try #require(state.session?.question.distractors[.forgotBiases])
        Self.send(typing(String(wrong)) + [.key(.enter)], to: &state)
        guard case .wrong(let message, let canRetry) = state.feedback else {
            Issue.record("expected a diagnosis, got \(String(describing: state.feedback))"); return
        }
        #expect(canRetry)
        #expect(message.contains(NumberFormat.grouped(wrong)) || message.contains(String(wrong)))
        #expect(state.session?.score.streak == 0)
        #expect(state.field.isEmpty)
    }

    @Test("input that is not a number keeps what was typed and says why")
    func invalidInput() {
        var state = Self.quizState()
        Self.send(typing("12+") + [.key(.enter)], to: &state)
        guard case .invalid = state.feedback else { Issue.record("expected an in-place message"); return }
        #expect(state.field.text == "12+")
    }

    @Test("the answer field edits like a line editor")
    func editing() {
        var state = Self.quizState()
        Self.send(typing("1234") + [.key(.left), .key(.left), .key(.backspace), .key(.character("9")), .key(.home),
                                    .key(.delete), .key(.end), .key(.character("0"))], to: &state)
        #expect(state.field.text == "9340")
        Self.send([.key(.control("u"))], to: &state)
        #expect(state.field.isEmpty)
    }

    @Test("the walkthrough steps forward and back and returns to the question")
    func walkthrough() throws {
        var state = Self.quizState()
        Self.send([.key(.character("w"))], to: &state)
        #expect(state.screen == .walkthrough(step: 0))
        Self.send([.key(.right), .key(.right), .key(.left)], to: &state)
        #expect(state.screen == .walkthrough(step: 1))
        let steps = try #require(state.session?.derivation.steps.count)
        Self.send(Array(repeating: .key(.right), count: steps + 2), to: &state)
        #expect(state.screen == .walkthrough(step: steps - 1))
        Self.send([.key(.escape)], to: &state)
        #expect(state.screen == .quiz)
        #expect(state.session?.isSettled == true)
    }

    @Test("Ctrl-C quits from every screen")
    func controlC() {
        var state = Self.quizState()
        #expect(state.update(.key(.control("c"))) == [.quit])
        state.helpVisible = true
        #expect(state.update(.key(.control("c"))) == [.quit])
        var menu = AppState(size: Size(columns: 80, rows: 24), quizSettings: QuizSettings(seed: 1))
        #expect(menu.update(.key(.control("c"))) == [.quit])
    }

    @Test("a terminal below 60×18 says how big it must be, and recovers when enlarged")
    func tooSmall() {
        var state = Self.quizState()
        Self.send([.resize(Size(columns: 50, rows: 15))], to: &state)
        let small = AppRenderer.frame(state).text
        #expect(small.contains("50×15"))
        #expect(small.contains("60×18"))
        Self.send([.resize(Size(columns: 80, rows: 24))], to: &state)
        #expect(AppRenderer.frame(state).text.contains("Answer"))
    }

    @Test("? opens the help, which lists every key, and any key closes it")
    func help() {
        var state = Self.quizState()
        Self.send([.key(.character("?"))], to: &state)
        let text = AppRenderer.frame(state).text
        for key in ["Enter", "hint", "walkthrough", "PyTorch", "guided", "Ctrl-C", "Esc"] {
            #expect(text.contains(key), "help must mention \(key)")
        }
        Self.send([.key(.character("x"))], to: &state)
        #expect(!state.helpVisible)
        #expect(state.field.isEmpty, "the key that closes the help does not type")
    }

    @Test("the menu opens the lessons, the stats and the quiz")
    func menu() {
        var state = AppState(size: Size(columns: 80, rows: 24), quizSettings: QuizSettings(seed: 3))
        Self.send([.key(.down), .key(.down), .key(.enter)], to: &state)
        #expect(state.screen == .lessonList(selected: 0))
        _ = state.update(.key(.escape))
        #expect(state.update(.key(.character("4"))) == [.loadStats])
        #expect(state.screen == .stats)
        Self.send([.key(.character(" ")), .key(.character("2"))], to: &state)
        #expect(state.screen == .quiz)
        #expect(state.session != nil)
    }

    @Test("the last question leads to the summary, which shows the seed to replay")
    func summary() throws {
        var state = AppState(size: Size(columns: 80, rows: 24), quizSettings: QuizSettings(seed: 42, skills: [.conv2d], count: 2),
                             startInQuiz: true)
        for _ in 0..<2 {
            let answer = try #require(state.session?.question.answer)
            Self.send(typing(String(answer)) + [.key(.enter), .key(.enter)], to: &state)
        }
        #expect(state.screen == .summary)
        let text = AppRenderer.frame(state).text
        #expect(text.contains("2 of 2 right first time"))
        #expect(text.contains("--seed 42"))
    }
}

@Suite("guided mode")
struct GuidedModeTests {
    @Test("g asks each step in turn; a wrong step is diagnosed and retried; all right scores the question, less for the retry")
    func guided() throws {
        var state = AppState(size: Size(columns: 80, rows: 24), quizSettings: QuizSettings(seed: 4, skills: [.conv2d]),
                             startInQuiz: true)
        _ = state.update(.key(.character("g")))
        let session = try #require(state.session)
        #expect(session.isGuided)
        let steps = session.guidedSteps
        #expect(steps.map(\.kind) == [.kernelDepth, .weightsPerKernel, .allWeights, .biases, .total])
        #expect(AppRenderer.frame(state).text.contains("Step 1 of 5"))

        let filters = try #require(steps.first { $0.kind == .biases }?.result)
        for event in typing(String(filters)) + [.key(.enter)] { _ = state.update(event) }
        guard case .wrong(let message, let canRetry) = state.feedback else { Issue.record("expected a diagnosis"); return }
        #expect(canRetry && !message.isEmpty)

        for step in steps {
            for event in typing(String(step.result ?? 0)) + [.key(.enter)] { _ = state.update(event) }
        }
        guard case .correct(let points, _) = state.feedback else {
            Issue.record("expected Correct, got \(String(describing: state.feedback))")
            return
        }
        #expect(points < Scoring.maximum, "a step that needed a retry costs points")
    }
}
