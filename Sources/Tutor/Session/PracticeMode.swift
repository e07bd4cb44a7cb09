/// Where an answer was given, which is how its progress is told apart later: the quiz (full-screen or
/// plain), an interview round, or the practice at the end of a lesson.
///
/// Progress stores it as a short name (see `PracticeMode.storedName` in Progress); nothing else spells it.
public enum PracticeMode: Sendable, Equatable, Hashable {
    case quiz
    case interview
    /// The practice a lesson ends with, by the lesson's id.
    case lesson(String)
}
