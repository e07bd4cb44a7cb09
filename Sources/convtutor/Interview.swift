import ArgumentParser
import ConvMath
import Tutor
import TutorUI
import TerminalBackend

/// `convtutor interview`: a timed round at interview difficulty.
struct Interview: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "interview", _superCommandName: "convtutor",
        abstract: "A timed round of mixed questions at interview difficulty: one try each, no hints.",
        discussion: HelpText.plain("""
            Every kind of question, against a countdown, drawn as interviews ask them: the classic counts \
            and output sizes most often, and never one kind twice in a row. --kinds limits the round to \
            some kinds. At the end, a report gives the score, overall and by kind, the time per question \
            and the mistakes, and lists the missed questions, each with its walkthrough; \
            --retry-missed asks those again as a round of their own. Answers are recorded like any other \
            session. With --plain (or without a terminal) the round runs as lines of text: one answer per \
            line, q ends it, and so does the end of input.

            Examples:
              convtutor interview
              convtutor interview --minutes 5 --seed 42
              convtutor interview --kinds output-shape,macs
              convtutor interview --retry-missed
              convtutor interview --plain --minutes 3
            """))

    @Option(parsing: .unconditional, help: ArgumentHelp("How long the round lasts, more than 0 and at most 600.", valueName: "minutes"))
    var minutes: Double = 10

    @Option(parsing: .unconditional, help: ArgumentHelp("Replay a round: the same seed asks the same questions.", valueName: "n"), transform: SeedOption.parse)
    var seed: UInt64?

    @Option(help: ArgumentHelp("Ask only these kinds, separated by commas: \(Skill.allCases.map(\.rawValue).joined(separator: ", ")).",
                               valueName: "kinds"))
    var kinds: String?

    @Flag(help: "Ask again the questions the last round missed, and only those.")
    var retryMissed = false

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
        if let kinds, case .failure(let error) = KindList.parse(kinds) { throw ValidationError(error.message) }
        if retryMissed, kinds != nil || seed != nil {
            throw ValidationError("--retry-missed asks the last round's missed questions again, so it takes no --kinds or --seed")
        }
    }

    func run() throws {
        let learner = try LearnerName.resolve(name)
        let recorder = ProgressRecorder(dataDirectory: dataDir, name: learner)
        let settings = try roundSettings(recorder)
        let environment = NcursesTerminal.processEnvironment()
        if !plain, case .failure(let reason) = NcursesTerminal.canRunFullScreen(environment: environment) {
            Console.printError("convtutor: \(reason); using plain line mode.")
        }
        if plain || (try? NcursesTerminal.canRunFullScreen(environment: environment).get()) == nil {
            try runPlain(settings, recorder: recorder)
            return
        }
        let terminal = NcursesTerminal(environment: environment)
        try terminal.start()
        var state = AppState(size: terminal.size, interview: settings, minutes: minutes,
                             asciiOnly: ascii || !terminal.supportsUnicode)
        state.notice = recorder.warning
        AppLoop.run(&state, on: terminal, clock: ProgramClock.make(), tickInterval: 250) { recorder.perform($0) }
        terminal.stop()
        if let warning = recorder.warning { Console.printError("convtutor: \(warning)") }
        if let missed = recorder.missedWarning { Console.printError("convtutor: \(missed)") }
        if let saving = recorder.finish() { Console.printError("convtutor: \(saving)") }
        SignalExit.followStop(of: terminal)
        if recorder.hasUnsaved { throw ProgressRecorder.unsavedExit }
    }

    /// What the round asks: the last round's missed questions, or a mix of the kinds given (or all).
    private func roundSettings(_ recorder: ProgressRecorder) throws -> QuizSettings {
        guard retryMissed else {
            let chosen = kinds.flatMap { try? KindList.parse($0).get() } ?? []
            return .interview(seed: seed ?? UInt64.random(in: 1...999_999), kinds: chosen)
        }
        switch recorder.missedRound() {
        case .failure(let error):
            Console.printError("convtutor: " + TerminalText.visible(error.description) + ".")
            throw ExitCode(1)
        case .success(let round):
            guard let settings = QuizSettings.retry(round.questions, seed: round.seed) else {
                Console.printError("convtutor: the last interview round (seed \(round.seed)) missed nothing, so there is nothing "
                                   + "to retry; start a new round with convtutor interview.")
                throw ExitCode(1)
            }
            return settings
        }
    }

    /// The round as lines: each line one answer, timed from when its question was printed.
    private func runPlain(_ settings: QuizSettings, recorder: ProgressRecorder) throws {
        if let warning = recorder.warning { Console.printError("convtutor: \(warning)") }
        var interview = PlainInterview(settings: settings, minutes: minutes, width: Console.terminalColumns() ?? 80,
                                       unicode: !ascii && Console.localeIsUTF8())
        try InteractiveSession.runPlain(&interview, recorder: recorder, clock: ProgramClock.make())
    }
}
