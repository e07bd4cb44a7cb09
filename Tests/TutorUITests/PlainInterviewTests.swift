import Testing
import Tutor
import TutorUI

@Suite("the interview in plain line mode, with the clock driven by the test")
struct PlainInterviewTests {
    @Test("one try per question, timed from when it was printed; q ends the round with the report and the walkthroughs of the misses")
    func round() throws {
        var interview = PlainInterview(seed: 9, minutes: 2, width: 80)
        let start = interview.start(at: 1000)
        #expect(start.contains("Question 1 (2:00 left)"))
        #expect(!start.contains("h hint") && !start.contains("walkthrough"))

        let first = interview.session.question
        let right = interview.handle(String(first.answer), at: 1012)
        #expect(right.output.hasPrefix("Right."))
        #expect(right.records.count == 1 && right.records[0].1 == 12 && right.records[0].0.correct)
        #expect(right.output.contains("Question 2 (1:48 left)"))

        let second = interview.session.question
        let wrong = interview.handle(String(second.answer + 1), at: 1030)
        #expect(wrong.output.hasPrefix("Not right."))
        #expect(wrong.records.count == 1 && wrong.records[0].1 == 18)
        #expect(interview.session.number == 3, "no retry in an interview")

        let report = interview.handle("q", at: 1040).output
        #expect(interview.isFinished)
        #expect(report.contains("Right: 1 of 2"))
        let words = report.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("You said \(second.answer + 1); it is \(NumberFormat.grouped(second.answer))"))
        #expect(report.contains(second.derivation.steps[0].title), "the missed question is walked through")
        #expect(words.contains("Missed 1, \(second.skill.rawValue) (\(second.skill.title)):"), "labelled with its kind")
        #expect(words.contains("By kind: "))
        #expect(words.contains("convtutor interview --retry-missed"))
        #expect(interview.effectsAtEnd == [.keepMissed([second.reference], round: 9)])
        #expect(!report.contains("│") && !report.contains("┌"), "no box drawing in plain mode")
    }

    @Test("an answer after the time is up does not count, and the report follows")
    func timeUp() {
        var interview = PlainInterview(seed: 9, minutes: 1, width: 80)
        _ = interview.start(at: 0)
        let late = interview.handle(String(interview.session.question.answer), at: 61)
        #expect(late.records.isEmpty)
        #expect(late.output.contains("Time is up"))
        #expect(late.output.contains("Right: 0 of 0"))
        #expect(interview.isFinished)
    }

    @Test("the end of input ends the round with its report, once")
    func endOfInput() {
        var interview = PlainInterview(seed: 4, minutes: 5, width: 60)
        _ = interview.start(at: 0)
        _ = interview.handle("1", at: 5)
        let report = interview.end()
        #expect(report.contains("Interview over"))
        #expect(interview.end().isEmpty)
        for line in report.split(separator: "\n") where !line.hasPrefix("  ") {
            #expect(line.count <= 60, "\(line)")
        }
    }

    @Test("a retry round in plain mode asks the questions given and reports after the last")
    func retry() throws {
        let missed = [QuestionReference(skill: .macs, difficulty: .interview, seed: 5),
                      QuestionReference(skill: .grouped, difficulty: .interview, seed: 6)]
        var interview = PlainInterview(settings: try #require(QuizSettings.retry(missed, seed: 31)), minutes: 5)
        let start = interview.start(at: 0)
        #expect(start.contains("the 2 questions missed in the round of seed 31 again"))
        #expect(interview.session.question == missed[0].question)
        _ = interview.handle(String(missed[0].question.answer), at: 5)
        #expect(interview.session.question == missed[1].question)
        let last = interview.handle("1", at: 9).output
        #expect(interview.isFinished)
        #expect(last.contains("Interview over") && last.contains("Right: 1 of 2"))
        #expect(interview.effectsAtEnd == [.keepMissed([missed[1]], round: 31)])
    }
}
