/// Bayesian knowledge tracing parameters of one skill: how likely a learner knows it at the start,
/// learns it from one question, guesses right without knowing it, and slips while knowing it.
public struct KnowledgeParameters: Sendable, Equatable {
    public var prior: Double
    public var learn: Double
    public var guess: Double
    public var slip: Double

    /// Numeric answers are hard to guess, but near-misses that happen to be right are not impossible;
    /// with these values three right first tries in a row take a new skill past mastery.
    public static let standard = KnowledgeParameters(prior: 0.1, learn: 0.15, guess: 0.2, slip: 0.1)

    /// The probability the skill is known after seeing one answer, then the chance to learn it.
    public func update(_ known: Double, correct: Bool) -> Double {
        let posterior: Double
        if correct {
            let evidence = known * (1 - slip) + (1 - known) * guess
            posterior = evidence > 0 ? known * (1 - slip) / evidence : known
        } else {
            let evidence = known * slip + (1 - known) * (1 - guess)
            posterior = evidence > 0 ? known * slip / evidence : known
        }
        return posterior + (1 - posterior) * learn
    }
}
