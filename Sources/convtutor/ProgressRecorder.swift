import ArgumentParser
import Progress
import TerminalBackend
import Tutor
import TutorUI

/// Connects a run of the tutor to the learner's progress: records each answer as it is given and
/// reads the statistics. A store that cannot be used never stops the tutor: it says why and goes on.
/// An answer that cannot be saved is said at once, kept, and tried again with the next answer.
final class ProgressRecorder {
    /// The exit status of a session that ends with answers it could not save (EX_IOERR in sysexits.h,
    /// as the argument parser's 64 for a usage error is EX_USAGE).
    static let unsavedExit = ExitCode(74)

    /// Why progress is not being saved, or where it is saved instead, when something is wrong.
    let warning: String?
    /// Why an interview round's missed questions could not be kept, when they could not.
    private(set) var missedWarning: String?
    private var answers: AnswerQueue
    private let sessionID = ProgressSession.makeID()
    /// The learner's name, stored with each answer when one was given.
    private let name: String?

    var store: any ProgressStore { answers.store }

    convenience init(dataDirectory option: String?, name: String? = nil) {
        let directory = ProgressLocation.directory(option: option, environment: NcursesTerminal.processEnvironment())
        let (store, warning) = ProgressOpening.open(directory: directory)
        self.init(store: store, warning: warning, name: name)
    }

    init(store: any ProgressStore, warning: String?, name: String? = nil) {
        answers = AnswerQueue(store: store)
        self.warning = warning
        self.name = name
    }

    /// Carries out an app effect that concerns progress; returns the events it produces.
    func perform(_ effect: AppEffect) -> [AppEvent] {
        switch effect {
        case .record(let attempt, let seconds, let mode):
            return [.saved(record(attempt, seconds: seconds, mode: mode))]
        case .loadStats:
            return [.statsLoaded(stats())]
        case .keepLessonPosition(let lessonID, let line):
            // A position that cannot be kept costs the learner a scroll, never an answer: no warning.
            try? LessonPositions.save(line, lesson: lessonID, in: store)
            return []
        case .keepMissed(let questions, let round):
            do {
                try MissedQuestions.save(MissedQuestions.Round(seed: round, questions: questions), in: store)
                missedWarning = nil
            } catch {
                missedWarning = "the missed questions of this round could not be kept (\(error.summary)), so --retry-missed "
                    + "would still ask those of an earlier round"
            }
            return []
        case .quit:
            return []
        }
    }

    /// Saves an answer after any still waiting; returns what to tell the learner, nil when every
    /// answer given is saved and none had been waiting.
    func record(_ record: AttemptRecord, seconds: Double, mode: PracticeMode) -> SavingNotice? {
        let report = answers.save(StoredAttempt(record, sessionID: sessionID, mode: mode, secondsTaken: seconds, name: name))
        if let error = report.error { return .unsaved(count: report.unsaved, reason: error.summary) }
        return report.caughtUp > 0 ? .caughtUp(count: report.caughtUp) : nil
    }

    /// Whether answers given are still not saved.
    var hasUnsaved: Bool { !answers.unsaved.isEmpty }

    /// Tries the waiting answers once more as the session ends; returns what to say: how many are
    /// still not saved and why, or that the waiting ones are saved now. Nil when none were waiting.
    func finish() -> String? {
        guard hasUnsaved else { return nil }
        let report = answers.save()
        guard let error = report.error else { return SavingNotice.caughtUp(count: report.caughtUp).text }
        return (report.unsaved == 1 ? "1 answer was" : "\(report.unsaved) answers were") + " not saved: \(error)"
    }

    /// The questions the last interview round missed, to ask again.
    func missedRound() -> Result<MissedQuestions.Round, MissedQuestions.ReadError> {
        MissedQuestions.read(from: store)
    }

    /// Where the reader left each of these lessons in earlier runs.
    func lessonPositions(_ lessonIDs: [String]) -> [String: Int] {
        LessonPositions.read(lessonIDs, from: store)
    }

    func stats() -> PracticeStats {
        let attempts = (try? store.attempts()) ?? []
        return LearnerHistory.stats(attempts, now: ProgressSession.now())
    }

    /// What the recorded answers say at start-up, read once: the learner model and each lesson's
    /// practice (answers recorded under its practice mode, first tries only).
    func history() -> (learner: LearnerModel, lessons: [String: LessonProgress]) {
        let attempts = (try? store.attempts()) ?? []
        let firstTries = attempts.filter { $0.attempt == 1 && $0.step == nil }
        let lessons = LessonProgress.fromRecords(firstTries.compactMap { attempt in
            attempt.practiceMode.map { (mode: $0, correct: attempt.correct) }
        })
        return (LearnerHistory.model(attempts, now: ProgressSession.now()), lessons)
    }
}
