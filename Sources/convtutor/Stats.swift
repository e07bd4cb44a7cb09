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

            A teacher merges a class: with --data-dir given once per student's folder, --csv and --json \
            export every attempt of every folder, oldest first. Each row names the student (when they \
            answered with --name or CONVTUTOR_NAME) and the question set (quiz --set).

            Examples:
              convtutor stats
              convtutor stats --csv > attempts.csv
              convtutor stats --json --data-dir ./class/alice
              convtutor stats --csv --data-dir ./class/alice --data-dir ./class/bob > class.csv
            """))

    @Flag(help: "Export every attempt as JSON.")
    var json = false

    @Flag(help: "Export every attempt as CSV: a header row, then one row per attempt.")
    var csv = false

    @Option(help: ArgumentHelp("Where progress is kept (also CONVTUTOR_DATA_DIR); repeat it to merge several folders' exports.",
                               valueName: "folder"))
    var dataDir: [String] = []

    @Flag(help: "Draw with plain ASCII characters only.")
    var ascii = false

    func validate() throws {
        if json && csv { throw ValidationError("choose one of --json and --csv") }
        if dataDir.count > 1 && !json && !csv {
            throw ValidationError("several --data-dir folders are merged by --csv or --json; the statistics are one learner's")
        }
    }

    func run() throws {
        try Self.run(json: json, csv: csv, dataDirs: dataDir, ascii: ascii)
    }

    static func run(json: Bool, csv: Bool, dataDirs: [String], ascii: Bool) throws {
        var attempts: [StoredAttempt] = []
        for dataDir in dataDirs.isEmpty ? [nil] : dataDirs.map(Optional.some) {
            let recorder = ProgressRecorder(dataDirectory: dataDir)
            if let warning = recorder.warning { Console.printError("warning: \(warning)") }
            do {
                attempts += try recorder.store.attempts()
            } catch {
                Console.printError("error: \(error)")
                throw ExitCode(1)
            }
        }
        if dataDirs.count > 1 {
            // Oldest first, as one folder's are; a stable sort keeps each folder's order within a second.
            attempts = attempts.enumerated().sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }.map(\.element)
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
