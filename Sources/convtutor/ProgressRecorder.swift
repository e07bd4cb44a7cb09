import Progress
import Tutor
import TutorUI

/// Connects a run of the tutor to the learner's progress: records each answer as it is given and
/// reads the statistics. A store that cannot be used never stops the tutor: it says why and goes on.
final class ProgressRecorder {
    let store: any ProgressStore
    /// Why progress is not being saved, or where it is saved instead, when something is wrong.
    private(set) var warning: String?
    private let sessionID = ProgressSession.makeID()

    init(dataDirectory option: String?) {
        let directory = ProgressLocation.directory(option: option, environment: ProcessInfoEnvironment.values())
        (store, warning) = ProgressOpening.open(directory: directory)
    }

    /// Carries out an app effect that concerns progress; returns the events it produces.
    func perform(_ effect: AppEffect) -> [AppEvent] {
        switch effect {
        case .record(let attempt, let seconds, let mode):
            record(attempt, seconds: seconds, mode: mode)
            return []
        case .loadStats:
            return [.statsLoaded(stats())]
        case .quit:
            return []
        }
    }

    func record(_ record: AttemptRecord, seconds: Double, mode: String) {
        do {
            try store.record(StoredAttempt(record, sessionID: sessionID, mode: mode, secondsTaken: seconds))
        } catch {
            if warning == nil { warning = "an answer could not be saved: \(error)" }
        }
    }

    func stats() -> PracticeStats {
        let attempts = (try? store.attempts()) ?? []
        return LearnerHistory.stats(attempts, now: ProgressSession.now())
    }

    /// What the recorded answers say at start-up, read once: the learner model and each lesson's
    /// practice (answers recorded under its practice mode, first tries only).
    func history() -> (learner: LearnerModel, lessons: [String: LessonProgress]) {
        let attempts = (try? store.attempts()) ?? []
        let lessons = LessonProgress.fromRecords(attempts.filter { $0.attempt == 1 }.map { ($0.mode, $0.correct) })
        return (LearnerHistory.model(attempts), lessons)
    }
}
