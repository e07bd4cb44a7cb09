/// The lesson reader's keys: scroll, move between lessons, start the lesson's practice, or go back
/// to the list.
enum LessonKeys: ScreenKeys {
    enum Action: Sendable, Equatable {
        case lineDown
        case lineUp
        case pageDown
        case pageUp
        case top
        case bottom
        case nextLesson
        case previousLesson
        case practise
        case list
        case quit
        case help
    }

    static func bindings(_ state: AppState) -> [KeyBinding<Action>] {
        let ascii = state.asciiOnly
        let scroll = "\(Key.up.name(ascii: ascii))/\(Key.down.name(ascii: ascii)) PgUp/PgDn scroll"
        let move = "n/b next/previous"
        return [
            KeyBinding([.down, .character("j")], .lineDown, label: scroll, help: "scroll down a line"),
            KeyBinding([.up, .character("k")], .lineUp, label: scroll, help: "scroll up a line"),
            KeyBinding([.pageDown, .character(" ")], .pageDown, label: scroll, help: "scroll down a page"),
            KeyBinding([.pageUp], .pageUp, label: scroll, help: "scroll up a page"),
            KeyBinding([.home], .top, label: "Home top", help: "the top of the lesson", inStatusLine: false),
            KeyBinding([.end], .bottom, label: "End end", help: "the end of the lesson", inStatusLine: false),
            KeyBinding([.character("p")], .practise, label: "p practise",
                       help: "practise what the lesson teaches, then come back to it"),
            KeyBinding([.character("n"), .right], .nextLesson, label: move, help: "the next lesson"),
            KeyBinding([.character("b"), .left], .previousLesson, label: move, help: "the lesson before"),
            KeyBinding([.escape, .character("l")], .list, label: "Esc lessons", help: "back to the list of lessons"),
            KeyBinding([.character("q")], .quit, label: "q quit", help: "leave convtutor", inStatusLine: false),
            .help(.help, inStatusLine: false),
        ]
    }

    static func perform(_ action: Action, key: Key, on state: inout AppState) -> [AppEffect] {
        guard case .lesson(let index, let scroll) = state.screen else { return [] }
        guard index < state.lessons.count else {
            state.screen = .lessonList(selected: 0)
            return []
        }
        let height = LessonScreen.viewHeight(state.size)
        let page = max(1, height - 1)
        let limit = max(0, state.layOutLesson(index).count - height)
        let id = state.lessons[index].id
        let leaving: [AppEffect] = [.keepLessonPosition(lessonID: id, line: scroll)]
        let newScroll: Int
        switch action {
        case .lineDown: newScroll = scroll + 1
        case .lineUp: newScroll = scroll - 1
        case .pageDown: newScroll = scroll + page
        case .pageUp: newScroll = scroll - page
        case .top: newScroll = 0
        case .bottom: newScroll = limit
        case .nextLesson:
            guard index + 1 < state.lessons.count else { return [] }
            state.openLessonReader(index + 1)
            return leaving
        case .previousLesson:
            guard index > 0 else { return [] }
            state.openLessonReader(index - 1)
            return leaving
        case .practise:
            state.startPractice(index)
            return leaving
        case .list:
            state.screen = .lessonList(selected: index)
            return leaving
        case .quit: return leaving + [.quit]
        case .help:
            state.helpVisible = true
            return []
        }
        let clamped = min(max(0, newScroll), limit)
        if clamped >= limit { state.lessonProgress[state.lessons[index].id, default: LessonProgress()].readToEnd = true }
        state.screen = .lesson(index: index, scroll: clamped)
        state.lessonPositions[id] = clamped
        return []
    }
}
