/// How a mastered skill is forgotten over days, in the spirit of FSRS: each skill has a stability S
/// (in days), the chance of recalling it after t days is R = 1 / (1 + t / (9·S)), so R falls to the
/// target retention of 0.9 exactly when t = S, and a skill is due for review S days after it was last
/// answered. A right review grows S the more the longer it waited (a review the same day, when R is
/// still about 1, teaches little); a wrong one cuts it to at most a day, so a lapse is asked again soon.
///
/// The numbers are starting values in the range spaced-repetition schedulers use, not yet fitted to
/// learners of this tutor: a first review a day after mastery, about 2.5 times the interval after each
/// review answered right when due (1, 2.5, 6, 16, 39 … days), and a lapse back to a day or less. Fit
/// them to recorded answers (the exports carry every first try with its time) before trusting them more.
public enum ForgettingCurve {
    /// Recall the schedule aims to keep: reviews fall due when the chance of recall drops to it.
    public static let targetRetention = 0.9
    /// A newly mastered skill's stability, in days.
    public static let initialStability = 1.0
    /// How much a right review grows the stability per unit of forgetting (1 − R): at R = 0.9, ×2.5.
    public static let growth = 15.0
    /// A wrong review keeps this share of the stability, and never more than `initialStability`.
    public static let lapse = 0.3
    public static let minimumStability = 0.2
    public static let maximumStability = 365.0
    public static let secondsPerDay = 86_400.0

    /// The chance of recall `days` after the last review of a skill of `stability` days.
    public static func retrievability(days: Double, stability: Double) -> Double {
        guard stability > 0 else { return 0 }
        return 1 / (1 + max(0, days) / (9 * stability))
    }

    /// The stability after a review `days` after the one before.
    public static func stability(after correct: Bool, days: Double, stability: Double) -> Double {
        let recall = retrievability(days: days, stability: stability)
        let next = correct ? stability * (1 + growth * (1 - recall)) : min(initialStability, stability * lapse)
        return min(maximumStability, max(minimumStability, next))
    }
}
