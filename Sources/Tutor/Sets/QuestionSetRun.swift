/// A question set ready to be asked: its questions, made and checked by the engine, and how the
/// student names it on the command line to take it again.
public struct QuestionSetRun: Sendable, Equatable {
    public var id: String
    public var title: String
    public var questions: [Question]
    /// The `--set` argument that reads this set again: a built-in set's id or the file's path.
    public var argument: String

    public init(id: String, title: String, questions: [Question], argument: String) {
        self.id = id
        self.title = title
        self.questions = questions
        self.argument = argument
    }

    /// `argument` as a shell reads it back: quoted when it holds anything but letters, digits and `_./-`.
    public var shellArgument: String {
        let plain = !argument.isEmpty && argument.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "_./-".contains($0)) }
        if plain { return argument }
        return "'" + argument.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
    }
}
