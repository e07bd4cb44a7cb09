import Testing
import StyledText
import Tutor
@testable import TutorUI

/// Every screen in each of the states that change its keys, built by sending keys as a learner would.
enum ScreenVariant: String, CaseIterable, Sendable {
    case menu, quizAnswering, quizGuided, quizSettled, lessonPractice, interviewAnswering, interviewSettled
    case walkthrough, reportWalkthrough, summary, lessonList, lessonListEmpty, lesson, demo, stats, statsLoading
    case interviewReport, interviewReportClean

    static let size = Size(columns: 80, rows: 24)

    /// A state in the middle of things (a list's second row, a walkthrough's second step, a field
    /// with text and the cursor inside it), so that every key the screen binds has something to do.
    /// The lessons, read and checked once.
    static let lessons: [Lesson] = (try? LessonAndDemoScreenTests.lessons()) ?? []

    func state() throws -> AppState {
        let lessons = Self.lessons
        try #require(!lessons.isEmpty, "the lessons are found")
        let quiz = QuizSettings(seed: 1, skills: [.conv2d], count: 5)
        var state: AppState
        switch self {
        case .menu:
            state = AppState(size: Self.size, quizSettings: quiz, lessons: lessons)
            state.menuSelection = .lessons
        case .quizAnswering, .quizGuided, .quizSettled, .walkthrough, .summary:
            state = AppState(size: Self.size, quizSettings: quiz, startInQuiz: true, lessons: lessons)
            switch self {
            case .quizAnswering: Self.typeInside(&state)
            case .quizGuided:
                Self.send([.character("g")], to: &state)
                Self.typeInside(&state)
            case .quizSettled: try Self.answer(right: true, &state)
            case .walkthrough: Self.send([.character("w"), .right], to: &state)
            default: Self.send([.character("q")], to: &state)
            }
        case .lessonPractice:
            state = AppState(size: Self.size, quizSettings: quiz, lessons: lessons, openLesson: "worked-example")
            Self.send([.character("p")], to: &state)
            Self.typeInside(&state)
        case .interviewAnswering, .interviewSettled:
            state = AppState(size: Self.size, interviewSeed: 9, minutes: 5)
            _ = state.update(.tick(1000))
            if self == .interviewSettled { try Self.answer(right: false, &state) } else { Self.typeInside(&state) }
        case .interviewReport, .reportWalkthrough:
            state = AppState(size: Self.size, interviewSeed: 4, minutes: 10)
            _ = state.update(.tick(1000))
            for _ in 0..<3 {
                try Self.answer(right: false, &state)
                Self.send([.enter], to: &state)
            }
            Self.send([.character("q"), .character("q"), .down], to: &state)
            if self == .reportWalkthrough {
                // A missed question whose derivation has a middle step, so that every key can move.
                let missed = try #require(state.interview?.missed)
                let row = try #require(missed.indices.first { missed[$0].derivation.steps.count >= 3 })
                state.screen = .interviewReport(selected: row)
                Self.send([.enter, .right], to: &state)
                #expect(state.screen == .walkthrough(step: 1))
            }
        case .interviewReportClean:
            state = AppState(size: Self.size, interviewSeed: 4, minutes: 10)
            _ = state.update(.tick(1000))
            Self.send([.character("q"), .character("q")], to: &state)
        case .lessonList:
            state = AppState(size: Self.size, quizSettings: quiz, lessons: lessons)
            state.screen = .lessonList(selected: 1)
        case .lessonListEmpty:
            state = AppState(size: Self.size, quizSettings: quiz)
            state.screen = .lessonList(selected: 0)
        case .lesson:
            state = AppState(size: Self.size, quizSettings: quiz, lessons: lessons, openLesson: "kernel-depth")
            Self.send([.down, .down], to: &state)
        case .demo:
            state = AppState(size: Self.size, demo: DemoSequence.items(seed: nil))
            state.screen = .demo(item: 1, revealed: 1)
        case .stats, .statsLoading:
            state = AppState(size: Self.size, quizSettings: quiz)
            Self.send([.character("4")], to: &state)
            if self == .stats {
                let attempt = AttemptSummary(time: 0, skill: .conv2d, correct: true, misconception: nil, secondsTaken: 9, attempt: 1)
                _ = state.update(.statsLoaded(PracticeStats(attempts: [attempt], mastery: [.conv2d: 0.4], now: 60)))
            }
        }
        return state
    }

