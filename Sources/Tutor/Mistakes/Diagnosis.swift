/// Why an answer is wrong: the mistakes it shows, what was counted and which rule it broke, and,
/// for an answer typed as arithmetic, which part of the working is right and which is not.
public struct Diagnosis: Sendable, Equatable {
    /// How the mistakes named explain the answer.
    public enum Reading: Sendable, Equatable {
        /// One mistake gives this answer.
        case single
        /// Two mistakes made together give it.
        case combined
        /// Two mistakes each give it; both are named.
        case either
        /// The parts of the typed working were read one by one.
        case working
    }

    /// The first mistake named, as stored with the answer.
    public var misconception: Misconception
    /// Every mistake named.
    public var misconceptions: [Misconception]
    public var reading: Reading
    /// The parts of a typed expression, when it was read.
    public var parts: [DiagnosisPart]
    /// The diagnosis in words, without the answer: what was counted and the rule it broke.
    public var explanation: String
    /// The sentence that gives the answer, said once the answer is shown.
    public var answerSentence: String

    /// The whole message, answer included, for when the answer is shown.
    public var message: String { explanation + " " + answerSentence }

    /// The message before the one retry: it names the mistake and keeps the answer back.
    public var retryMessage: String { explanation }
}

/// One term of a learner's typed working and what the tutor made of it.
public struct DiagnosisPart: Sendable, Equatable {
    /// The term as written, e.g. `+ 4`.
    public var text: String
    /// True when the term is the derivation's own number for some part.
    public var isRight: Bool
    /// What the term is, e.g. "is right for the weights".
    public var note: String
    /// The mistake the term shows, if one.
    public var misconception: MisconceptionID?
}
