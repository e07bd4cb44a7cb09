import ArgumentParser
import Tutor
import TutorUI
import TerminalBackend

/// `convtutor interview`: a timed round at interview difficulty.
struct Interview: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "interview", _superCommandName: "convtutor",
        abstract: "A timed round of mixed questions at interview difficulty: one try each, no hints.",
        discussion: HelpText.plain("""
            Parameters, output shapes and multiply-accumulates, against a countdown. At the end, a report \
            gives the score, the time per question and the mistakes, with a walkthrough of each missed \
            question. Answers are recorded like any other session. With --plain (or without a terminal) \
            the round runs as lines of text: one answer per line, q ends it, and so does the end of input.

            Examples:
              convtutor interview
              convtutor interview --minutes 5 --seed 42
              convtutor interview --plain --minutes 3
            """))

    @Option(parsing: .unconditional, help: ArgumentHelp("How long the round lasts, more than 0 and at most 600.", valueName: "minutes"))
    var minutes: Double = 10

    @Option(parsing: .unconditional, help: ArgumentHelp("Replay a round: the same seed asks the same questions.", valueName: "n"), transform: SeedOption.parse)
    var seed: UInt64?

    @Flag(help: "Draw with plain ASCII characters only.")
    var ascii = false

    @Flag(help: "Run the round as plain lines of text (also without a terminal).")
    var plain = false

    @Option(help: ArgumentHelp("Where progress is kept (also CONVTUTOR_DATA_DIR).", valueName: "folder"))
    var dataDir: String?

    @Option(help: ArgumentHelp("Store this name with each answer, so a teacher can merge a class's exports (also CONVTUTOR_NAME).",
                               valueName: "name"))
    var name: String?

    func validate() throws {
        if let name { _ = try LearnerName.resolve(name) }
        guard minutes > 0, minutes <= 600 else { throw ValidationError("--minutes must be more than 0 and at most 600") }
    }

    func run() throws {
        let learner = try LearnerName.resolve(name)
        let environment = NcursesTerminal.processEnvironment()
        let round = seed ?? UInt64.random(in: 1...999_999)
        if !plain, case .failure(let reason) = NcursesTerminal.canRunFullScreen(environment: environment) {
            Console.printError("convtutor: \(reason); using plain line mode.")
        }
        if plain || (try? NcursesTerminal.canRunFullScreen(environment: environment).get()) == nil {
            try runPlain(seed: round, learner: learner)
            return
        }
        let terminal = NcursesTerminal(environment: environment)
        try terminal.start()
        let recorder = ProgressRecorder(dataDirectory: dataDir, name: learner)
        var state = AppState(size: terminal.size, interviewSeed: round, minutes: minutes,
                             asciiOnly: ascii || !terminal.supportsUnicode)
        state.notice = recorder.warning
        AppLoop.run(&state, on: terminal, clock: ProgramClock.make(), tickInterval: 250) { recorder.perform($0) }
        terminal.stop()
        if let warning = recorder.warning { Console.printError("convtutor: \(warning)") }
        if let saving = recorder.finish() { Console.printError("convtutor: \(saving)") }
        SignalExit.followStop(of: terminal)
        if recorder.hasUnsaved { throw ProgressRecorder.unsavedExit }
    }

    /// The round as lines: each line one answer, timed from when its question was printed.
    private func runPlain(seed: UInt64, learner: String?) throws {
        let recorder = ProgressRecorder(dataDirectory: dataDir, name: learner)
        if let warning = recorder.warning { Console.printError("convtutor: \(warning)") }
        var interview = PlainInterview(seed: seed, minutes: minutes, width: Console.terminalColumns() ?? 80,
                                       unicode: !ascii && Console.localeIsUTF8())
        try InteractiveSession.runPlain(&interview, recorder: recorder, clock: ProgramClock.make())
    }
}
