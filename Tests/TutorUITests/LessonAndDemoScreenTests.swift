import Foundation
import Testing
import Tutor
import StyledText
import TutorUI
import TestSupport

@Suite("the lesson reader and classroom mode, without a terminal")
struct LessonAndDemoScreenTests {
    static func lessons() throws -> [Lesson] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Lessons")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".md") && $0 != "README.md" }.sorted()
            .map { ($0, try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)) }
        return LessonChecker.check(files).lessons
    }

    static func send(_ keys: [Key], to state: inout AppState) {
        for key in keys { _ = state.update(.key(key)) }
    }

    @Test("a lesson at 80×24 and 120×40, scrolled, reflowed on resize", arguments: [Size(columns: 80, rows: 24), Size(columns: 120, rows: 40)])
    func lessonReader(_ size: Size) throws {
        var state = AppState(size: size, quizSettings: QuizSettings(seed: 1), lessons: try Self.lessons(), openLesson: "kernel-depth")
        assertSnapshot(AppRenderer.frame(state).text, named: "lesson-kernel-depth-\(size.columns)x\(size.rows)")
        Self.send([.pageDown], to: &state)
        guard case .lesson(_, let scroll) = state.screen else { Issue.record("expected the reader"); return }
        #expect(scroll > 0)
        assertSnapshot(AppRenderer.frame(state).text, named: "lesson-kernel-depth-scrolled-\(size.columns)x\(size.rows)")
        Self.send([.end], to: &state)
        #expect(state.lessonProgress["kernel-depth"]?.readToEnd == true)
        #expect(state.lessonPage?.columns == size.columns, "the layout is made once and kept while scrolling")
        _ = state.update(.resize(Size(columns: 60, rows: 18)))
        #expect(state.lessonPage?.columns == 60, "a resize lays the lesson out again")
        for line in AppRenderer.frame(state).lines { #expect(line.count == 60) }
    }

    @Test("every lesson fits its width with its diagrams drawn, and folds to pure ASCII", arguments: [64, 80])
    func lessonLayout(_ width: Int) throws {
        for lesson in try Self.lessons() {
            for ascii in [false, true] {
                let lines = LessonLayout.lines(lesson, width: width, ascii: ascii)
                for line in lines { #expect(line.width <= width, "\(lesson.id): \(line.text)") }
                if ascii { #expect(lines.allSatisfy { $0.text.allSatisfy(\.isASCII) }, "\(lesson.id)") }
                #expect(LessonLayout.text(lesson, width: width, ascii: ascii) == lines.map(\.text).joined(separator: "\n"))
            }
        }
        let depth = try #require(try Self.lessons().first { $0.id == "kernel-depth" })
        let drawn = LessonLayout.lines(depth, width: width, ascii: false)
        #expect(drawn.contains { $0.runs.contains { $0.role == .kernel } }, "the diagram is drawn with its roles")
    }

    @Test("the list shows progress; practice returns to its lesson")
    func practiceReturns() throws {
        let lessons = try Self.lessons()
        var state = AppState(size: Size(columns: 80, rows: 24), quizSettings: QuizSettings(seed: 1), lessons: lessons,
                             openLesson: "worked-example")
        let index = try #require(lessons.firstIndex { $0.id == "worked-example" })
        Self.send([.character("p")], to: &state)
        #expect(state.screen == .quiz)
        let answer = try #require(state.session?.question.answer)
        Self.send(typing(String(answer)).compactMap { if case .key(let key) = $0 { key } else { nil } } + [.enter, .escape], to: &state)
        #expect(state.screen == .lesson(index: index, scroll: 0))
        #expect(state.lessonProgress["worked-example"]?.mark == "practised 1/1")
        Self.send([.escape], to: &state)
        #expect(AppRenderer.frame(state).text.contains("practised 1/1"))
        Self.send([.character("n")], to: &state)
        #expect(state.screen == .lessonList(selected: index))
    }

    @Test("practice returns to where the reader was; leaving a lesson asks to keep its place; it opens there again")
    func practiceReturnsToThePlace() throws {
        let lessons = try Self.lessons()
        let index = try #require(lessons.firstIndex { $0.id == "worked-example" })
        var state = AppState(size: Size(columns: 80, rows: 24), quizSettings: QuizSettings(seed: 1), lessons: lessons,
                             openLesson: "worked-example")
        Self.send([.down, .down, .down], to: &state)
        #expect(state.screen == .lesson(index: index, scroll: 3))
        #expect(state.update(.key(.character("p"))) == [.keepLessonPosition(lessonID: "worked-example", line: 3)])
        let answer = try #require(state.session?.question.answer)
        Self.send(typing(String(answer)).compactMap { if case .key(let key) = $0 { key } else { nil } } + [.enter, .escape], to: &state)
        #expect(state.screen == .lesson(index: index, scroll: 3), "back where the reader was")
        #expect(state.update(.key(.escape)) == [.keepLessonPosition(lessonID: "worked-example", line: 3)])

        let next = AppState(size: Size(columns: 80, rows: 24), quizSettings: QuizSettings(seed: 1), lessons: lessons,
                            openLesson: "worked-example", lessonPositions: ["worked-example": 3])
        #expect(next.screen == .lesson(index: index, scroll: 3), "a new run opens it where it was left")
        let far = AppState(size: Size(columns: 80, rows: 24), quizSettings: QuizSettings(seed: 1), lessons: lessons,
                           openLesson: "worked-example", lessonPositions: ["worked-example": 1_000_000])
        guard case .lesson(_, let scroll) = far.screen else { Issue.record("not in the lesson"); return }
        #expect(scroll < 1_000, "a position past the end is the end")
    }

    @Test("a lesson's second practice asks fresh questions; the same progress asks the same ones again")
    func freshPractice() throws {
        let lessons = try Self.lessons()
        func practiseTwice() throws -> [Question] {
            var state = AppState(size: Size(columns: 80, rows: 24), quizSettings: QuizSettings(seed: 1), lessons: lessons,
                                 openLesson: "kernel-depth")
            var asked: [Question] = []
            for _ in 0..<2 {
                Self.send([.character("p")], to: &state)
                asked.append(try #require(state.session?.question))
                let answer = try #require(state.session?.question.answer)
                Self.send(typing(String(answer)).compactMap { if case .key(let key) = $0 { key } else { nil } } + [.enter, .character("q"), .enter],
                          to: &state)
            }
            return asked
        }
        let first = try practiseTwice()
        #expect(first[0] != first[1], "the second practice is not the first again")
        #expect(try practiseTwice() == first, "replayable")
    }

    @Test("classroom mode reveals one step at a time and ends with the answer",
          arguments: [Size(columns: 80, rows: 24), Size(columns: 120, rows: 40), Size(columns: 200, rows: 55)])
    func classroom(_ size: Size) throws {
        var state = AppState(size: size, demo: DemoSequence.items(seed: nil))
        let steps = try #require(state.demoItems.first?.derivation.steps.count)
        assertSnapshot(AppRenderer.frame(state).text, named: "demo-start-\(size.columns)x\(size.rows)")
        Self.send([.character(" ")], to: &state)
        #expect(state.screen == .demo(item: 0, revealed: 1))
        assertSnapshot(AppRenderer.frame(state).text, named: "demo-step1-\(size.columns)x\(size.rows)")
        Self.send([.left, .right], to: &state)
        #expect(state.screen == .demo(item: 0, revealed: 1))
        Self.send(Array(repeating: .right, count: steps - 1), to: &state)
        let end = AppRenderer.frame(state).text
        assertSnapshot(end, named: "demo-answer-\(size.columns)x\(size.rows)")
        #expect(end.contains("280") || end.contains("███"))
        Self.send([.character("n")], to: &state)
        #expect(state.screen == .demo(item: 1, revealed: 0))
        #expect(state.update(.key(.character("q"))) == [.quit])
    }

    @Test("several layers walk the model: a slide per layer with its own derivation, then the total of them all")
    func wholeModel() throws {
        let items = try DemoSequence.model(input: "224x224x3", layers: ["Conv2D(64, 3, padding='same')", "MaxPooling2D(2)", "Conv2D(128, 3)"])
        #expect(items.count == 4)
        #expect(items.map(\.answer) == [64 * 27 + 64, 0, 128 * 9 * 64 + 128, 64 * 27 + 64 + 128 * 9 * 64 + 128])
        #expect(items[2].derivation.inputShape.dimensions == [112, 112, 64], "each layer on the shape it receives")
        var state = AppState(size: Size(columns: 100, rows: 30), demo: items)
        #expect(AppRenderer.frame(state).text.contains("layer 1 of 3"))
        Self.send([.character("n"), .character("n"), .character("n")], to: &state)
        let closing = AppRenderer.frame(state).text
        #expect(closing.contains("the whole model"))
        Self.send(Array(repeating: .right, count: items[3].derivation.steps.count), to: &state)
        let last = items[3].derivation.steps.last
        #expect(last?.result == 75_648)
        #expect(AppRenderer.frame(state).text.contains("75,648") || AppRenderer.frame(state).text.contains("███"))
        #expect(try DemoSequence.model(input: "24x24x3", layers: ["Conv2D(10, 3)"]).count == 1, "one layer, one slide")
    }

    @Test("the demo sequence grows from the classic example to transposed convolutions")
    func sequence() {
        let items = DemoSequence.items(seed: nil)
        #expect(items.first?.answer == 280)
        #expect(items.last?.derivation.layer.type.name == "Conv2DTranspose")
        #expect(items.contains { $0.derivation.layer.type.name == "SeparableConv2D" })
        let seeded = DemoSequence.items(seed: 3)
        #expect(seeded == DemoSequence.items(seed: 3))
        #expect(seeded.map(\.answer) != items.map(\.answer))
    }
}

@Suite("lesson progress from recorded answers")
struct LessonProgressTests {
    @Test("practice answers recorded under a lesson's mode become its progress")
    func fromRecords() {
        let progress = LessonProgress.fromRecords([
            (.lesson("bias"), true), (.lesson("bias"), false), (.quiz, true), (.interview, false), (.lesson("conv1d"), true),
        ])
        #expect(progress["bias"]?.mark == "practised 1/2")
        #expect(progress["conv1d"]?.mark == "practised 1/1")
        #expect(progress.count == 2)
    }
}
