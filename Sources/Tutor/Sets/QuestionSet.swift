/// A teacher's own question set, read from a file: each question is model code and the one number it
/// asks for. The file holds no answers: every answer is computed by the engine when the set is read,
/// so none can be wrong.
public struct QuestionSet: Sendable, Equatable {
    /// Stored with every answer given to the set, so a class's results can be told apart by set.
    public var id: String
    public var title: String
    /// The file the set was read from, for messages.
    public var file: String
    public var questions: [SetQuestion]

    public init(id: String, title: String, file: String, questions: [SetQuestion]) {
        self.id = id
        self.title = title
        self.file = file
        self.questions = questions
    }
}