    var isInterview: Bool { [.interviewAnswering, .interviewSettled].contains(self) }

    static func send(_ keys: [Key], to state: inout AppState) {
        for key in keys { _ = state.update(.key(key)) }
    }

    /// "12" in the answer field with the cursor between the digits.
    static func typeInside(_ state: inout AppState) {
        send([.character("1"), .character("2"), .left], to: &state)
    }

    static func answer(right: Bool, _ state: inout AppState) throws {
        let answer = try #require(state.session?.question.answer)
        send(String(right ? answer : answer + 1).map(Key.character) + [.enter], to: &state)
        #expect(state.session?.isSettled == true)
    }
}

/// The help box as drawn: the lines inside its borders, without the padding column each side.
struct DrawnHelp {
    var lines: [String]

    init?(_ state: AppState) {
        var state = state
        state.helpVisible = true
        let rows = AppRenderer.frame(state).lines.map { Array($0) }
        let corner: Character = state.asciiOnly ? "+" : "┌"
        guard let top = rows.firstIndex(where: { String($0).contains("\(corner)\(state.asciiOnly ? "-" : "─") Keys ") }),
              let left = rows[top].firstIndex(of: corner), let right = rows[top].lastIndex(of: state.asciiOnly ? "+" : "┐")
        else { return nil }
        let bottomCorner: Character = state.asciiOnly ? "+" : "└"
        guard let bottom = rows.indices.first(where: { $0 > top && rows[$0][left] == bottomCorner }) else { return nil }
        lines = rows[(top + 1)..<bottom].map { row in
            String(row[(left + 1)..<right]).trimmingCharacters()
        }
    }

    var words: [String] { lines.flatMap { $0.split(whereSeparator: \.isWhitespace).map(String.init) } }
}

@Suite("keys as data: every screen's bindings drive update, the help and the status line")
struct KeyBindingTests {
    static let undeclaredSamples: [Key] = [.character("x"), .character("z"), .character("F"), .character("%"),
                                          .character(";"), .character("Z"), .character("5"), .function(5),
                                          .control("b"), .backTab, .delete, .tab]

    static func declaredWords(_ help: [KeyHelp], ascii: Bool, extra: [String] = [HelpOverlay.closing]) -> [String] {
        let text = help.map { $0.keyNames(ascii: ascii) + " " + $0.text } + extra
        return text.flatMap { (ascii ? ASCIIFold.fold($0) : $0).split(whereSeparator: \.isWhitespace).map(String.init) }
    }

    @Test("every key a screen declares changes the state or asks for an effect", arguments: ScreenVariant.allCases)
    func declaredKeysAct(_ variant: ScreenVariant) throws {
        let state = try variant.state()
        #expect(!state.keyHelp.isEmpty)
        for key in state.keyHelp.flatMap(\.keys) {
            var pressed = state
            let effects = pressed.update(.key(key))
            #expect(pressed != state || !effects.isEmpty, "\(variant): \(key) is declared but does nothing")
        }
    }

    @Test("a key a screen does not declare changes nothing", arguments: ScreenVariant.allCases)
    func undeclaredKeysDoNothing(_ variant: ScreenVariant) throws {
        let state = try variant.state()
        let declared = Set(state.keyHelp.flatMap(\.keys))
        let samples = Self.undeclaredSamples.filter { !declared.contains($0) }
        #expect(samples.count >= 5, "\(variant) declares most of the samples")
        for key in samples {
            var pressed = state
            let effects = pressed.update(.key(key))
            #expect(pressed == state && effects.isEmpty, "\(variant): \(key) is not declared but acts")
        }
    }

