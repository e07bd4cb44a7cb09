import ArgumentParser

/// The learner's name stored with each answer: `--name`, else `CONVTUTOR_NAME`, so that a teacher
/// who collects a class's exports can tell whose answers each row holds.
enum LearnerName {
    static let environmentVariable = "CONVTUTOR_NAME"
    static let maximumLength = 100

    /// The name to store, or nil when none was given. A name that cannot be stored is a usage error
    /// (status 64): from `--name` through the argument parser, from the environment said here.
    static func resolve(_ option: String?) throws -> String? {
        guard let given = option ?? ProcessInfoEnvironment.values()[environmentVariable] else { return nil }
        var name = Substring(given)
        while name.first?.isWhitespace == true { name = name.dropFirst() }
        while name.last?.isWhitespace == true { name = name.dropLast() }
        let source = option == nil ? environmentVariable : "--name"
        let problem: String
        if name.isEmpty {
            guard option != nil else { return nil }
            problem = "--name is empty: give the name your answers are to be stored under"
        } else if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            problem = "\(source) holds a control character: give a name of printable characters"
        } else if name.count > maximumLength {
            problem = "\(source) is longer than \(maximumLength) characters"
        } else {
            return String(name)
        }
        guard option == nil else { throw ValidationError(problem) }
        Console.printError("error: " + problem)
        throw ExitCode(64)
    }
}
