/// An item of the main menu, in the order it lists them; its number is its place, from 1.
public enum MenuItem: Int, CaseIterable, Sendable, Equatable {
    /// What to do next: due reviews, the next lesson, or practice (`StudyPlan`).
    case continueStudy
    case quiz
    case lessons
    case stats
    case quit

    /// The name in the menu (the quiz reads "Resume quiz" while a session is under way, see `MenuScreen`).
    public var title: String {
        switch self {
        case .continueStudy: return "Continue"
        case .quiz: return "Quiz"
        case .lessons: return "Lessons"
        case .stats: return "Stats"
        case .quit: return "Quit"
        }
    }

    /// The line beside the name (`Continue` shows its `StudyPlan` instead).
    public var description: String {
        switch self {
        case .continueStudy: return "Pick up where you left off"
        case .quiz: return "Practise counting, with feedback and walkthroughs"
        case .lessons: return "Read the ideas one at a time, then practise each"
        case .stats: return "Your mastery, accuracy and mistakes per skill"
        case .quit: return "Leave convtutor"
        }
    }

    /// The key that opens it: its number.
    public var number: Int { rawValue + 1 }

    /// The item before, or after, this one, wrapping around.
    func moved(by offset: Int) -> MenuItem {
        let count = MenuItem.allCases.count
        return MenuItem(rawValue: ((rawValue + offset) % count + count) % count) ?? self
    }
}
