import ArgumentParser
import ConvMath

/// Reads a command line with as little of the argument parser as the line needs.
///
/// Parsing through `ConvTutor` builds every command's arguments and help text by reflection before
/// it reads a word; on Linux each type it reflects on costs a search through every protocol
/// conformance in the binary. That was most of what `summary` cost. So:
///
/// - `--version`, `--help`, and the commands written plainly (each option spelt out once, with its
///   value as the next word; `--skill` as often as it is wanted) that a shell or a person starts
///   most (`summary`, `explain`, `stats`, `lessons list`, `lessons check`, `learn`, `quiz`, the menu)
///   are read here directly, since they must start as fast as a program can; `--help` is still the
///   argument parser's help, built for the root command alone;
/// - any other line that names a command is parsed by that command alone, which reads its options
///   the same way without building the others;
/// - and whatever either of them does not accept as it stands (help, a completion script, a mistake,
///   a spelling this reader does not know) is left to the whole tree, so that every message reads
///   exactly as it always has.
///
/// A test reads many command lines both here and with the argument parser and requires the same
/// result wherever this reader gives one.
enum DirectParse {
    /// A command read without the argument parser.
    enum Command: Equatable {
        case version
        case help
        case summary(ModelRequest, json: Bool, dataType: DataType)
        case explain(ModelRequest)
        case stats(json: Bool, csv: Bool, dataDirs: [String], ascii: Bool)
        case lessonsList(folder: String?)
        case lessonsCheck(folder: String?)
        case learn(id: String?, QuizRequest)
        case quiz(QuizRequest)
        case menu(QuizRequest)

        func run() throws {
            switch self {
            case .version: Console.print(ConvTutorVersion.current)
            case .help: Console.print(ConvTutor.helpMessage())
            case .summary(let model, let json, let dataType): try Summary.run(model, json: json, dataType: dataType)
            case .explain(let model): try Explain.run(model)
            case .stats(let json, let csv, let dataDirs, let ascii): try Stats.run(json: json, csv: csv, dataDirs: dataDirs, ascii: ascii)
            case .lessonsList(let folder): try Lessons.List.run(lessons: folder)
            case .lessonsCheck(let folder): try Lessons.Check.run(folder: folder)
            case .learn(let id, let options): try Learn.run(id: id, options: options)
            case .quiz(let options): try InteractiveSession.run(options, startInQuiz: true)
            case .menu(let options): try InteractiveSession.run(options, startInQuiz: false)
            }
        }
    }

    /// The command, when the line is one this reader knows how to read and it is valid; otherwise nil.
    static func read(_ arguments: [String]) -> Command? {
        guard let first = arguments.first else { return .menu(QuizRequest()) }
        let rest = arguments.dropFirst()
        switch first {
        case "--version":
            return rest.isEmpty ? .version : nil
        case "--help", "-h":
            return rest.isEmpty ? .help : nil
        case "summary":
            guard let (model, flags, values) = model(rest, flags: ["--json"], values: ["--dtype"]) else { return nil }
            var dataType = DataType.float32
            if let name = values["--dtype"] {
                guard let named = DataType(rawValue: name) else { return nil }
                dataType = named
            }
            return .summary(model, json: flags.contains("--json"), dataType: dataType)
        case "explain":
            guard let (model, _, _) = model(rest, flags: []) else { return nil }
            return .explain(model)
        case "stats":
            guard let line = Line(rest, flags: ["--json", "--csv", "--ascii"], values: [], lists: ["--data-dir"]),
                  line.positionals.isEmpty, !(line.flags.contains("--json") && line.flags.contains("--csv")) else { return nil }
            let dataDirs = line.lists["--data-dir"] ?? []
            let export = line.flags.contains("--json") || line.flags.contains("--csv")
            guard dataDirs.count <= 1 || export else { return nil }
            return .stats(json: line.flags.contains("--json"), csv: line.flags.contains("--csv"),
                          dataDirs: dataDirs, ascii: line.flags.contains("--ascii"))
        case "lessons" where rest.first == "list":
            guard let line = Line(rest.dropFirst(), flags: [], values: ["--lessons"]), line.positionals.isEmpty else { return nil }
            return .lessonsList(folder: line.values["--lessons"])
        case "lessons" where rest.first == "check":
            guard let line = Line(rest.dropFirst(), flags: [], values: []), line.positionals.count <= 1,
                  line.positionals.first?.hasPrefix("-") != true else { return nil }
            return .lessonsCheck(folder: line.positionals.first)
        case "learn":
            guard let (options, positionals) = quiz(rest), positionals.count <= 1,
                  positionals.first?.hasPrefix("-") != true else { return nil }
            return .learn(id: positionals.first, options)
        case "quiz", "menu":
            guard let (options, positionals) = quiz(rest), positionals.isEmpty else { return nil }
            return first == "quiz" ? .quiz(options) : .menu(options)
        default:
            return nil
        }
    }

