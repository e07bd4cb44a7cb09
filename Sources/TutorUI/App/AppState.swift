import StyledText
import Tutor

/// The whole state of the interactive tutor: a value that `update` changes and `render` draws.
public struct AppState: Sendable, Equatable {
    public var size: Size
    public var screen: Screen
    public var quizSettings: QuizSettings
    public var session: QuizSession?
    public var field = AnswerField()
    public var feedback: Feedback?
    public var menuSelection = MenuItem.continueStudy
    public var showsPyTorch = false
    public var helpVisible = false
    /// Draw boxes and arrows with ASCII only (for terminals that are not UTF-8).
    public var asciiOnly: Bool
    /// The lessons, in their order.
    public var lessons: [Lesson]
    /// What the learner has done with each lesson, by id.
    public var lessonProgress: [String: LessonProgress] = [:]
    /// The lesson being read, laid out for the current width.
    public var lessonPage: LessonPage?
    /// The lesson to go back to when the current quiz is a lesson's practice.
    public var practiceLesson: Int?
    /// Where the reader left each lesson (its top line), by lesson id; a lesson opens there again.
    public var lessonPositions: [String: Int] = [:]
    /// The layers of classroom mode.
    public var demoItems: [DemoItem] = []
    /// The clock's last reading, in seconds.
    public var now: Double = 0
    /// When the current question appeared, for the seconds an answer took.
    public var questionShownAt: Double = 0
    /// Whether a tick has told the state the time yet: a question shown before that (the first one of
    /// `convtutor quiz`) is timed from the first tick, not from 0.
    public var clockRead = false
    /// The timed round, when this is an interview.
    public var interview: InterviewRound?
    /// A missed interview question to walk through instead of the current one, and its row in the report.
    public var walkthroughOverride: ReportWalkthrough?
    /// The statistics last loaded for the Stats screen.
    public var stats: PracticeStats?
    /// How many lines the Stats screen is scrolled down, when it is taller than the terminal.
    public var statsScroll = 0
    /// What the tutor knows of the learner, which picks the next skill when none is set.
    public var learner: LearnerModel?
    /// A warning to keep in view, such as progress not being saved.
    public var notice: String?
    /// Answers that could not be saved, on the status line of every screen until they are; or, until
    /// the next key, the news that they now are.
    public var saving: SavingNotice?

    /// The smallest terminal the screens are laid out for.
    public static let minimumSize = Size(columns: 60, rows: 18)

    public init(size: Size, quizSettings: QuizSettings, startInQuiz: Bool = false, asciiOnly: Bool = false,
                lessons: [Lesson] = [], openLesson: String? = nil, lessonPositions: [String: Int] = [:]) {
        self.size = size
        self.quizSettings = quizSettings
        self.asciiOnly = asciiOnly
        self.lessons = lessons
        self.lessonPositions = lessonPositions
        self.screen = .menu
        if startInQuiz { startQuiz() }
        if let openLesson {
            if let index = lessons.firstIndex(where: { $0.id == openLesson }) {
                openLessonReader(index)
            } else {
                screen = .lessonList(selected: 0)
            }
        }
    }

    /// Classroom mode over the given layers.
    public init(size: Size, demo items: [DemoItem], asciiOnly: Bool = false) {
        self.init(size: size, quizSettings: QuizSettings(seed: 1), asciiOnly: asciiOnly)
        demoItems = items
        screen = .demo(item: 0, revealed: 0)
    }

    /// An interview round of `minutes`, timed from the first tick.
    public init(size: Size, interviewSeed seed: UInt64, minutes: Double, asciiOnly: Bool = false) {
        self.init(size: size, interview: .interview(seed: seed), minutes: minutes, asciiOnly: asciiOnly)
    }

    /// An interview round of `minutes` asking what `settings` draw (a mix of kinds, or the questions
    /// to retry), timed from the first tick.
    public init(size: Size, interview settings: QuizSettings, minutes: Double, asciiOnly: Bool = false) {
        self.init(size: size, quizSettings: settings, startInQuiz: true, asciiOnly: asciiOnly)
        interview = InterviewRound(duration: minutes * 60)
    }

    /// The mode an answer is recorded under.
    var mode: PracticeMode {
        if interview != nil { return .interview }
        if let index = practiceLesson, index < lessons.count { return .lesson(lessons[index].id) }
        return .quiz
    }

    public var isTooSmall: Bool {
        size.columns < AppState.minimumSize.columns || size.rows < AppState.minimumSize.rows
    }

    /// What `Continue` in the menu does next.
    public var studyPlan: StudyPlan {
        StudyPlan(learner: learner, lessons: lessons, progress: lessonProgress)
    }

    mutating func openLessonReader(_ index: Int) {
        let lines = layOutLesson(index).count
        let limit = max(0, lines - LessonScreen.viewHeight(size))
        screen = .lesson(index: index, scroll: min(max(0, lessonPositions[lessons[index].id] ?? 0), limit))
        lessonProgress[lessons[index].id, default: LessonProgress()].opened = true
    }

    /// Lays out a lesson unless the page for it at this width is already there; returns its lines.
    @discardableResult
    mutating func layOutLesson(_ index: Int) -> [StyledLine] {
        let lesson = lessons[index]
        if let page = lessonPage, page.fits(lesson, size: size, ascii: asciiOnly) { return page.lines }
        let page = LessonPage(lesson, size: size, ascii: asciiOnly)
        lessonPage = page
        return page.lines
    }

    public mutating func startQuiz() {
        if session == nil || session?.phase == .finished {
            session = QuizSession(settings: quizSettings, learner: learner)
            field.clear()
            feedback = nil
            questionShownAt = now
        }
        screen = .quiz
    }
}
