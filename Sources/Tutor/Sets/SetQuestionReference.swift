/// Which set, and which question in it, a question came from; stored with each answer to it.
public struct SetQuestionReference: Sendable, Equatable, Hashable {
    public var setID: String
    public var questionID: String

    public init(setID: String, questionID: String) {
        self.setID = setID
        self.questionID = questionID
    }
}
