import ConvMath
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
                    endInterview()
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
            switch screen {
            case .menu: return menuKey(key)
            case .quiz: return quizKey(key)
            case .walkthrough(let step): return walkthroughKey(key, step: step)
            case .summary: return summaryKey(key)
            case .demo(let item, let revealed): return demoKey(key, item: item, revealed: revealed)
            case .interviewReport(let selected): return interviewReportKey(key, selected: selected)
            case .stats: return statsKey(key)
            case .lessonList(let selected): return lessonListKey(key, selected: selected)
            case .lesson(let index, let scroll): return lessonKey(key, index: index, scroll: scroll)
            }
        }
    }

    private mutating func menuKey(_ key: Key) -> [AppEffect] {
        switch key {
        case .up, .character("k"): menuSelection = menuSelection.moved(by: -1)
        case .down, .character("j"), .tab: menuSelection = menuSelection.moved(by: 1)
        case .character("?"): helpVisible = true
        case .character("q"), .escape: return [.quit]
        case .character(let c) where c.isNumber:
            if let item = MenuItem.allCases.first(where: { String($0.number) == String(c) }) {
                menuSelection = item
                return openMenuItem()
            }
        case .enter: return openMenuItem()
        default: break
        }
        return []
    }

    private mutating func openMenuItem() -> [AppEffect] {
        switch menuSelection {
        case .quiz: startQuiz()
        case .lessons: screen = .lessonList(selected: 0)
        case .stats:
            screen = .stats
            return [.loadStats]
        case .quit: return [.quit]
        }
        return []
    }

    private mutating func summaryKey(_ key: Key) -> [AppEffect] {
        switch key {
        case .character("q"): return [.quit]
        case .enter, .escape, .character(" "):
            finishPractice()
            if let updated = session?.learner { learner = updated }
            session = nil
            if screen == .summary { screen = .menu }
        default: break
        }
        return []
    }

    // MARK: - Quiz

    private mutating func quizKey(_ key: Key) -> [AppEffect] {
        guard var session else { return [] }
        defer { self.session = session }
        if interview?.endAsked == true, key != .character("q"), key != .escape {
            interview?.endAsked = false
            feedback = nil
        }
        if session.isSettled {
            switch key {
            case .enter, .character(" "), .character("n"):
                session.next()
                field.clear()
                feedback = nil
                questionShownAt = now
                if session.phase == .finished { screen = .summary }
                return []
            case .character("w") where interview == nil:
                screen = .walkthrough(step: 0)
                return []
            default: break
            }
        } else if field.handle(key) {
            if case .invalid = feedback { feedback = nil }
            return []
        }
        switch key {
        case .enter:
            guard !field.isEmpty else { return [] }
            let before = session.log.count
            let text = field.text
            let spelling: Framework = showsPyTorch && !session.question.pytorchCode.isEmpty ? .pytorch : .keras
            let outcome = session.submit(text, spelling: spelling)
            feedback = AppState.feedback(for: outcome, session: session)
            if case .invalid = outcome { return [] }
            field.clear()
            let seconds = max(0, now - questionShownAt)
            if interview != nil, session.isSettled {
                var correct = false
                var diagnosis: Diagnosis?
                switch outcome {
                case .correct: correct = true
                case .wrong(let found, _): diagnosis = found
                default: break
                }
                interview?.results.append(InterviewResult(question: session.question, derivation: session.derivation,
                                                          answerText: text, correct: correct, seconds: seconds,
                                                          diagnosis: diagnosis))
            }
            return session.log[before...].map { AppEffect.record($0, seconds: seconds, mode: mode) }
        case .character("h") where interview != nil, .character("w") where interview != nil, .character("g") where interview != nil:
            feedback = .note("No hints or walkthroughs during an interview: they are all there at the end.")
        case .character("h"):
            if let step = session.takeHint() {
                feedback = .note("Hint (costs points): \(step.title).")
            } else {
                feedback = .note(session.isGuided ? "Guided mode asks every step; no hints needed." : "No more hints.")
            }
        case .character("w"):
            session.reveal()
            feedback = .wrong(message: "The walkthrough shows the answer, so this question counts as missed.", canRetry: false)
            screen = .walkthrough(step: 0)
        case .character("t"):
            showsPyTorch.toggle()
            if showsPyTorch && session.question.pytorchCode.isEmpty {
                feedback = .note("This layer is Keras-only; it has no PyTorch spelling.")
            }
        case .character("g"):
            quizSettings.guided.toggle()
            session.setGuided(quizSettings.guided)
            field.clear()
            feedback = .note(quizSettings.guided ? "Guided mode: each step of the derivation in turn." : "Guided mode off.")
        case .character("?"):
            helpVisible = true
        case .character("q") where interview != nil, .escape where interview != nil:
            guard interview?.endAsked == true else {
                interview?.endAsked = true
                feedback = .note("End the round now? Press q again to end it and see the report; any other key carries on.")
                return []
            }
            session.finish()
            field.clear()
            feedback = nil
            screen = .interviewReport(selected: 0)
            return []
        case .character("q"):
            session.finish()
            screen = .summary
        case .escape:
            if practiceLesson != nil {
                finishPractice()
                self.session = nil
                return []
            }
            screen = .menu
        default:
            break
        }
        return []
    }

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
        Diagnoser.unmatched(session.log.last?.value, derivation: session.derivation, hints: session.settings.allowsHints)
    }

    // MARK: - Stats

    private mutating func statsKey(_ key: Key) -> [AppEffect] {
        switch key {
        case .character("q"): return [.quit]
        case .character("?"): helpVisible = true
        case .character("r"): return [.loadStats]
        default: screen = .menu
        }
        return []
    }

    // MARK: - Interview

    /// Ends the round: the question on screen, if unanswered, does not count.
    mutating func endInterview() {
        session?.finish()
        field.clear()
        feedback = nil
        screen = .interviewReport(selected: 0)
    }

    private mutating func interviewReportKey(_ key: Key, selected: Int) -> [AppEffect] {
        let missed = interview?.missed ?? []
        switch key {
        case .up, .character("k"): screen = .interviewReport(selected: max(0, selected - 1))
        case .down, .character("j"): screen = .interviewReport(selected: min(max(0, missed.count - 1), selected + 1))
        case .enter, .character("w"):
            guard selected < missed.count else { return [] }
            walkthroughOverride = ReportWalkthrough(question: missed[selected].question, row: selected)
            screen = .walkthrough(step: 0)
        case .character("q"), .escape: return [.quit]
        case .character("?"): helpVisible = true
        default: break
        }
        return []
    }

    // MARK: - Classroom

    private mutating func demoKey(_ key: Key, item: Int, revealed: Int) -> [AppEffect] {
        guard item < demoItems.count else { return [.quit] }
        let steps = demoItems[item].derivation.steps.count
        switch key {
        case .character(" "), .right, .enter, .character("l"):
            if revealed < steps { screen = .demo(item: item, revealed: revealed + 1) }
            else if item + 1 < demoItems.count { screen = .demo(item: item + 1, revealed: 0) }
        case .left, .backspace, .character("h"):
            screen = .demo(item: item, revealed: max(0, revealed - 1))
        case .character("n"), .pageDown:
            screen = .demo(item: min(demoItems.count - 1, item + 1), revealed: 0)
        case .character("p"), .pageUp:
            screen = .demo(item: max(0, item - 1), revealed: 0)
        case .home:
            screen = .demo(item: item, revealed: 0)
        case .end:
            screen = .demo(item: item, revealed: steps)
        case .character("q"), .escape:
            return [.quit]
        case .character("?"):
            helpVisible = true
        default:
            break
        }
        return []
    }

    // MARK: - Lessons

    private mutating func lessonListKey(_ key: Key, selected: Int) -> [AppEffect] {
        let count = lessons.count
        switch key {
        case .up, .character("k"): screen = .lessonList(selected: max(0, selected - 1))
        case .down, .character("j"): screen = .lessonList(selected: min(max(0, count - 1), selected + 1))
        case .home: screen = .lessonList(selected: 0)
        case .end: screen = .lessonList(selected: max(0, count - 1))
        case .enter, .right, .character(" "):
            if selected < count { openLessonReader(selected) }
        case .escape, .left: screen = .menu
        case .character("q"): return [.quit]
        case .character("?"): helpVisible = true
        default: break
        }
        return []
    }

    private mutating func lessonKey(_ key: Key, index: Int, scroll: Int) -> [AppEffect] {
        guard index < lessons.count else {
            screen = .lessonList(selected: 0)
            return []
        }
        let page = max(1, LessonScreen.viewHeight(size) - 1)
        let limit = max(0, layOutLesson(index).count - LessonScreen.viewHeight(size))
        var newScroll = scroll
        switch key {
        case .down, .character("j"): newScroll = scroll + 1
        case .up, .character("k"): newScroll = scroll - 1
        case .pageDown, .character(" "): newScroll = scroll + page
        case .pageUp: newScroll = scroll - page
        case .home: newScroll = 0
        case .end: newScroll = limit
        case .right, .character("n"):
            if index + 1 < lessons.count { openLessonReader(index + 1) }
            return []
        case .left, .character("b"):
            if index > 0 { openLessonReader(index - 1) }
            return []
        case .character("p"):
            startPractice(index)
            return []
        case .escape, .character("l"):
            screen = .lessonList(selected: index)
            return []
        case .character("q"): return [.quit]
        case .character("?"):
            helpVisible = true
            return []
        default: return []
        }
        newScroll = min(max(0, newScroll), limit)
        if newScroll >= limit { lessonProgress[lessons[index].id, default: LessonProgress()].readToEnd = true }
        screen = .lesson(index: index, scroll: newScroll)
        return []
    }

    /// Starts the quiz a lesson ends with; the quiz returns to the lesson when it is over.
    mutating func startPractice(_ index: Int) {
        let practice = lessons[index].practice
        let seed = practice.seed ?? (quizSettings.seed &+ UInt64(index + 1) &* 7_919)
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
        screen = .lesson(index: index, scroll: 0)
    }

    // MARK: - Walkthrough

    private mutating func walkthroughKey(_ key: Key, step: Int) -> [AppEffect] {
        let count = (walkthroughOverride?.question.derivation ?? session?.derivation)?.steps.count ?? 0
        if let override = walkthroughOverride, [.escape, .character("q"), .character("w")].contains(key)
            || ((key == .enter || key == .character(" ")) && step + 1 >= count) {
            walkthroughOverride = nil
            screen = .interviewReport(selected: override.row)
            return []
        }
        switch key {
        case .right, .character("l"), .character(" "), .enter:
            if step + 1 < count {
                screen = .walkthrough(step: step + 1)
            } else if key == .enter || key == .character(" ") {
                screen = .quiz
            }
        case .left, .character("b"):
            screen = .walkthrough(step: max(0, step - 1))
        case .home:
            screen = .walkthrough(step: 0)
        case .end:
            screen = .walkthrough(step: max(0, count - 1))
        case .escape, .character("q"), .character("w"):
            screen = .quiz
        case .character("?"):
            helpVisible = true
        default:
            break
        }
        return []
    }
}
