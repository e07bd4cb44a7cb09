import ArgumentParser

/// Takes the layer calls of a `summary` or `explain` command line aside before the argument parser
/// reads it, and puts them back afterwards.
///
/// The argument parser stores each value of a repeated positional argument by copying the set of
/// every input position used before it, so 10,000 layers given as arguments took seconds while the
/// same in a file took a fraction of one. Only the first layer goes through the parser (so that
/// validation still sees one); the rest are set on the parsed command, in order, in linear time.
enum LayerArguments {
    static let commands: Set<String> = ["summary", "explain"]
    /// The options of `ModelInputOptions`, `explain` and `summary` that take the next argument as their value.
    static let optionsWithValues: Set<String> = ["--input", "-i", "--file", "-f", "--width", "--model", "--set", "--layer", "--depth",
                                                 "--dtype"]

    /// The arguments for the parser, and every layer in order (nil for a command that takes none).
    static func split(_ arguments: [String]) -> (parsed: [String], layers: [String]?) {
        guard let command = arguments.first, commands.contains(command) else { return (arguments, nil) }
        var parsed = [command]
        var layers: [String] = []
        var index = 1
        var pastTerminator = false
        while index < arguments.count {
            let argument = arguments[index]
            if pastTerminator || argument == "-" || !argument.hasPrefix("-") {
                layers.append(argument)
            } else if argument == "--" {
                pastTerminator = true
            } else {
                parsed.append(argument)
                if optionsWithValues.contains(argument), index + 1 < arguments.count {
                    index += 1
                    parsed.append(arguments[index])
                }
            }
            index += 1
        }
        if let first = layers.first { parsed += ["--", first] }
        return (parsed, layers)
    }

    /// The parsed command with all of `layers` in place of the one the parser saw.
    static func restore(_ layers: [String], into command: any ParsableCommand) -> any ParsableCommand {
        if var summary = command as? Summary {
            summary.model.layers = layers
            return summary
        }
        if var explain = command as? Explain {
            explain.model.layers = layers
            return explain
        }
        return command
    }
}
