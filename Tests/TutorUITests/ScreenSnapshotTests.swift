import Testing
import Tutor
import TutorUI
import TestSupport

/// Frames of every screen, rendered without a terminal and compared with snapshot files.
@Suite("screens as snapshots")
struct ScreenSnapshotTests {
    static let sizes = [Size(columns: 80, rows: 24), Size(columns: 120, rows: 40)]

    static func quiz(_ size: Size) -> AppState {
        AppState(size: size, quizSettings: QuizSettings(seed: 11, skills: [.conv2d], count: 3), startInQuiz: true)
    }

    static func send(_ events: [AppEvent], to state: inout AppState) {
        for event in events { _ = state.update(event) }
    }

    static func name(_ screen: String, _ size: Size) -> String {
        "\(screen)-\(size.columns)x\(size.rows)"
    }

    @Test("the menu and the help", arguments: sizes)
    func menu(_ size: Size) {
        var state = AppState(size: size, quizSettings: QuizSettings(seed: 11))
        assertSnapshot(AppRenderer.frame(state).text, named: Self.name("menu", size))
        Self.send([.key(.character("?"))], to: &state)
        assertSnapshot(AppRenderer.frame(state).text, named: Self.name("help", size))
    }

    @Test("a question with a typed expression and its value", arguments: sizes)
    func question(_ size: Size) {
        var state = Self.quiz(size)
        Self.send(typing("10*(3*3*3)+10"), to: &state)
        let frame = AppRenderer.frame(state)
        assertSnapshot(frame.text, named: Self.name("question", size))
        #expect(frame.cursor != nil)
    }

    @Test("feedback for a right and a wrong answer", arguments: sizes)
    func feedback(_ size: Size) throws {
        var wrong = Self.quiz(size)
        let distractor = try #require(wrong.session?.question.distractors[.forgotBiases])
        Self.send(typing(String(distractor)) + [.key(.enter)], to: &wrong)
        assertSnapshot(AppRenderer.frame(wrong).text, named: Self.name("feedback-wrong", size))

        var right = Self.quiz(size)
        let answer = try #require(right.session?.question.answer)
        Self.send(typing(String(answer)) + [.key(.enter)], to: &right)
        assertSnapshot(AppRenderer.frame(right).text, named: Self.name("feedback-correct", size))
    }

    @Test("every step of the walkthrough", arguments: sizes)
    func walkthrough(_ size: Size) throws {
        var state = Self.quiz(size)
        Self.send([.key(.character("w"))], to: &state)
        let steps = try #require(state.session?.derivation.steps.count)
        for step in 0..<steps {
            #expect(state.screen == .walkthrough(step: step))
            assertSnapshot(AppRenderer.frame(state).text, named: Self.name("walkthrough-\(step + 1)", size))
            Self.send([.key(.right)], to: &state)
        }
    }

    @Test("the summary", arguments: sizes)
    func summary(_ size: Size) throws {
        var state = Self.quiz(size)
        let distractor = try #require(state.session?.question.distractors[.forgotBiases])
        Self.send(typing(String(distractor)) + [.key(.enter)], to: &state)
        let answer = try #require(state.session?.question.answer)
        Self.send(typing(String(answer)) + [.key(.enter), .key(.enter), .key(.character("q"))], to: &state)
        #expect(state.screen == .summary)
        assertSnapshot(AppRenderer.frame(state).text, named: Self.name("summary", size))
    }

    @Test("an ASCII-only terminal gets no other characters")
    func asciiOnly() {
        var state = Self.quiz(Size(columns: 80, rows: 24))
        state.asciiOnly = true
        Self.send([.key(.character("w"))], to: &state)
        #expect(AppRenderer.frame(state).text.allSatisfy { $0.isASCII })
    }
}
