/// The lesson list's keys: choose a lesson and read it, or go back to the menu.
enum LessonListKeys: ScreenKeys {
    enum Action: Sendable, Equatable {
        case up
        case down
        case first
        case last
        case read
        case menu
        case quit
        case help
    }

    static func bindings(_ state: AppState) -> [KeyBinding<Action>] {
        var bindings: [KeyBinding<Action>] = []
        if !state.lessons.isEmpty {
            let choose = "\(Key.up.name(ascii: state.asciiOnly))/\(Key.down.name(ascii: state.asciiOnly)) choose"
            bindings += [
                KeyBinding([.up, .character("k")], .up, label: choose, help: "the lesson above"),
                KeyBinding([.down, .character("j")], .down, label: choose, help: "the lesson below"),
                KeyBinding([.home], .first, label: "Home first", help: "the first lesson", inStatusLine: false),
                KeyBinding([.end], .last, label: "End last", help: "the last lesson", inStatusLine: false),
                KeyBinding([.enter, .right, .character(" ")], .read, label: "Enter read", help: "read the lesson chosen"),
            ]
        }
        bindings.append(KeyBinding([.escape, .left], .menu, label: "Esc menu", help: "back to the menu"))
        bindings.append(KeyBinding([.character("q")], .quit, label: "q quit", help: "leave convtutor"))
        bindings.append(.help(.help, inStatusLine: false))
        return bindings
    }

    static func perform(_ action: Action, key: Key, on state: inout AppState) -> [AppEffect] {
        guard case .lessonList(let selected) = state.screen else { return [] }
        let count = state.lessons.count
        switch action {
        case .up: state.screen = .lessonList(selected: max(0, selected - 1))
        case .down: state.screen = .lessonList(selected: min(max(0, count - 1), selected + 1))
        case .first: state.screen = .lessonList(selected: 0)
        case .last: state.screen = .lessonList(selected: max(0, count - 1))
        case .read: if selected < count { state.openLessonReader(selected) }
        case .menu: state.screen = .menu
        case .quit: return [.quit]
        case .help: state.helpVisible = true
        }
        return []
    }
}
