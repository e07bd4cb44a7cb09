/// Bayesian knowledge tracing parameters of one skill.
///
/// Knowledge tracing treats a skill as either known or not. `prior` is the chance it is known before
/// any practice, `learn` the chance an unknown skill becomes known with one practised question,
/// `guess` the chance of a right answer without knowing the skill, and `slip` the chance of a wrong
/// answer despite knowing it.
public struct KnowledgeParameters: Sendable, Equatable {
    public var prior: Double
    public var learn: Double
    public var guess: Double
    public var slip: Double

    public init(prior: Double, learn: Double, guess: Double, slip: Double) {
        self.prior = prior
        self.learn = learn
        self.guess = guess
        self.slip = slip
    }

    /// The values every skill uses.
    ///
    /// - `prior` 0.2: most learners arrive having seen a convolution, few can count one yet.
    /// - `guess` 0.3: answers are typed numbers, but a later skill is often a small variation of an
    ///   earlier one, so a learner who has not met it can still get it right by analogy. 0.3 is the
    ///   usual upper bound for a guess rate that keeps the model identifiable.
    /// - `slip` 0.05: the answer box takes expressions such as `3*3*64*128+128`, so a learner who
    ///   knows the count rarely gets it wrong; a wrong first try is therefore strong evidence.
    /// - `learn` 0.02: kept small on purpose. It is also the floor that belief climbs back from after
    ///   wrong answers, so a small value means a run of right answers after a run of wrong ones has
    ///   to be long (about six) before the skill counts as mastered, while a learner who answers
    ///   right from the start masters a skill in four questions.
    public static let standard = KnowledgeParameters(prior: 0.2, learn: 0.02, guess: 0.3, slip: 0.05)

    /// P(known | the answer), by Bayes' rule, from P(known) before the answer.
    public func posterior(_ known: Double, correct: Bool) -> Double {
        let evidenceIfKnown = correct ? 1 - slip : slip
        let evidenceIfUnknown = correct ? guess : 1 - guess
        let numerator = known * evidenceIfKnown
        let denominator = numerator + (1 - known) * evidenceIfUnknown
        return denominator > 0 ? numerator / denominator : known
    }

    /// P(known) after the learning step that follows each question.
    public func learned(_ known: Double) -> Double {
        known + (1 - known) * learn
    }

    /// One full knowledge tracing step: the posterior given the answer, then the learning step.
    public func update(_ known: Double, correct: Bool) -> Double {
        learned(posterior(known, correct: correct))
    }
}
