import Testing
import Tutor
import TutorUI

@Suite("answers that could not be saved, on the status line")
struct SavingNoticeTests {
    static let full = SavingNotice.unsaved(count: 2, reason: "the disk is full")

    /// The bottom row of the screen, and the style its first letter is drawn in.
    static func statusLine(_ state: AppState) -> (text: String, style: CellStyle) {
        let frame = AppRenderer.frame(state)
        let row = state.size.rows - 1
        let line = frame.lines[row].drop { $0 == " " }
        return (String(line.reversed().drop { $0 == " " }.reversed()), frame[1, row].style)
    }

    static func answerWrongly(_ state: inout AppState) -> [AppEffect] {
        (typing("1") + [.key(.enter)]).flatMap { state.update($0) }
    }

    @Test("a warning shows at once after the answer, stays on every screen, and goes once every answer is saved")
    func warningStays() {
        var state = AppState(size: Size(columns: 80, rows: 24), quizSettings: QuizSettings(seed: 7, count: 3),
                             startInQuiz: true)
        let effects = Self.answerWrongly(&state)
        #expect(effects.count == 1)
        _ = state.update(.saved(Self.full))
        let warned = Self.statusLine(state)
        #expect(warned.text.hasPrefix("2 answers not saved (the disk is full); retrying with the next answer"))
        #expect(warned.style.palette == .wrong)

        for key in [Key.character("4"), .backspace, .character("?"), .escape, .escape] {
            _ = state.update(.key(key))
            #expect(Self.statusLine(state).text.hasPrefix("2 answers not saved"), "after \(key)")
        }
        #expect(state.screen == .menu)
        _ = state.update(.key(.enter))
        #expect(state.screen == .quiz)

        // The next answer's save took the waiting ones too: said once, until the next key.
        _ = Self.answerWrongly(&state)
        _ = state.update(.saved(.caughtUp(count: 2)))
        let news = Self.statusLine(state)
        #expect(news.text.hasPrefix("Saved the 2 answers that had to wait"))
        #expect(news.style.palette == .statusBar)
        _ = state.update(.key(.character("1")))
        #expect(Self.statusLine(state).text.contains("Score: 0 · Streak: 0"))
        #expect(state.saving == nil)
    }

    @Test("a save that succeeds with nothing waiting clears a warning; a later failure warns again")
    func clearsAndWarnsAgain() {
        var state = AppState(size: Size(columns: 60, rows: 18), quizSettings: QuizSettings(seed: 7), startInQuiz: true)
        _ = state.update(.saved(.unsaved(count: 1, reason: "the progress file is locked")))
        #expect(Self.statusLine(state).text.hasPrefix("1 answer not saved (the progress file is locked)"))
        #expect(Self.statusLine(state).text.count <= 59, "cut to the width")
        _ = state.update(.saved(nil))
        #expect(!Self.statusLine(state).text.contains("not saved"))
        _ = state.update(.saved(.unsaved(count: 1, reason: "the disk is full")))
        #expect(Self.statusLine(state).text.hasPrefix("1 answer not saved (the disk is full)"))
    }

    @Test("the notice's words, for the status line and plain mode")
    func text() {
        #expect(SavingNotice.unsaved(count: 1, reason: "the disk is full").text
                == "1 answer not saved (the disk is full); retrying with the next answer")
        #expect(Self.full.text.hasPrefix("2 answers not saved"))
        #expect(SavingNotice.caughtUp(count: 1).text == "saved the 1 answer that had to wait")
        #expect(Self.full.isWarning && !SavingNotice.caughtUp(count: 3).isWarning)
    }

    @Test("the stats screen names a damaged progress file, whether or not it has answers to show")
    func statsWarns() {
        var state = AppState(size: Size(columns: 80, rows: 24), quizSettings: QuizSettings(seed: 1))
        state.notice = "/data/progress.sqlite is damaged or is not a convtutor progress file; it has been left as it is."
        _ = state.update(.key(.character("4")))
        #expect(state.screen == .stats)
        _ = state.update(.statsLoaded(PracticeStats(attempts: [], mastery: [:], now: 0)))
        let screen = AppRenderer.frame(state).text
        #expect(screen.contains("Note: /data/progress.sqlite is damaged"))
        #expect(screen.contains("No answers yet"))
    }
}
