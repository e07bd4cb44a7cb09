import ArgumentParser

/// Reads a command line with as little of the argument parser as the line needs.
///
/// Parsing through `ConvTutor` builds every command's arguments and help text by reflection before
/// it reads a word; on Linux each type it reflects on costs a search through every protocol
/// conformance in the binary. That was most of what `summary` cost. So:
///
/// - `--version`, and `summary` and `explain` written plainly (each option spelt out once, with its
///   value as the next word), are read here directly, since those are what scripts run over and
///   over and what must start as fast as a program can;
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
        case summary(ModelRequest, json: Bool)
        case explain(ModelRequest)

        func run() throws {
            switch self {
            case .version: Console.print(ConvTutorVersion.current)
            case .summary(let model, let json): try Summary.run(model, json: json)
            case .explain(let model): try Explain.run(model)
            }
        }
    }

    /// The command, when the line is one this reader knows how to read and it is valid; otherwise nil.
    static func read(_ arguments: [String]) -> Command? {
        guard let first = arguments.first else { return nil }
        let rest = arguments.dropFirst()
        switch first {
        case "--version":
            return rest.isEmpty ? .version : nil
        case "summary":
            guard let (model, flags) = model(rest, flags: ["--json"]) else { return nil }
            return .summary(model, json: flags.contains("--json"))
        case "explain":
            guard let (model, _) = model(rest, flags: []) else { return nil }
            return .explain(model)
        default:
            return nil
        }
    }

    /// The options of `ModelInputOptions`, and those of `extraFlags` that were given. Nil for any word
    /// it does not expect, an option given twice, a value that looks like an option, or a request
    /// that fails validation.
    private static func model(_ arguments: ArraySlice<String>, flags extraFlags: Set<String>)
        -> (ModelRequest, flags: Set<String>)? {
        var model = ModelRequest()
        var flags: Set<String> = []
        var seen: Set<String> = []
        var pastTerminator = false
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let word = arguments[index]
            index += 1
            if pastTerminator || word == "-" || !word.hasPrefix("-") {
                model.layers.append(word)
                continue
            }
            if word == "--" {
                pastTerminator = true
                continue
            }
            let name = ["-i": "--input", "-f": "--file"][word] ?? word
            guard seen.insert(name).inserted else { return nil }
            switch name {
            case "--ascii":
                model.ascii = true
            case _ where extraFlags.contains(name):
                flags.insert(name)
            case "--input", "--file", "--width":
                guard index < arguments.endIndex else { return nil }
                let value = arguments[index]
                index += 1
                guard !value.hasPrefix("-") || (name == "--file" && value == "-") else { return nil }
                switch name {
                case "--input": model.input = value
                case "--file": model.file = value
                default:
                    guard let width = Int(value) else { return nil }
                    model.width = width
                }
            default:
                return nil
            }
        }
        guard (try? model.validate()) != nil else { return nil }
        return (model, flags)
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
    ]

    /// The command the line names, parsed by that command alone; nil when there is none, or when the
    /// parser throws or answers with another command (the help it shows for `--help`).
    static func leaf(_ arguments: [String]) -> (any ParsableCommand)? {
        guard let first = arguments.first else { return nil }
        var name = first
        var rest = arguments.dropFirst()
        if first == "lessons", let second = rest.first {
            name += " " + second
            rest = rest.dropFirst()
        }
        guard let command = leaves[name], let parsed = try? command.parseAsRoot(Array(rest)),
              ObjectIdentifier(type(of: parsed)) == ObjectIdentifier(command) else { return nil }
        return parsed
    }
}
