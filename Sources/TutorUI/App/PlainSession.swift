import Tutor

/// A session run as lines of text (the plain quiz, the plain interview): what the one loop that
/// reads lines, prints answers and records them needs of it.
public protocol PlainSession {
    var isFinished: Bool { get }
    /// The prompt to show before reading a line.
    var prompt: String { get }
    /// The mode its answers are recorded under.
    var mode: PracticeMode { get }
    /// Starts the clock at `now` (seconds) and returns the greeting and the first question.
    mutating func start(at now: Double) -> String
    /// Takes one line typed at `now`: what to print, and the answers to record with their seconds.
    mutating func handle(_ line: String, at now: Double) -> (output: String, records: [(AttemptRecord, Double)])
    /// Ends the session when the input ends: its summary or report.
    mutating func endOfInput() -> String
    /// What to carry out once the session is over, such as keeping an interview's missed questions.
    var effectsAtEnd: [AppEffect] { get }
}

extension PlainSession {
    public var effectsAtEnd: [AppEffect] { [] }
}
