import ArgumentParser
import Progress
import Tutor
import TutorUI

/// `convtutor stats`: progress per skill, or every attempt exported for a teacher.
struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats", _superCommandName: "convtutor",
        abstract: "Show mastery and accuracy per skill, streaks, mistakes and time per question; export every attempt.",
        discussion: HelpText.plain("""
            Progress is kept in an SQLite file under $XDG_DATA_HOME/convtutor (by default \
            ~/.local/share/convtutor); --data-dir or CONVTUTOR_DATA_DIR point elsewhere.

            Examples:
              convtutor stats
              convtutor stats --csv > attempts.csv
              convtutor stats --json --data-dir ./class/alice
            """))

    @Flag(help: "Export every attempt as JSON.")
    var json = false

    @Flag(help: "Export every attempt as CSV: a header row, then one row per attempt.")
    var csv = false

    @Option(help: ArgumentHelp("Where progress is kept (also CONVTUTOR_DATA_DIR).", valueName: "folder"))
    var dataDir: String?

    @Flag(help: "Draw with plain ASCII characters only.")
    var ascii = false

    func validate() throws {
        if json && csv { throw ValidationError("choose one of --json and --csv") }
    }

    func run() throws {
        try Self.run(json: json, csv: csv, dataDir: dataDir, ascii: ascii)
    }

    static func run(json: Bool, csv: Bool, dataDir: String?, ascii: Bool) throws {
        let recorder = ProgressRecorder(dataDirectory: dataDir)
        if let warning = recorder.warning { Console.printError("warning: \(warning)") }
        let attempts: [StoredAttempt]
        do {
            attempts = try recorder.store.attempts()
        } catch {
            Console.printError("error: \(error)")
            throw ExitCode(1)
        }
        if csv {
            Console.print(AttemptExport.csv(attempts), terminator: "")
        } else if json {
            Console.print(AttemptExport.json(attempts).pretty())
        } else {
            let stats = LearnerHistory.stats(attempts, now: ProgressSession.now())
            if stats.totalAnswers == 0 {
                Console.print("No answers yet: run 'convtutor quiz' and your progress shows here.")
            } else {
                Console.print(StatsText.text(stats, ascii: ascii || !Console.localeIsUTF8()))
            }
        }
    }
}
