import Tutor

/// What a learner has done with one lesson in this session: opened it, read to its end, practised it.
public struct LessonProgress: Sendable, Equatable {
    public var opened = false
    public var readToEnd = false
    public var practiceRight = 0
    public var practiceAnswered = 0

    public init() {}

    /// Each lesson's practice so far, from recorded answers (first tries only): the mode each was
    /// given in, read back from its stored name, and whether it was right.
    public static func fromRecords(_ records: [(mode: PracticeMode, correct: Bool)]) -> [String: LessonProgress] {
        var progress: [String: LessonProgress] = [:]
        for record in records {
            guard case .lesson(let id) = record.mode else { continue }
            var lesson = progress[id, default: LessonProgress()]
            lesson.opened = true
            lesson.practiceAnswered += 1
            if record.correct { lesson.practiceRight += 1 }
            progress[id] = lesson
        }
        return progress
    }

    /// A short mark for the lesson list.
    public var mark: String {
        if practiceAnswered > 0 { return "practised \(practiceRight)/\(practiceAnswered)" }
        if readToEnd { return "read" }
        if opened { return "started" }
        return ""
    }
}
