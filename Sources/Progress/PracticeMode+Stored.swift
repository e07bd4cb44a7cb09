import Tutor

/// The one spelling of a practice mode in a progress file. These names are in every file written so
/// far ("quiz", "interview", "practice:<lesson id>"), so they never change.
extension PracticeMode {
    static let lessonPrefix = "practice:"

    /// The name stored in the `mode` column.
    public var storedName: String {
        switch self {
        case .quiz: return "quiz"
        case .interview: return "interview"
        case .lesson(let id): return PracticeMode.lessonPrefix + id
        }
    }

    /// The mode a stored name spells; nil for a name this version does not write.
    public init?(storedName: String) {
        switch storedName {
        case "quiz": self = .quiz
        case "interview": self = .interview
        case let name where name.hasPrefix(PracticeMode.lessonPrefix):
            self = .lesson(String(name.dropFirst(PracticeMode.lessonPrefix.count)))
        default: return nil
        }
    }
}
