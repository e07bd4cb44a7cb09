/// Which screen is showing.
public enum Screen: Sendable, Equatable {
    case menu
    case quiz
    /// The step-by-step derivation of the current question, at a step index.
    case walkthrough(step: Int)
    case summary
    /// A screen whose feature is still to come, with its name.
    case comingSoon(String)
}
