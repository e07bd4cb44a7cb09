import ArgumentParser
import Tutor
import TutorUI
import TerminalBackend

/// `convtutor learn [ID]`: the lessons, full-screen, or one lesson as text in plain mode.
struct Learn: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "learn", _superCommandName: "convtutor",
        abstract: "Read the lessons, from what a parameter is to grouped and transposed convolutions.",
        discussion: HelpText.plain("""
            Without an id, opens the list of lessons. In a lesson: ↑/↓ and PgUp/PgDn scroll, n and b go to \
            the next and previous lesson, p starts the lesson's practice and comes back afterwards, Esc \
            returns to the list. With --plain (or without a terminal) the lesson is printed as text.

            Examples:
              convtutor learn
              convtutor learn kernel-depth
              convtutor learn worked-example --plain | less
            """))

    @Argument(help: ArgumentHelp("The lesson to open (see 'convtutor lessons list').", valueName: "id"))
    var id: String?

    @OptionGroup var options: QuizOptions

    func run() throws {
        try Self.run(id: id, options: options.request)
    }

    static func run(id: String?, options: QuizRequest) throws {
        let fullScreen = !options.plain
            && (try? NcursesTerminal.canRunFullScreen(environment: NcursesTerminal.processEnvironment()).get()) != nil
        let unicode = !options.ascii && Console.localeIsUTF8()
        let width = Console.terminalColumns() ?? 80
        // One lesson as text needs only its own file read.
        if !fullScreen, let id, let header = LessonSource.builtInHeader(id: id, option: options.lessons),
           let lesson = try LessonSource.lesson(header, option: options.lessons) {
            Console.print(LessonLayout.text(lesson, width: width, ascii: !unicode))
            return
        }
        let lessons = try LessonSource.headers(options.lessons)
        if let id, !lessons.contains(where: { $0.id == id }) {
            let known = lessons.map(\.id).joined(separator: ", ")
            Console.printError("error: there is no lesson '\(id)'. " + (known.isEmpty ? "No lesson could be read." : "The lessons are: \(known)"))
            throw ExitCode(1)
        }
        if fullScreen {
            try InteractiveSession.run(options, startInQuiz: false, openLesson: id ?? "")
            return
        }
        let header = id.flatMap { id in lessons.first { $0.id == id } }
        if let header, let lesson = try LessonSource.lesson(header, option: options.lessons) {
            Console.print(LessonLayout.text(lesson, width: width, ascii: !unicode))
        } else {
            for (index, lesson) in lessons.enumerated() { Console.print("\(index + 1). \(lesson.title) (\(lesson.id))") }
            Console.print("\nRead one with: convtutor learn ID --plain")
        }
    }
}

/// `convtutor lessons`: check and list a folder of lessons.
struct Lessons: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lessons",
        abstract: "Check or list lessons.",
        subcommands: [Check.self, List.self])

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check", _superCommandName: "convtutor lessons",
            abstract: "Validate a folder of lessons; every worked example's numbers are recomputed by the engine.",
            discussion: HelpText.plain("Prints each problem as file:line: message and exits 1 when there is any. Without a folder, checks the built-in lessons."))

        @Argument(help: ArgumentHelp("The folder to check (default: the built-in lessons).", valueName: "folder"))
        var folder: String?

        func run() throws {
            try Self.run(folder: folder)
        }

        static func run(folder: String?) throws {
            let files: [(name: String, text: String)]
            do {
                files = try LessonSource.files(folder)
            } catch {
                Console.printError("error: \(error.message)")
                throw ExitCode(1)
            }
            let result = LessonChecker.check(files)
            for issue in result.issues { Console.print("\(folder.map { $0 + "/" } ?? "")\(issue)") }
            if result.issues.isEmpty {
                Console.print("\(NumberFormat.counted(result.lessons.count, "lesson")), no problems.")
            } else {
                Console.print("\(NumberFormat.counted(result.issues.count, "problem")) in \(NumberFormat.counted(files.count, "file")).")
                throw ExitCode(1)
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", _superCommandName: "convtutor lessons", abstract: "List the lessons in order, with their ids and skills.")

        @Option(help: ArgumentHelp("Read lessons from this folder instead of the built-in ones.", valueName: "folder"))
        var lessons: String?

        func run() throws {
            try Self.run(lessons: lessons)
        }

        static func run(lessons: String?) throws {
            for (index, lesson) in try LessonSource.headers(lessons).enumerated() {
                Console.print("\(String(index + 1).leftPadded(3))  \(lesson.id.padded(22))  \(lesson.title)  [\(lesson.skills.map(\.rawValue).joined(separator: ", "))]")
            }
        }
    }
}

extension String {
    func padded(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
