/// Which screen is showing.
public enum Screen: Sendable, Equatable {
    case menu
    case quiz
    /// The step-by-step derivation of the current question, at a step index.
    case walkthrough(step: Int)
    case summary
    /// The list of lessons, with one selected.
    case lessonList(selected: Int)
    /// A lesson being read, scrolled down by some lines.
    case lesson(index: Int, scroll: Int)
    /// Classroom mode: a layer of the demo and how many derivation steps are revealed.
    case demo(item: Int, revealed: Int)
    /// The learner's statistics.
    case stats
    /// The end of an interview round, with one of the missed questions selected.
    case interviewReport(selected: Int)
}
