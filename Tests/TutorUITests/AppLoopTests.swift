import Testing
import Tutor
import TutorUI

@Suite("the run loop on a scripted terminal")
struct AppLoopTests {
    @Test("typing a digit redraws only a few cells")
    func smallRedraw() {
        let terminal = ScriptedTerminal(size: Size(columns: 80, rows: 24),
                                        events: [.key(.character("2")), .key(.character("8")), .key(.control("c"))])
        var state = AppState(size: terminal.size, quizSettings: QuizSettings(seed: 1, skills: [.conv2d]), startInQuiz: true)
        AppLoop.run(&state, on: terminal) { _ in [] }
        #expect(terminal.drawCalls.count == 3)
        let typed = terminal.drawCalls[1].reduce(0) { $0 + $1.text.count }
        #expect(typed > 0 && typed < 40, "a digit changes the field and its preview, not the screen: \(typed) cells")
        #expect(state.field.text == "28")
    }

    @Test("a resize redraws everything at the new size, and the input's end stops the loop")
    func resize() {
        let terminal = ScriptedTerminal(size: Size(columns: 80, rows: 24), events: [.resize(Size(columns: 50, rows: 15))])
        var state = AppState(size: terminal.size, quizSettings: QuizSettings(seed: 1), startInQuiz: true)
        AppLoop.run(&state, on: terminal) { _ in [] }
        #expect(state.size == Size(columns: 50, rows: 15))
        #expect(terminal.screen.text.contains("60×18"))
    }

    @Test("effects other than quit are handed to the caller")
    func effects() throws {
        var state = AppState(size: Size(columns: 80, rows: 24), quizSettings: QuizSettings(seed: 5, skills: [.conv2d]), startInQuiz: true)
        let answer = try #require(state.session?.question.answer)
        let terminal = ScriptedTerminal(size: state.size, events: typing(String(answer)).map {
            if case .key(let key) = $0 { return TerminalEvent.key(key) }
            return .end
        } + [.key(.enter)])
        var recorded: [AppEffect] = []
        AppLoop.run(&state, on: terminal) { effect in
            recorded.append(effect)
            return []
        }
        #expect(recorded.count == 1)
    }
}
