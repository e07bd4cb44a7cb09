import ArgumentParser
import Tutor
import TutorUI
import TerminalBackend
#if canImport(Glibc)
import Glibc
#endif

/// Starts the tutor full-screen when the terminal allows it, and in plain line mode otherwise.
enum InteractiveSession {
    static func run(_ options: QuizRequest, startInQuiz: Bool, openLesson: String? = nil) throws {
        let settings = try options.loadSettings()
        let name = try LearnerName.resolve(options.name)
        let environment = NcursesTerminal.processEnvironment()
        if !options.plain, case .failure(let reason) = NcursesTerminal.canRunFullScreen(environment: environment) {
            Console.printError("convtutor: \(reason); using plain line mode.")
            try runPlain(settings, options: options, name: name)
            return
        }
        if options.plain {
            try runPlain(settings, options: options, name: name)
            return
        }
        let lessons = try LessonSource.lessons(options.lessons)
        let terminal = NcursesTerminal(environment: environment)
        do {
            try terminal.start()
        } catch {
            Console.printError("convtutor: \(error); using plain line mode.")
            try runPlain(settings, options: options, name: name)
            return
        }
        let recorder = ProgressRecorder(dataDirectory: options.dataDir, name: name)
        var state = AppState(size: terminal.size, quizSettings: settings, startInQuiz: false,
                             asciiOnly: options.ascii || !terminal.supportsUnicode,
                             lessons: lessons, openLesson: openLesson,
                             lessonPositions: recorder.lessonPositions(lessons.map(\.id)))
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
        if let saving = recorder.finish() { Console.printError("convtutor: \(saving)") }
        SignalExit.followStop(of: terminal)
        if recorder.hasUnsaved { throw ProgressRecorder.unsavedExit }
    }

    private static func runPlain(_ settings: QuizSettings, options: QuizRequest, name: String?) throws {
        let recorder = ProgressRecorder(dataDirectory: options.dataDir, name: name)
        if let warning = recorder.warning { Console.printError("convtutor: \(warning)") }
        var quiz = PlainQuiz(settings: settings, learner: options.seed == nil ? recorder.history().learner : nil,
                             width: Console.terminalColumns() ?? 80,
                             unicode: !options.ascii && Console.localeIsUTF8(), pauses: isatty(STDIN_FILENO) != 0)
        try runPlain(&quiz, recorder: recorder, clock: ProgramClock.make())
    }

    /// The loop of a session in plain lines (the quiz, the interview): reads a line, prints what the
    /// session answers and records the answers in it. An answer that could not be saved is said on the
    /// error stream right after its feedback (as is the news that the waiting ones were saved later);
    /// if some are still unsaved when the session ends, after one more try, it says how many and
    /// throws `ProgressRecorder.unsavedExit`.
    static func runPlain<Session: PlainSession>(_ session: inout Session, recorder: ProgressRecorder, clock: () -> Double,
                                                read: () -> String? = { fflush(nil); return readLine() },
                                                write: (String) -> Void = { Console.print($0, terminator: "") },
                                                warn: (String) -> Void = { fflush(nil); Console.printError("convtutor: " + $0) })
        throws {
        write(session.start(at: clock()))
        while !session.isFinished {
            write(session.prompt)
            guard let line = read() else {
                write(session.endOfInput())
                break
            }
            let result = session.handle(line, at: clock())
            let notices = result.records.map { recorder.record($0.0, seconds: $0.1, mode: session.mode) }
            write(result.output)
            if let notice = notices.last ?? nil { warn(notice.text) }
        }
        for effect in session.effectsAtEnd { _ = recorder.perform(effect) }
        fflush(nil)
        if let missed = recorder.missedWarning { warn(missed) }
        if let saving = recorder.finish() { warn(saving) }
        if recorder.hasUnsaved { throw ProgressRecorder.unsavedExit }
    }
}
