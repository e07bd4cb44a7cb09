import Tutor
import TutorUI
import TerminalBackend
#if canImport(Glibc)
import Glibc
#endif

/// Starts the tutor full-screen when the terminal allows it, and in plain line mode otherwise.
enum InteractiveSession {
    static func run(_ options: QuizOptions, startInQuiz: Bool, openLesson: String? = nil) throws {
        let settings = options.settings
        let environment = NcursesTerminal.processEnvironment()
        if !options.plain, case .failure(let reason) = NcursesTerminal.canRunFullScreen(environment: environment) {
            Console.printError("convtutor: \(reason); using plain line mode.")
            runPlain(settings, options: options)
            return
        }
        if options.plain {
            runPlain(settings, options: options)
            return
        }
        let lessons = try LessonSource.lessons(options.lessons)
        let terminal = NcursesTerminal(environment: environment)
        do {
            try terminal.start()
        } catch {
            Console.printError("convtutor: \(error); using plain line mode.")
            runPlain(settings, options: options)
            return
        }
        let recorder = ProgressRecorder(dataDirectory: options.dataDir)
        var state = AppState(size: terminal.size, quizSettings: settings, startInQuiz: false,
                             asciiOnly: options.ascii || !terminal.supportsUnicode,
                             lessons: lessons, openLesson: openLesson)
        // A seed given on the command line means the same questions on every machine, so the learner's
        // progress only picks the skills when no seed was given.
        let history = recorder.history()
        state.learner = options.seed == nil ? history.learner : nil
        state.lessonProgress = history.lessons
        state.notice = recorder.warning
        if startInQuiz { state.startQuiz() }
        AppLoop.run(&state, on: terminal, clock: ProgramClock.make()) { recorder.perform($0) }
        terminal.stop()
        if let warning = recorder.warning { Console.printError("convtutor: \(warning)") }
        SignalExit.followStop(of: terminal)
    }

    private static func runPlain(_ settings: QuizSettings, options: QuizOptions) {
        let recorder = ProgressRecorder(dataDirectory: options.dataDir)
        if let warning = recorder.warning { Console.printError("convtutor: \(warning)") }
        let clock = ProgramClock.make()
        var quiz = PlainQuiz(settings: settings, learner: options.seed == nil ? recorder.history().learner : nil,
                             width: Console.terminalColumns() ?? 80,
                             unicode: !options.ascii && Console.localeIsUTF8())
        Console.print(quiz.start(), terminator: "")
        var shownAt = clock()
        while !quiz.isFinished {
            Console.print(quiz.prompt, terminator: "")
            fflush(nil)
            guard let line = readLine() else { break }
            let number = quiz.session.number
            let result = quiz.handle(line)
            for record in result.records { recorder.record(record, seconds: max(0, clock() - shownAt), mode: "quiz") }
            if quiz.session.number != number { shownAt = clock() }
            Console.print(result.output, terminator: "")
        }
        fflush(nil)
    }
}
