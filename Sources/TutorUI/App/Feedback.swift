import Tutor

/// The message shown under the answer field after the learner does something.
public enum Feedback: Sendable, Equatable {
    case correct(points: Int, formula: String)
    case wrong(message: String, canRetry: Bool)
    case stepCorrect(String)
    case invalid(String)
    case note(String)
}
