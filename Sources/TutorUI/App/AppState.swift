import Tutor

/// The whole state of the interactive tutor: a value that `update` changes and `render` draws.
public struct AppState: Sendable, Equatable {
    public var size: Size
    public var screen: Screen
    public var quizSettings: QuizSettings
    public var session: QuizSession?
    public var field = AnswerField()
    public var feedback: Feedback?
    public var menuSelection = 0
    public var showsPyTorch = false
    public var helpVisible = false
    /// Draw boxes and arrows with ASCII only (for terminals that are not UTF-8).
    public var asciiOnly: Bool

    /// The smallest terminal the screens are laid out for.
    public static let minimumSize = Size(columns: 60, rows: 18)

    public init(size: Size, quizSettings: QuizSettings, startInQuiz: Bool = false, asciiOnly: Bool = false) {
        self.size = size
        self.quizSettings = quizSettings
        self.asciiOnly = asciiOnly
        self.screen = .menu
        if startInQuiz { startQuiz() }
    }

    public var isTooSmall: Bool {
        size.columns < AppState.minimumSize.columns || size.rows < AppState.minimumSize.rows
    }

    mutating func startQuiz() {
        if session == nil || session?.phase == .finished {
            session = QuizSession(settings: quizSettings)
            field.clear()
            feedback = nil
        }
        screen = .quiz
    }
}
