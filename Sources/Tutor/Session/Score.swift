/// The running tally of a session: points, the streak of right answers, and counts.
///
/// "Right" means right at the first try, everywhere the tutor reports it; a question answered right
/// after its retry (or, in guided mode, after a step's retry) is counted apart, as right on the retry.
public struct Score: Sendable, Equatable {
    public var points = 0
    public var streak = 0
    public var bestStreak = 0
    /// Questions settled: right, or shown.
    public var answered = 0
    public var rightFirstTime = 0
    public var rightOnRetry = 0

    public init() {}

    mutating func recordCorrect(points earned: Int, firstTry: Bool) {
        points += earned
        streak += 1
        bestStreak = max(bestStreak, streak)
        answered += 1
        if firstTry { rightFirstTime += 1 } else { rightOnRetry += 1 }
    }

    mutating func recordMissed() {
        streak = 0
        answered += 1
    }

    /// "2 of 3 right first time, 1 on the retry": the one wording of a session's result.
    public var rightText: String {
        "\(rightFirstTime) of \(answered) right first time" + (rightOnRetry > 0 ? ", \(rightOnRetry) on the retry" : "")
    }
}
