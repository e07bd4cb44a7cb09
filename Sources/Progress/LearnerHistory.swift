import Tutor

/// Rebuilds what the tutor knows about a learner from their recorded answers: the learner model
/// (by replaying every first try in order) and the statistics. Replaying keeps one source of truth.
public enum LearnerHistory {
    /// The model after every first try, in order and at the time it was given, read at `now` (Unix
    /// seconds) so that what is due in days comes first.
    public static func model(_ attempts: [StoredAttempt], now: Int64? = nil) -> LearnerModel {
        var model = LearnerModel()
        for attempt in attempts where attempt.attempt == 1 && attempt.step == nil {
            guard let skill = Skill(rawValue: attempt.skill) else { continue }
            model.record(skill, correct: attempt.correct, firstTry: true, at: attempt.time)
        }
        model.now = now
        return model
    }

    public static func stats(_ attempts: [StoredAttempt], now: Int64) -> PracticeStats {
        let model = model(attempts, now: now)
        var mastery: [Skill: Double] = [:]
        for skill in Skill.allCases { mastery[skill] = model.mastery(of: skill) }
        let summaries = attempts.map { attempt in
            AttemptSummary(time: attempt.time, skill: Skill(rawValue: attempt.skill), correct: attempt.correct,
                           misconception: attempt.misconception.flatMap(MisconceptionID.init(rawValue:)),
                           secondsTaken: attempt.secondsTaken, attempt: attempt.attempt, isStep: attempt.step != nil)
        }
        var due: [Skill: Int64] = [:]
        for skill in Skill.allCases { due[skill] = model.memory(of: skill).reviewDue }
        return PracticeStats(attempts: summaries, mastery: mastery, now: now, reviewDue: due)
    }
}