    @Test("no key is bound twice on a screen", arguments: ScreenVariant.allCases)
    func noKeyTwice(_ variant: ScreenVariant) throws {
        let keys = try variant.state().keyHelp.flatMap(\.keys)
        #expect(Set(keys).count == keys.count, "\(variant)")
    }

    @Test("the help lists exactly the screen's bindings and ends with how to close it", arguments: ScreenVariant.allCases)
    func helpListsTheBindings(_ variant: ScreenVariant) throws {
        for (size, ascii) in [(Size(columns: 120, rows: 40), false), (ScreenVariant.size, false), (ScreenVariant.size, true)] {
            var state = try variant.state()
            state.asciiOnly = ascii
            _ = state.update(.resize(size))
            let help = try #require(DrawnHelp(state), "\(variant) at \(size)")
            #expect(help.words.sorted() == Self.declaredWords(state.keyHelp, ascii: ascii).sorted(), "\(variant) at \(size)")
            #expect(help.lines.last == (ascii ? ASCIIFold.fold(HelpOverlay.closing) : HelpOverlay.closing))
        }
    }

    @Test("at 60×18 the help fits, cuts no word and ends with its closing line", arguments: ScreenVariant.allCases)
    func helpAtTheSmallestSize(_ variant: ScreenVariant) throws {
        for ascii in [false, true] {
            var state = try variant.state()
            state.asciiOnly = ascii
            _ = state.update(.resize(AppState.minimumSize))
            #expect(!state.isTooSmall)
            let help = try #require(DrawnHelp(state), "\(variant)")
            #expect(help.lines.last == (ascii ? ASCIIFold.fold(HelpOverlay.closing) : HelpOverlay.closing), "\(variant)")
            // A word cut at the edge of the box would leave pieces that are not words of the bindings.
            #expect(help.words.sorted() == Self.declaredWords(state.keyHelp, ascii: ascii).sorted(), "\(variant)")
            #expect(help.lines.allSatisfy { $0.count <= AppState.minimumSize.columns - 6 })
        }
    }

    @Test("the status line shows exactly the labels of the bindings it shows, each once", arguments: ScreenVariant.allCases)
    func statusLineShowsTheLabels(_ variant: ScreenVariant) throws {
        var state = try variant.state()
        _ = state.update(.resize(Size(columns: 200, rows: 40)))
        var labels: [String] = []
        for help in state.keyHelp where help.inStatusLine && !labels.contains(help.label) { labels.append(help.label) }
        #expect(!labels.isEmpty, "\(variant)")
        let bottom = try #require(AppRenderer.frame(state).lines.last).trimmingCharacters()
        let hints = bottom.components(separatedBy: " │ ").last ?? bottom
        #expect(hints == labels.joined(separator: "   "), "\(variant)")
    }