    /// The options of `QuizOptions`, as a request that passes validation, and the other words.
    private static func quiz(_ arguments: ArraySlice<String>) -> (QuizRequest, positionals: [String])? {
        guard let line = Line(arguments, flags: ["--guided", "--plain", "--ascii"],
                              values: ["--seed", "--count", "--data-dir", "--lessons"], lists: ["--skill"]) else { return nil }
        var options = QuizRequest(skills: line.lists["--skill"] ?? [], guided: line.flags.contains("--guided"),
                                  plain: line.flags.contains("--plain"), ascii: line.flags.contains("--ascii"),
                                  dataDir: line.values["--data-dir"], lessons: line.values["--lessons"])
        if let seed = line.values["--seed"] {
            guard let value = try? SeedOption.parse(seed) else { return nil }
            options.seed = value
        }
        if let count = line.values["--count"] {
            guard let value = Int(count) else { return nil }
            options.count = value
        }
        guard (try? options.validate()) != nil else { return nil }
        return (options, line.positionals)
    }

    /// The options of `ModelInputOptions`, as a request that passes validation, and the given flags
    /// and options of the command's own.
    private static func model(_ arguments: ArraySlice<String>, flags: Set<String>, values: Set<String> = [])
        -> (ModelRequest, flags: Set<String>, values: [String: String])? {
        let shared: Set<String> = ["--input", "--file", "--width"]
        guard let line = Line(arguments, flags: flags.union(["--ascii"]), values: shared.union(values),
                              aliases: ["-i": "--input", "-f": "--file"], dashValues: ["--file"]) else { return nil }
        var model = ModelRequest(input: line.values["--input"], file: line.values["--file"], layers: line.positionals,
                                 ascii: line.flags.contains("--ascii"))
        if let width = line.values["--width"] {
            guard let columns = Int(width) else { return nil }
            model.width = columns
        }
        guard (try? model.validate()) != nil else { return nil }
        return (model, line.flags.subtracting(["--ascii"]), line.values.filter { values.contains($0.key) })
    }

    /// A command line in its plainest shape: flags, options each followed by its value, and positional
    /// words, with `--` ending the options. Nil for a word it does not expect, an option given twice
    /// (other than one of `lists`, whose values are kept in order), an option without a value, or a
    /// value that looks like an option (`-` only where `dashValues` allows it).
    struct Line {
        var flags: Set<String> = []
        var values: [String: String] = [:]
        var lists: [String: [String]] = [:]
        var positionals: [String] = []

        init?(_ words: ArraySlice<String>, flags: Set<String>, values: Set<String>, lists: Set<String> = [],
              aliases: [String: String] = [:], dashValues: Set<String> = []) {
            var seen: Set<String> = []
            var pastTerminator = false
            var index = words.startIndex
            while index < words.endIndex {
                let word = words[index]
                index += 1
                if pastTerminator || word == "-" || !word.hasPrefix("-") {
                    positionals.append(word)
                    continue
                }
                if word == "--" {
                    pastTerminator = true
                    continue
                }
                let name = aliases[word] ?? word
                guard seen.insert(name).inserted || lists.contains(name) else { return nil }
                if flags.contains(name) {
                    self.flags.insert(name)
                } else if values.contains(name) || lists.contains(name), index < words.endIndex {
                    let value = words[index]
                    index += 1
                    guard !value.hasPrefix("-") || (value == "-" && dashValues.contains(name)) else { return nil }
                    if lists.contains(name) {
                        self.lists[name, default: []].append(value)
                    } else {
                        self.values[name] = value
                    }
                } else {
                    return nil
                }
            }
        }
    }

    /// The commands that take no subcommand, by the words that name them. Each names `convtutor` as
    /// its super-command in its configuration: parsed on its own, it then leaves completion scripts to
    /// the whole tree (the argument parser skips that check for such a command, and it was a third of
    /// the cost of parsing one), and its messages would call it by its full name. Within the tree, a
    /// super-command changes nothing.
    static let leaves: [String: any ParsableCommand.Type] = [
        "summary": Summary.self,
        "explain": Explain.self,
        "stats": Stats.self,
        "quiz": Quiz.self,
        "menu": Home.self,
        "learn": Learn.self,
        "demo": Demo.self,
        "interview": Interview.self,
        "lessons list": Lessons.List.self,
        "lessons check": Lessons.Check.self,
        "sets list": Sets.List.self,
        "sets check": Sets.Check.self,
    ]

    /// The command the line names, parsed by that command alone; nil when there is none, or when the
    /// parser throws or answers with another command (the help it shows for `--help`).
    static func leaf(_ arguments: [String]) -> (any ParsableCommand)? {
        guard let first = arguments.first else { return nil }
        var name = first
        var rest = arguments.dropFirst()
        if first == "lessons" || first == "sets", let second = rest.first {
            name += " " + second
            rest = rest.dropFirst()
        }
        guard let command = leaves[name], let parsed = try? command.parseAsRoot(Array(rest)),
              ObjectIdentifier(type(of: parsed)) == ObjectIdentifier(command) else { return nil }
        return parsed
    }
}
