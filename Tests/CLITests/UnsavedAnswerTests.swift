@testable import convtutor
import Progress
import TestSupport
import Testing
import Tutor
import TutorUI

/// A terminal that plays keys, with steps of the test between them, keeping the screen as drawn.
final class SteppedTerminal: Terminal {
    enum Step {
        case key(Key)
        /// Runs between keys, once everything the key before caused has been drawn.
        case run((SteppedTerminal) -> Void)
    }

    let size: Size
    private var steps: [Step]
    private(set) var screen: ScreenBuffer

    init(size: Size, steps: [Step]) {
        self.size = size
        self.steps = steps
        screen = ScreenBuffer(size: size)
    }

    /// Whether every step has been played.
    var isDone: Bool { steps.isEmpty }

    /// The bottom row, as drawn.
    var statusLine: String { String(screen.lines[size.rows - 1].drop { $0 == " " }) }

    func start() throws {}
    func stop() {}

    func draw(_ runs: [CellRun], cursor: Position?) {
        for run in runs { screen.put(run.text, column: run.position.column, row: run.position.row, style: run.style) }
    }

    func nextEvent(timeout: Int?) -> TerminalEvent? {
        while !steps.isEmpty {
            switch steps.removeFirst() {
            case .key(let key): return .key(key)
            case .run(let body): body(self)
            }
        }
        return .end
    }
}

@Suite("answers that cannot be saved are said at once, kept and retried")
struct UnsavedAnswerTests {
    /// One wrong try at the question on screen.
    static var wrongTry: [SteppedTerminal.Step] { [.key(.character("1")), .key(.enter)] }

    @Test("full screen: the status line warns after the failed answer, the next answer saves the waiting ones in order")
    func fullScreen() throws {
        let store = RefusingStore()
        let recorder = ProgressRecorder(store: store, warning: nil)
        var state = AppState(size: Size(columns: 80, rows: 24), quizSettings: QuizSettings(seed: 7, count: 3),
                             startInQuiz: true)
        let terminal = SteppedTerminal(size: state.size, steps: Self.wrongTry + [
            .run { terminal in
                #expect(!terminal.statusLine.contains("saved"), "the first answer was saved: \(terminal.statusLine)")
                store.refusing = true
            },
        ] + Self.wrongTry + [
            .run { #expect($0.statusLine.hasPrefix("1 answer not saved (the disk is full); retrying with the next answer")) },
            .key(.enter),
            .run { #expect($0.statusLine.hasPrefix("1 answer not saved"), "still there on the next question") },
        ] + Self.wrongTry + [
            .run { terminal in
                #expect(terminal.statusLine.hasPrefix("2 answers not saved"))
                store.refusing = false
            },
        ] + Self.wrongTry + [
            .run { #expect($0.statusLine.hasPrefix("Saved the 2 answers that had to wait")) },
            .key(.enter),
            .run { terminal in
                #expect(!terminal.statusLine.contains("aved"), "the news goes with the next key: \(terminal.statusLine)")
                store.refusing = true
            },
        ] + Self.wrongTry + Self.wrongTry + [.key(.control("c"))])
        AppLoop.run(&state, on: terminal) { recorder.perform($0) }
        #expect(terminal.isDone, "every step ran")

        #expect(terminal.statusLine.hasPrefix("2 answers not saved"))
        let stored = try store.attempts()
        #expect(stored.count == 4)
        // Question 1's two tries, then question 2's two, in the order given.
        #expect(stored.map(\.attempt) == [1, 2, 1, 2])
        #expect(Set(stored.prefix(2).map(\.question)).count == 1 && stored[0].question != stored[2].question)
        #expect(recorder.finish() == "2 answers were not saved: \(StoreError.diskFull(path: "/data/progress.sqlite"))")
    }

    @Test("plain mode: a line right after the answer's feedback, the news when they are saved, the count at the end and exit status 74")
    func plain() throws {
        let store = RefusingStore()
        let recorder = ProgressRecorder(store: store, warning: nil)
        var quiz = PlainQuiz(settings: QuizSettings(seed: 7, count: 4), width: 80, unicode: true)
        // Three questions, each tried twice and left; the disk fills after the first question, and
        // has room again for the third question's first try.
        var lines = ["1", "1", "", "1", "1", "", "1", "1", ""]
        var transcript = ""
        var warnings: [String] = []
        #expect(throws: ProgressRecorder.unsavedExit) {
            try InteractiveSession.runPlain(&quiz, recorder: recorder, clock: { 0 }, read: {
                if lines.count == 6 { store.refusing = true }
                if lines.count == 3 { store.refusing = false }
                if lines.count == 2 { store.refusing = true }
                return lines.isEmpty ? nil : lines.removeFirst()
            }, write: { transcript += $0 }, warn: { warning in
                warnings.append(warning)
                transcript += "[warned] " + warning + "\n"
            })
        }
        #expect(warnings == [
            "1 answer not saved (the disk is full); retrying with the next answer",
            "2 answers not saved (the disk is full); retrying with the next answer",
            "saved the 2 answers that had to wait",
            "1 answer not saved (the disk is full); retrying with the next answer",
            "1 answer was not saved: \(StoreError.diskFull(path: "/data/progress.sqlite"))",
        ])
        #expect(try store.attempts().count == 5)
        // Each warning comes right after the feedback to the answer that could not be saved.
        #expect(transcript.contains("Try once more, or type w for the walkthrough.\n[warned] 1 answer not saved"))
        #expect(transcript.contains("Type w for the walkthrough.\n[warned] 2 answers not saved"))
    }

    @Test("every answer saved: no warning and no exit status")
    func allSaved() throws {
        let store = RefusingStore()
        let recorder = ProgressRecorder(store: store, warning: nil)
        var quiz = PlainQuiz(settings: QuizSettings(seed: 7, count: 1), width: 80, unicode: true)
        var lines = ["1", "1", ""]
        var warnings: [String] = []
        try InteractiveSession.runPlain(&quiz, recorder: recorder, clock: { 0 },
                                        read: { lines.isEmpty ? nil : lines.removeFirst() },
                                        write: { _ in }, warn: { warnings.append($0) })
        #expect(warnings.isEmpty)
        #expect(try store.attempts().count == 2)
    }

    @Test("answers still waiting at the end get one more try, and the learner hears that they are saved")
    func savedAtTheEnd() throws {
        let store = RefusingStore()
        let recorder = ProgressRecorder(store: store, warning: nil)
        var quiz = PlainQuiz(settings: QuizSettings(seed: 7, count: 1), width: 80, unicode: true)
        var lines = ["1", "1", ""]
        var warnings: [String] = []
        store.refusing = true
        try InteractiveSession.runPlain(&quiz, recorder: recorder, clock: { 0 }, read: {
            if lines == [""] { store.refusing = false }  // room again, but no answer after it
            return lines.isEmpty ? nil : lines.removeFirst()
        }, write: { _ in }, warn: { warnings.append($0) })
        #expect(warnings.last == "saved the 2 answers that had to wait")
        #expect(!recorder.hasUnsaved)
        #expect(try store.attempts().count == 2)
    }
}
