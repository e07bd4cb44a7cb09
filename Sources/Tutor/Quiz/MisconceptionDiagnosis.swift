/// Why an answer is wrong: the mistake it shows and what to count instead.
public struct Diagnosis: Sendable, Equatable {
    public var misconception: Misconception
    /// What was counted and what should have been, with the question's numbers, e.g.
    /// "270 is every weight but none of the 10 biases: add one bias per filter to get 280."
    public var message: String

    public init(misconception: Misconception, message: String) {
        self.misconception = misconception
        self.message = message
    }
}
