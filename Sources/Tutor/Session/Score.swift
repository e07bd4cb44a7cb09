/// The running tally of a session: points, the streak of right answers, and counts.
public struct Score: Sendable, Equatable {
    public var points = 0
    public var streak = 0
    public var bestStreak = 0
    public var answered = 0
    public var correct = 0

    public init() {}

    mutating func recordCorrect(points earned: Int) {
        points += earned
        streak += 1
        bestStreak = max(bestStreak, streak)
        answered += 1
        correct += 1
    }

    mutating func recordMissed() {
        streak = 0
        answered += 1
    }
}
