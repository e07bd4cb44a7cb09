import Testing
import Tutor
import TutorUI

@Suite("the plain line mode")
struct PlainQuizTests {
    @Test("the same question as text, an answer, feedback and the walkthrough")
    func session() throws {
        var quiz = PlainQuiz(settings: QuizSettings(seed: 1, skills: [.conv2d], count: 2))
        let start = quiz.start()
        #expect(start.contains(quiz.session.question.sentence))
        #expect(start.contains(quiz.session.question.kerasCode.last ?? "?"))
        let wrong = try #require(quiz.session.question.distractors[.forgotBiases])
        let first = quiz.handle(String(wrong))
        #expect(first.output.hasPrefix("Not quite."))
        #expect(first.records.count == 1 && first.records[0].misconception == .forgotBiases)
        let answer = quiz.session.question.answer
        let second = quiz.handle(String(answer))
        #expect(second.output.hasPrefix("Correct!"))
        let walk = quiz.handle("w")
        #expect(walk.output.contains("1. A kernel is as deep as its input"))
        let next = quiz.handle("")
        #expect(next.output.contains("Question 2 of 2"))
        let quit = quiz.handle("q")
        #expect(quit.output.contains("Replay these questions with:\n  convtutor quiz --seed 1 --skill conv2d --count 2\n"), "the command on a line of its own, never broken")
        #expect(quiz.isFinished)
    }

    @Test("the same seed asks the same questions")
    func replay() {
        let a = PlainQuiz(settings: QuizSettings(seed: 99, skills: [.conv2d, .conv1d]))
        let b = PlainQuiz(settings: QuizSettings(seed: 99, skills: [.conv2d, .conv1d]))
        #expect(a.start() == b.start())
    }
}
