import Tutor

/// What the tutor says about saving answers when there is something to say: answers that could not
/// be saved (a warning that stays until they are), or the news that the waiting ones now are.
public enum SavingNotice: Sendable, Equatable {
    /// Answers given but not saved, kept to be tried again with the next answer, and why, in a few
    /// words ("the disk is full").
    case unsaved(count: Int, reason: String)
    /// Answers that had been waiting and have now been saved.
    case caughtUp(count: Int)

    /// Whether this is a warning rather than news.
    public var isWarning: Bool {
        if case .unsaved = self { return true }
        return false
    }

    /// One line, for the status line and for plain mode.
    public var text: String {
        switch self {
        case .unsaved(let count, let reason):
            return "\(NumberFormat.counted(count, "answer")) not saved (\(reason)); retrying with the next answer"
        case .caughtUp(let count):
            return "saved the \(NumberFormat.counted(count, "answer")) that had to wait"
        }
    }
}