    @Test("an interview binds no hint, walkthrough or guided mode, and its help offers none")
    func interviewOffersNoHelpWithTheAnswer() throws {
        for variant in ScreenVariant.allCases where variant.isInterview {
            let state = try variant.state()
            let keys = state.keyHelp.flatMap(\.keys)
            for key in [Key.character("h"), .character("w"), .character("g")] {
                #expect(!keys.contains(key), "\(variant) binds \(key)")
            }
            let text = try #require(DrawnHelp(state)).lines.joined(separator: " ").lowercased()
            for word in ["hint", "walkthrough", "guided"] { #expect(!text.contains(word), "\(variant): \(word)") }
            #expect(text.contains("end the round"))
        }
        let quiz = try ScreenVariant.quizAnswering.state().keyHelp.flatMap(\.keys)
        #expect(quiz.contains(.character("h")) && quiz.contains(.character("w")) && quiz.contains(.character("g")))
    }

    @Test("classroom mode's help names Space and n/p and offers no answer to type")
    func demoHelp() throws {
        let state = try ScreenVariant.demo.state()
        let help = try #require(DrawnHelp(state))
        #expect(help.lines.contains { $0.hasPrefix("Space") })
        #expect(help.lines.contains { $0.hasPrefix("n ") } && help.lines.contains { $0.hasPrefix("p ") })
        let text = help.lines.joined(separator: " ")
        #expect(!text.contains("type") && !text.contains("answer:") && !text.contains("hint"))
    }

    @Test("the menu's help lists its numbers, one per item, and each opens its item")
    func menuNumbers() throws {
        let state = try ScreenVariant.menu.state()
        let help = try #require(DrawnHelp(state))
        for item in MenuItem.allCases {
            #expect(help.lines.contains { $0.hasPrefix("\(item.number) ") }, "\(item)")
            var pressed = state
            let effects = pressed.update(.key(.character(Character(String(item.number)))))
            #expect(pressed.menuSelection == item)
            switch item {
            case .continueStudy: #expect(pressed.screen == .lesson(index: 0, scroll: 0), "no lesson practised yet: the first")
            case .quiz: #expect(pressed.screen == .quiz)
            case .lessons: #expect(pressed.screen == .lessonList(selected: 0))
            case .stats: #expect(pressed.screen == .stats && effects == [.loadStats])
            case .quit: #expect(effects == [.quit])
            }
        }
        #expect(MenuItem.allCases.map(\.title) == ["Continue", "Quiz", "Lessons", "Stats", "Quit"])
        #expect(MenuItem.allCases.map(\.number) == [1, 2, 3, 4, 5])
        #expect(state.statusKeys.contains("1-5 jump"))
    }

    @Test("a list too long for the window shows the bindings that fit, whole, says there are more, and still closes")
    func helpTooLong() {
        let entries = (1...30).map { KeyHelp(keys: [.function($0)], label: "F\($0)", text: "function key number \($0) of the long list",
                                             inStatusLine: false) }
        let layout = HelpOverlay.layout(entries, size: AppState.minimumSize, ascii: false)
        #expect(!layout.complete)
        #expect(layout.lines.count <= AppState.minimumSize.rows - 4)
        #expect(layout.lines.last?.text == HelpOverlay.closing)
        #expect(layout.lines.dropLast().last?.text == HelpOverlay.more)
        let shown = layout.lines.dropLast(2).map(\.text)
        #expect(shown.count >= 8 && shown.allSatisfy { $0.hasPrefix("F") }, "\(shown)")
        #expect(HelpOverlay.layout(Array(entries.prefix(5)), size: AppState.minimumSize, ascii: false).complete)
    }

    @Test("the answer field's declared keys are exactly those it handles")
    func answerFieldKeys() {
        let printable = (32...126).compactMap(UnicodeScalar.init).map { Key.character(Character($0)) }
        let control = "abcdefghijklmnopqrstuvwxyz".map(Key.control)
        let named: [Key] = [.enter, .backspace, .delete, .tab, .backTab, .escape, .up, .down, .left, .right, .home, .end,
                            .pageUp, .pageDown, .character("×"), .character("·"), .character("é")]
        for key in printable + control + named + (1...12).map(Key.function) {
            var field = AnswerField("12")
            _ = field.handle(.left)
            let before = field
            let handled = field.handle(key)
            #expect(handled == AnswerField.keys.contains(key), "\(key)")
            #expect(handled == (field != before), "\(key) changes the field exactly when it is handled")
        }
    }

    @Test("Esc from a lesson's practice goes back to the lesson and leaves no quiz to resume")
    func leavingPractice() throws {
        var state = try ScreenVariant.lessonPractice.state()
        ScreenVariant.send([.escape], to: &state)
        guard case .lesson = state.screen else { Issue.record("expected the lesson, got \(state.screen)"); return }
        #expect(state.session == nil && state.practiceLesson == nil)
    }
}
