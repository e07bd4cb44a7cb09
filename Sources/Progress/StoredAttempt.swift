import Tutor

/// One recorded answer as stored.
public struct StoredAttempt: Sendable, Equatable {
    /// Assigned by the store when the attempt is recorded; `nil` before.
    public var id: Int64?
    /// Unix seconds (UTC) when answered.
    public var time: Int64
    /// One per run of the tutor, see `ProgressSession.makeID()`.
    public var sessionID: String
    /// The practice mode's stored name (`PracticeMode.storedName`): "quiz", "interview" or
    /// "practice:<lesson id>".
    public var mode: String
    /// A `Skill` raw value.
    public var skill: String
    public var question: String
    /// The answer as typed.
    public var answer: String
    /// The value the answer was read as, if it could be read.
    public var value: Int64?
    public var expected: Int64
    public var correct: Bool
    /// A `MisconceptionID` raw value, when the answer was diagnosed.
    public var misconception: String?
    public var hintsUsed: Int
    public var secondsTaken: Double
    /// 1 for the first try, 2 for the retry; guided steps count from 1 per step.
    public var attempt: Int
    /// The guided step's kind, if any.
    public var step: String?
    /// The learner's name as given with `--name` (or `CONVTUTOR_NAME`), if one was.
    public var name: String?
    /// The id of the teacher's question set answered, if the question came from one.
    public var questionSet: String?
    /// The question's id in that set.
    public var setQuestion: String?

    public init(id: Int64? = nil, time: Int64, sessionID: String, mode: String, skill: String, question: String,
                answer: String, value: Int64?, expected: Int64, correct: Bool, misconception: String? = nil,
                hintsUsed: Int = 0, secondsTaken: Double = 0, attempt: Int = 1, step: String? = nil, name: String? = nil,
                questionSet: String? = nil, setQuestion: String? = nil) {
        self.id = id
        self.time = time
        self.sessionID = sessionID
        self.mode = mode
        self.skill = skill
        self.question = question
        self.answer = answer
        self.value = value
        self.expected = expected
        self.correct = correct
        self.misconception = misconception
        self.hintsUsed = hintsUsed
        self.secondsTaken = secondsTaken
        self.attempt = attempt
        self.step = step
        self.name = name
        self.questionSet = questionSet
        self.setQuestion = setQuestion
    }

    /// The attempt a quiz session produced, ready to record.
    public init(_ record: AttemptRecord, time: Int64 = ProgressSession.now(), sessionID: String, mode: PracticeMode,
                secondsTaken: Double, name: String? = nil) {
        self.init(time: time, sessionID: sessionID, mode: mode.storedName, skill: record.skill.rawValue,
                  question: record.question, answer: record.answerText, value: record.value.map(Int64.init),
                  expected: Int64(record.expected), correct: record.correct,
                  misconception: record.misconception?.rawValue, hintsUsed: record.hintsUsed,
                  secondsTaken: secondsTaken, attempt: record.attempt,
                  step: record.step.map(ProgressSession.stepName), name: name, questionSet: record.origin?.setID,
                  setQuestion: record.origin?.questionID)
    }

    /// The practice mode the answer was given in, read from its stored name; nil for a name this
    /// version does not write.
    public var practiceMode: PracticeMode? { PracticeMode(storedName: mode) }
}
