/// The main menu's keys: choose an item and open it, or open one by its number.
enum MenuKeys: ScreenKeys {
    enum Action: Sendable, Equatable {
        case previous
        case next
        case openChosen
        case open(MenuItem)
        case help
        case quit
    }

    static func bindings(_ state: AppState) -> [KeyBinding<Action>] {
        let ascii = state.asciiOnly
        let choose = "\(Key.up.name(ascii: ascii))/\(Key.down.name(ascii: ascii)) choose"
        let numbers = "\(MenuItem.allCases.first?.number ?? 1)-\(MenuItem.allCases.last?.number ?? 1) jump"
        let resumable = state.session != nil && state.session?.phase != .finished
        var bindings: [KeyBinding<Action>] = [
            KeyBinding([.up, .character("k")], .previous, label: choose, help: "the item above"),
            KeyBinding([.down, .character("j"), .tab], .next, label: choose, help: "the item below"),
            KeyBinding([.enter], .openChosen, label: "Enter open", help: "open the item chosen"),
        ]
        for item in MenuItem.allCases {
            let text: String
            switch item {
            case .continueStudy: text = "continue: the reviews due, the next lesson or practice"
            case .quiz: text = resumable ? "resume the quiz" : "open Quiz"
            case .lessons, .stats: text = "open \(item.title)"
            case .quit: text = "Quit"
            }
            bindings.append(KeyBinding([.character(Character(String(item.number)))], .open(item), label: numbers, help: text))
        }
        bindings.append(.help(.help))
        bindings.append(KeyBinding([.character("q"), .escape], .quit, label: "q quit", help: "leave convtutor"))
        return bindings
    }

    static func perform(_ action: Action, key: Key, on state: inout AppState) -> [AppEffect] {
        switch action {
        case .previous: state.menuSelection = state.menuSelection.moved(by: -1)
        case .next: state.menuSelection = state.menuSelection.moved(by: 1)
        case .openChosen: return open(state.menuSelection, on: &state)
        case .open(let item):
            state.menuSelection = item
            return open(item, on: &state)
        case .help: state.helpVisible = true
        case .quit: return [.quit]
        }
        return []
    }

    private static func open(_ item: MenuItem, on state: inout AppState) -> [AppEffect] {
        switch item {
        case .continueStudy:
            switch state.studyPlan.step {
            case .review, .practice: state.startQuiz()
            case .lesson(let index): state.openLessonReader(index)
            }
        case .quiz: state.startQuiz()
        case .lessons: state.screen = .lessonList(selected: 0)
        case .stats:
            state.screen = .stats
            state.statsScroll = 0
            return [.loadStats]
        case .quit: return [.quit]
        }
        return []
    }
}
