import ConvMath

/// A quiz session's rules, independent of any screen: it draws questions, takes answers, diagnoses
/// mistakes, allows one retry, reveals derivation steps as hints, and keeps the score.
public struct QuizSession: Sendable, Equatable {
    /// Where the current question stands.
    public enum Phase: Sendable, Equatable {
        /// Waiting for the first answer (or, in guided mode, the current step's answer).
        case answering
        /// The first answer was wrong: one more try.
        case retrying(Diagnosis?)
        /// Answered right; the points it earned.
        case correct(points: Int)
        /// Missed twice or given up: the answer is shown.
        case revealed(Diagnosis?)
        /// The session's last question has been answered.
        case finished
    }

    /// What became of one submitted answer.
    public enum Outcome: Sendable, Equatable {
        case correct(points: Int)
        case wrong(Diagnosis?, canRetry: Bool)
        /// A guided step was right; the next step is now asked.
        case stepCorrect
        /// The text is not a number or an expression; nothing changed.
        case invalid(AnswerError)
    }

    public private(set) var settings: QuizSettings
    private var generator: SeededGenerator
    public private(set) var question: Question
    /// 1-based number of the current question.
    public private(set) var number = 1
    public private(set) var phase: Phase = .answering
    public private(set) var score = Score()
    public private(set) var hintsUsed = 0
    /// How many derivation steps the hints have revealed.
    public private(set) var revealedSteps = 0
    /// In guided mode, the index in `guidedSteps` of the step being asked.
    public private(set) var guidedIndex = 0
    private var attempt = 1
    private var guidedMistakes = 0
    private var guidedRetries = 0
    public private(set) var log: [AttemptRecord] = []
    /// The guided step the last answer was to, if it was to one.
    public private(set) var answeredStep: DerivationStep?
    /// After a right answer typed as arithmetic other than the derivation's: the two side by side.
    public private(set) var workingNote: String?
    /// What the tutor knows of the learner; when present and no skills are set, it picks the skills.
    public private(set) var learner: LearnerModel?

    public init(settings: QuizSettings, learner: LearnerModel? = nil) {
        self.settings = settings
        self.learner = learner
        var generator = SeededGenerator(seed: settings.seed)
        let first = QuizSession.draw(settings: settings, number: 1, previous: nil, learner: learner, using: &generator)
        self.generator = generator
        self.question = first
    }

    // MARK: - Asking

    /// The derivation steps guided mode asks, in order: those with one number for an answer. A check
    /// that counts forward with a number already found asks nothing new.
    public var guidedSteps: [DerivationStep] {
        guard isGuided else { return [] }
        return derivation.steps.filter { $0.result != nil && $0.kind != .noWeights && $0.kind != .backwardsCheck }
    }

    /// Guided mode applies when it is on and the derivation arrives at the question's answer.
    public var isGuided: Bool {
        settings.guided && derivation.steps.last?.result == question.answer
    }

    /// The question the learner is answering now: the step's in guided mode, else the question's.
    public var currentAsk: String {
        if isGuided, guidedIndex < guidedSteps.count {
            let step = guidedSteps[guidedIndex]
            return "Step \(guidedIndex + 1) of \(guidedSteps.count): \(step.title). \(GuidedPrompt.ask(step))"
        }
        return question.ask
    }

    /// The steps shown so far as hints (or, in guided mode, already answered).
    public var shownSteps: [DerivationStep] {
        if isGuided { return Array(guidedSteps.prefix(guidedIndex)) }
        return Array(derivation.steps.prefix(revealedSteps))
    }

    // MARK: - Answering

    /// Takes an answer; `spelling` is the framework the question is shown in, for the diagnosis's words.
    public mutating func submit(_ text: String, spelling: Framework = .keras) -> Outcome {
        switch phase {
        case .answering, .retrying: break
        default: return .invalid(.empty)
        }
        let value: Int
        let expression: AnswerExpression
        switch AnswerParser.read(text) {
        case .success(let parsed): (value, expression) = parsed
        case .failure(let error):
            // A division that is not whole is a wrong answer when it is a known mistake's working.
            guard !isGuided, let diagnosis = Diagnoser.diagnose(error, question: question, spelling: spelling) else {
                return .invalid(error)
            }
            answeredStep = nil
            workingNote = nil
            record(text: text, value: nil, expected: question.answer, correct: false, diagnosis: diagnosis, step: nil)
            return settle(right: false, diagnosis: diagnosis)
        }
        if isGuided, guidedIndex < guidedSteps.count {
            return submitStep(value, text: text, spelling: spelling)
        }
        answeredStep = nil
        let right = value == question.answer
        let diagnosis = right ? nil : Diagnoser.diagnose(value, expression: expression, question: question, spelling: spelling)
        workingNote = right ? Diagnoser.workingNote(expression, derivation: derivation) : nil
        record(text: text, value: value, expected: question.answer, correct: right, diagnosis: diagnosis, step: nil)
        return settle(right: right, diagnosis: diagnosis)
    }

    /// The score, the phase and the outcome after an answer to the whole question.
    private mutating func settle(right: Bool, diagnosis: Diagnosis?) -> Outcome {
        if attempt == 1 { learner?.record(question.skill, correct: right, firstTry: true) }
        if right {
            let points = Scoring.points(attempt: attempt, hintsUsed: hintsUsed)
            score.recordCorrect(points: points, firstTry: attempt == 1)
            phase = .correct(points: points)
            return .correct(points: points)
        }
        if attempt <= settings.retries {
            attempt += 1
            phase = .retrying(diagnosis)
            return .wrong(diagnosis, canRetry: true)
        }
        score.recordMissed()
        phase = .revealed(diagnosis)
        return .wrong(diagnosis, canRetry: false)
    }

