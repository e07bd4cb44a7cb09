import ArgumentParser
import Tutor
#if canImport(Glibc)
import Glibc
#endif

/// Options for the interactive commands: which questions, and how to show them.
struct QuizOptions: ParsableArguments {
    @Option(parsing: .unconditional, help: ArgumentHelp("Replay a session: the same seed asks the same questions on every machine.", valueName: "n"), transform: SeedOption.parse)
    var seed: UInt64?

    @Option(name: .customLong("skill"), help: ArgumentHelp(
        "Practise only this skill (repeat for several): \(Skill.allCases.map(\.rawValue).joined(separator: ", ")).",
        valueName: "skill"))
    var skills: [String] = []

    @Option(parsing: .unconditional, help: ArgumentHelp("Stop after this many questions (at least 1) and show the summary.", valueName: "n"))
    var count: Int?

    @Flag(help: "Ask for each step of the derivation in turn (kernel depth, weights per kernel, ...).")
    var guided = false

    @Flag(help: "Use plain lines of text instead of the full screen (for pipes, scripts and screen readers).")
    var plain = false

    @Flag(help: "Draw with plain ASCII characters only.")
    var ascii = false

    @Option(help: ArgumentHelp("Where progress is kept (also CONVTUTOR_DATA_DIR; default $XDG_DATA_HOME/convtutor).",
                               valueName: "folder"))
    var dataDir: String?

    @Option(help: ArgumentHelp("Read lessons from this folder instead of the built-in ones (also CONVTUTOR_LESSONS).",
                               valueName: "folder"))
    var lessons: String?

    @Option(help: ArgumentHelp("Answer a teacher's question set, in its order: a set file, or a built-in set's id (see 'convtutor sets list').",
                               valueName: "file"))
    var set: String?

    @Option(help: ArgumentHelp("Store this name with each answer, so a teacher can merge a class's exports (also CONVTUTOR_NAME).",
                               valueName: "name"))
    var name: String?

    func validate() throws {
        if set != nil && !skills.isEmpty { throw ValidationError("--set asks the set's own questions: leave out --skill") }
        if set != nil && count != nil { throw ValidationError("--set asks every question of the set: leave out --count") }
        if let name { _ = try LearnerName.resolve(name) }
        for name in skills where Skill(rawValue: name) == nil {
            throw ValidationError("unknown skill '\(name)'; the skills are \(Skill.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if let count, count < 1 { throw ValidationError("--count must be at least 1") }
    }

    var settings: QuizSettings {
        QuizSettings(seed: seed ?? UInt64.random(in: 1...999_999), skills: skills.compactMap(Skill.init(rawValue:)),
                     count: count, guided: guided)
    }

    /// `settings`, with the set `--set` names read and answered by the engine; a set with a problem
    /// is reported and ends the command with status 1.
    func loadSettings() throws -> QuizSettings {
        var settings = settings
        if let set {
            let run = try SetSource.run(set)
            settings.questionSet = run
            settings.count = run.questions.count
        }
        return settings
    }
}
