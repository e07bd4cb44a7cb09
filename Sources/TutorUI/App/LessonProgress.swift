/// What a learner has done with one lesson in this session: opened it, read to its end, practised it.
public struct LessonProgress: Sendable, Equatable {
    public var opened = false
    public var readToEnd = false
    public var practiceRight = 0
    public var practiceAnswered = 0

    public init() {}

    /// The mode a lesson's practice answers are recorded under, so progress can be rebuilt later.
    public static func practiceMode(_ lessonID: String) -> String { "practice:" + lessonID }

    /// Each lesson's practice so far, from recorded answers: (mode, right) pairs, first tries only.
    public static func fromRecords(_ records: [(mode: String, correct: Bool)]) -> [String: LessonProgress] {
        var progress: [String: LessonProgress] = [:]
        for record in records where record.mode.hasPrefix("practice:") {
            let id = String(record.mode.dropFirst("practice:".count))
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
