/// A screen's keys, declared once: the bindings for the state the screen is in, and what each of its
/// actions does. `update` looks a key up among the bindings and performs its action, so a key not
/// bound does nothing; the help overlay and the status line are drawn from the same bindings.
protocol ScreenKeys {
    associatedtype Action: Sendable

    /// The bindings for this state, in the order the help and the status line list them; no key is
    /// bound twice.
    static func bindings(_ state: AppState) -> [KeyBinding<Action>]

    /// Carries out an action; `key` is the key pressed, which only the answer field's editing reads.
    static func perform(_ action: Action, key: Key, on state: inout AppState) -> [AppEffect]
}

extension AppState {
    /// The keys of the screen showing.
    private var screenKeys: any ScreenKeys.Type {
        switch screen {
        case .menu: return MenuKeys.self
        case .quiz: return QuizKeys.self
        case .walkthrough: return WalkthroughKeys.self
        case .summary: return SummaryKeys.self
        case .demo: return DemoKeys.self
        case .interviewReport: return InterviewReportKeys.self
        case .stats: return StatsKeys.self
        case .lessonList: return LessonListKeys.self
        case .lesson: return LessonKeys.self
        }
    }

    /// What the screen showing binds, as its help and its status line tell it.
    public var keyHelp: [KeyHelp] { Self.help(screenKeys, for: self) }

    /// The status line's key hints: the labels of the bindings shown there, each once, in order.
    public var statusKeys: [String] {
        var labels: [String] = []
        for help in keyHelp where help.inStatusLine && !labels.contains(help.label) { labels.append(help.label) }
        return labels
    }

    /// Performs the action the screen showing binds to `key`; a key it does not bind does nothing.
    mutating func press(_ key: Key) -> [AppEffect] { press(key, on: screenKeys) }

    private mutating func press<Keys: ScreenKeys>(_ key: Key, on keys: Keys.Type) -> [AppEffect] {
        guard let binding = keys.bindings(self).first(where: { $0.keys.contains(key) }) else { return [] }
        return keys.perform(binding.action, key: key, on: &self)
    }

    private static func help<Keys: ScreenKeys>(_ keys: Keys.Type, for state: AppState) -> [KeyHelp] {
        keys.bindings(state).map(\.help)
    }
}
