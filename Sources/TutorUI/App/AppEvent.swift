import Tutor

/// What happens to the app: a key, a new terminal size.
public enum AppEvent: Sendable, Equatable {
    case key(Key)
    case resize(Size)
    /// The time now, in seconds on the program's clock (monotonic; only differences matter).
    case tick(Double)
    /// The learner's statistics, read from their progress.
    case statsLoaded(PracticeStats)
    /// What became of the answers just recorded: nil once every answer given is saved.
    case saved(SavingNotice?)
}

/// What the app asks the outside world to do; only the executable carries effects out.
public enum AppEffect: Sendable, Equatable {
    case quit
    /// Save an answer: what was answered, how many seconds it took, and in which mode. The answer is
    /// followed by `.saved`.
    case record(AttemptRecord, seconds: Double, mode: PracticeMode)
    /// Read the learner's statistics and send them back as `.statsLoaded`.
    case loadStats
    /// Remember where the reader left a lesson (its top line), for the next run.
    case keepLessonPosition(lessonID: String, line: Int)
    /// Remember the questions an interview round missed, replacing those of the round before, so
    /// that `convtutor interview --retry-missed` can ask them again; `round` is the round's seed.
    case keepMissed([QuestionReference], round: UInt64)
}
