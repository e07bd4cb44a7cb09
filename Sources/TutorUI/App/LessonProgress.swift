/// What a learner has done with one lesson in this session: opened it, read to its end, practised it.
public struct LessonProgress: Sendable, Equatable {
    public var opened = false
    public var readToEnd = false
    public var practiceRight = 0
    public var practiceAnswered = 0

    public init() {}

    /// A short mark for the lesson list.
    public var mark: String {
        if practiceAnswered > 0 { return "practised \(practiceRight)/\(practiceAnswered)" }
        if readToEnd { return "read" }
        if opened { return "started" }
        return ""
    }
}