    private mutating func submitStep(_ value: Int, text: String, spelling: Framework) -> Outcome {
        let step = guidedSteps[guidedIndex]
        answeredStep = step
        let right = value == step.result
        let diagnosis = right ? nil : Diagnoser.diagnoseStep(value, step: step, question: question, spelling: spelling)
        record(text: text, value: value, expected: step.result ?? 0, correct: right, diagnosis: diagnosis, step: step.kind)
        if !right && attempt == 1 {
            attempt = 2
            guidedRetries += 1
            phase = .retrying(diagnosis)
            return .wrong(diagnosis, canRetry: true)
        }
        // Right, or missed twice: the step is settled and shown, and the next one is asked.
        if !right { guidedMistakes += 1 }
        guidedIndex += 1
        attempt = 1
        if guidedIndex < guidedSteps.count {
            phase = .answering
            return right ? .stepCorrect : .wrong(diagnosis, canRetry: false)
        }
        if guidedMistakes == 0 {
            let points = Scoring.points(attempt: guidedRetries == 0 ? 1 : 2, hintsUsed: hintsUsed)
            score.recordCorrect(points: points, firstTry: guidedRetries == 0)
            phase = .correct(points: points)
            return .correct(points: points)
        }
        score.recordMissed()
        phase = .revealed(diagnosis)
        return .wrong(diagnosis, canRetry: false)
    }

    private mutating func record(text: String, value: Int?, expected: Int, correct: Bool, diagnosis: Diagnosis?,
                                 step: DerivationStep.Kind?) {
        log.append(AttemptRecord(questionNumber: number, skill: question.skill, question: question.sentence,
                                 answerText: text, value: value, expected: expected, correct: correct,
                                 misconception: diagnosis?.misconception.id, hintsUsed: hintsUsed, attempt: attempt,
                                 step: step, origin: question.origin))
    }

    /// Reveals the next derivation step; each hint lowers the points a right answer earns.
    @discardableResult
    public mutating func takeHint() -> DerivationStep? {
        guard settings.allowsHints, !isGuided, revealedSteps < derivation.steps.count else { return nil }
        switch phase {
        case .answering, .retrying: break
        default: return nil
        }
        revealedSteps += 1
        hintsUsed += 1
        return derivation.steps[revealedSteps - 1]
    }

    /// Gives up on the question: the answer is shown and the streak ends.
    public mutating func reveal() {
        switch phase {
        case .answering, .retrying:
            score.recordMissed()
            phase = .revealed(nil)
        default: break
        }
    }

    /// True once the current question has been settled (right, or shown).
    public var isSettled: Bool {
        switch phase {
        case .correct, .revealed, .finished: return true
        default: return false
        }
    }

    /// Moves to the next question, or to `.finished` after the last one.
    public mutating func next() {
        guard isSettled else { return }
        if let count = settings.count, number >= count {
            phase = .finished
            return
        }
        number += 1
        question = QuizSession.draw(settings: settings, number: number, previous: question.skill, learner: learner,
                                    using: &generator)
        phase = .answering
        attempt = 1
        hintsUsed = 0
        revealedSteps = 0
        guidedIndex = 0
        guidedMistakes = 0
        guidedRetries = 0
        workingNote = nil
        answeredStep = nil
    }

    /// Turns guided mode on or off within the session: the score, the answers given and the questions
    /// to come stay as they are. The question on screen is asked again from its first step (or whole);
    /// a retry already used still counts against its points.
    public mutating func setGuided(_ on: Bool) {
        settings.guided = on
        guard !isSettled else { return }
        guidedIndex = 0
        guidedMistakes = 0
        guidedRetries = attempt > 1 ? 1 : 0
        phase = .answering
    }

    /// What to say when the last answer matches none of the known mistakes: about the guided step it
    /// answered, or else about the question's target and its first step.
    public var unmatchedMessage: String {
        let value = log.last?.value
        if let step = answeredStep { return Diagnoser.unmatched(value, step: step) }
        return Diagnoser.unmatched(value, derivation: derivation, hints: settings.allowsHints && !isGuided)
    }

    /// Ends the session early (the summary then shows what was done).
    public mutating func finish() {
        phase = .finished
    }

    // MARK: - Drawing questions

    static func draw(settings: QuizSettings, number: Int, previous: Skill?, learner: LearnerModel?,
                     using generator: inout SeededGenerator) -> Question {
        if let set = settings.questionSet, !set.questions.isEmpty {
            return set.questions[min(max(number, 1), set.questions.count) - 1]
        }
        switch settings.draw {
        case .these(let questions) where !questions.isEmpty:
            return questions[min(max(number, 1), questions.count) - 1].question
        case .interviewMix:
            let skill = InterviewMix(kinds: settings.skills).next(after: previous, using: &generator)
            return QuestionGenerator.generate(skill, difficulty: settings.difficulty ?? .interview, using: &generator)
        default: break
        }
        if settings.skills.isEmpty, let learner {
            let skill = PracticeScheduler.nextSkill(for: learner, using: &generator)
            let difficulty = settings.difficulty ?? PracticeScheduler.difficulty(for: learner, skill: skill)
            return QuestionGenerator.generate(skill, difficulty: difficulty, using: &generator)
        }
        let skills = settings.skills.isEmpty ? Skill.allCases : settings.skills
        let skill = number == 1 && settings.skills.isEmpty ? Skill.conv2d : (skills.randomElement(using: &generator) ?? .conv2d)
        let difficulty = settings.difficulty ?? (number <= 3 ? .mental : .typical)
        return QuestionGenerator.generate(skill, difficulty: difficulty, using: &generator)
    }

    /// The current question's derivation: what the hints, the walkthrough and guided mode show.
    public var derivation: Derivation { question.derivation }
}
