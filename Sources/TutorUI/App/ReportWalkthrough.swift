import Tutor

/// A missed question of an interview report opened in the walkthrough, with the report row to go back to.
public struct ReportWalkthrough: Sendable, Equatable {
    public var question: Question
    public var row: Int

    public init(question: Question, row: Int) {
        self.question = question
        self.row = row
    }
}
