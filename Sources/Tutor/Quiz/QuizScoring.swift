/// Points for a right answer: the most for a first try without hints; each further try and each
/// hint costs some, but a right answer always earns at least 1.
public enum Scoring {
    /// Points for a right answer on the first try without hints.
    public static let maximum = 10
    /// What each hint costs.
    public static let hintCost = 2

    /// `attempt` counts from 1 (the first try); values below 1 count as 1, negative hints as none.
    public static func points(attempt: Int, hintsUsed: Int) -> Int {
        let base: Int
        switch max(attempt, 1) {
        case 1: base = maximum
        case 2: base = 6
        case 3: base = 4
        default: base = 2
        }
        let hints = min(max(hintsUsed, 0), maximum)
        return max(1, base - hints * hintCost)
    }
}
