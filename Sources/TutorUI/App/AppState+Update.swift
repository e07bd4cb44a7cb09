import Tutor

extension AppState {
    /// Applies one event and returns the effects the outside world must carry out.
    public mutating func update(_ event: AppEvent) -> [AppEffect] {
        switch event {
        case .resize(let newSize):
            size = newSize
            if case .lesson(let index, _) = screen, index < lessons.count { layOutLesson(index) }
            return []
        case .statsLoaded(let loaded):
            stats = loaded
            return []
        case .saved(let notice):
            saving = notice
            return []
        case .tick(let time):
            now = time
            if !clockRead {
                clockRead = true
                questionShownAt = time
            }
            if var round = interview {
                if round.startedAt == nil {
                    round.startedAt = time
                    questionShownAt = time
                }
                interview = round
                if round.remaining(at: time) <= 0, screen == .quiz {
                    return endInterview()
                }
            }
            return []
        case .key(let key):
            if key == .control("c") { return [.quit] }
            if saving?.isWarning == false { saving = nil }
            if helpVisible {
                helpVisible = false
                return []
            }
            if isTooSmall { return key == .character("q") ? [.quit] : [] }
            return press(key)
        }
    }

    /// The feedback for what became of an answer.
    static func feedback(for outcome: QuizSession.Outcome, session: QuizSession) -> Feedback {
        switch outcome {
        case .correct(let points):
            return .correct(points: points, formula: session.derivation.closingLine)
        case .stepCorrect:
            let step = session.shownSteps.last
            return .stepCorrect(step.map { "Right: \($0.equation)" } ?? "Right.")
        case .wrong(let diagnosis, let canRetry):
            let message = diagnosis.map { canRetry ? $0.retryMessage : $0.message }
                ?? AppState.unrecognised(session)
            return .wrong(message: message, canRetry: canRetry)
        case .invalid(let error):
            return .invalid(error.message)
        }
    }

    /// What to say when a wrong answer matches none of the known mistakes.
    static func unrecognised(_ session: QuizSession) -> String {
        session.unmatchedMessage
    }

    // MARK: - Interview

    /// Ends the round: the question on screen, if unanswered, does not count. The missed questions
    /// are kept for a round of their own.
    mutating func endInterview() -> [AppEffect] {
        session?.finish()
        field.clear()
        feedback = nil
        screen = .interviewReport(selected: 0)
        guard let round = interview, let settings = session?.settings else { return [] }
        return [.keepMissed(round.toRetry(settings), round: settings.seed)]
    }

    // MARK: - Lessons

    /// Starts the quiz a lesson ends with; the quiz returns to the lesson when it is over. The first
    /// practice asks the lesson's own questions; each later one, fresh ones, drawn from a seed that the
    /// answers recorded so far decide, so a learner's run can still be replayed.
    mutating func startPractice(_ index: Int) {
        let practice = lessons[index].practice
        let base = practice.seed ?? (quizSettings.seed &+ UInt64(index + 1) &* 7_919)
        let answered = lessonProgress[lessons[index].id]?.practiceAnswered ?? 0
        let seed = base &+ UInt64(answered) &* 104_729
        session = QuizSession(settings: QuizSettings(seed: seed, skills: practice.skills, count: practice.count,
                                                     guided: quizSettings.guided))
        practiceLesson = index
        field.clear()
        feedback = nil
        screen = .quiz
    }

    /// Records a lesson's practice and goes back to the lesson.
    mutating func finishPractice() {
        guard let index = practiceLesson, index < lessons.count else { return }
        if let log = session?.log {
            let firstTries = log.filter { $0.attempt == 1 && $0.step == nil }
            var progress = lessonProgress[lessons[index].id, default: LessonProgress()]
            progress.practiceRight += firstTries.filter(\.correct).count
            progress.practiceAnswered += firstTries.count
            lessonProgress[lessons[index].id] = progress
        }
        practiceLesson = nil
        openLessonReader(index)
    }
}
