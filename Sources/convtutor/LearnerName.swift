import ArgumentParser

/// The learner's name stored with each answer: `--name`, else `CONVTUTOR_NAME`, so that a teacher
/// who collects a class's exports can tell whose answers each row holds.
enum LearnerName {
    static let environmentVariable = "CONVTUTOR_NAME"
    static let maximumLength = 100

    /// The name to store, or nil when none was given; a name that cannot be stored is a usage error.
    static func resolve(_ option: String?) throws -> String? {
        let given = option ?? ProcessInfoEnvironment.values()[environmentVariable]
        guard let given else { return nil }
        let source = option == nil ? environmentVariable : "--name"
        var name = Substring(given)
        while name.first?.isWhitespace == true { name = name.dropFirst() }
        while name.last?.isWhitespace == true { name = name.dropLast() }
        guard !name.isEmpty else {
            if option == nil { return nil }
            throw ValidationError("--name is empty: give the name your answers are to be stored under")
        }
        guard !name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw ValidationError("\(source) holds a control character: give a name of printable characters")
        }
        guard name.count <= maximumLength else {
            throw ValidationError("\(source) is longer than \(maximumLength) characters")
        }
        return String(name)
    }
}
