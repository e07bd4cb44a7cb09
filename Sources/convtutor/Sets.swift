import ArgumentParser
import Tutor

/// `convtutor sets`: check and list teachers' question sets.
struct Sets: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sets",
        abstract: "Check or list question sets: a teacher's own questions, answered by the engine.",
        discussion: HelpText.plain("""
            A set is a text file of questions, each a layer or a model in Keras or PyTorch code and the \
            number it asks for. The file holds no answers: convtutor computes each one, with its \
            derivation, so none can be wrong. A set starts with a header, then each question starts with \
            a '## title' line:

              ---
              format: 1
              id: week-3
              title: Week 3
              ---
              ## The course example
              ask: parameters
              input: 24x24x3
              layer: Conv2D(10, kernel_size=3)
              notes: Does the 24x24 matter?

            ask: is parameters (a layer's), total, trainable, non-trainable, output-height or macs. The \
            code is layer: lines, or the model's code between ``` lines. focus: N asks about the N-th \
            layer (default: the last); id: names the question (stored with each answer), text: words it, \
            notes: are shown by demo --set once the answer is revealed.

            Examples:
              convtutor sets list
              convtutor sets check my-set.md
              convtutor quiz --set my-set.md --name Alice
              convtutor demo --set classic
            """),
        subcommands: [Check.self, List.self])

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check", _superCommandName: "convtutor sets",
            abstract: "Check question sets: every question read, and every answer computed, by the engine.",
            discussion: HelpText.plain("""
                Prints each problem as file:line: message, all at once and in order, and exits 1 when \
                there is any. Takes set files, folders of sets or built-in set ids; without one, checks \
                the built-in sets.
                """))

        @Argument(help: ArgumentHelp("The set files or folders to check (default: the built-in sets).", valueName: "file"))
        var files: [String] = []

        func run() throws {
            let sources: [(name: String, text: String)]
            do {
                sources = try SetSource.files(files)
            } catch {
                Console.printError("error: \(error.message)")
                throw ExitCode(1)
            }
            let readings = QuestionSetChecker.check(sources)
            let issues = readings.flatMap(\.issues)
            for issue in issues { Console.print(issue.description) }
            if issues.isEmpty {
                let questions = readings.reduce(0) { $0 + $1.questions.count }
                Console.print("\(NumberFormat.counted(readings.count, "set")), \(NumberFormat.counted(questions, "question")), no problems.")
            } else {
                Console.print("\(NumberFormat.counted(issues.count, "problem")) in \(NumberFormat.counted(sources.count, "file")).")
                throw ExitCode(1)
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", _superCommandName: "convtutor sets",
            abstract: "List the built-in question sets, with their ids and how many questions each has.")

        func run() throws {
            for file in SetSource.builtIn {
                let (set, _) = QuestionSetParser.parse(file.text, file: file.name)
                guard let set else { continue }
                Console.print("\(set.id.padded(14))  \(set.title)  (\(NumberFormat.counted(set.questions.count, "question")))")
            }
        }
    }
}
