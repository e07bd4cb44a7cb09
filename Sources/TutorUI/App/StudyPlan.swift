import Tutor

/// What the menu's `Continue` does next, and the line that says so: the reviews due first (the quiz
/// then asks them, most overdue first), else the first lesson not yet practised, else practice that
/// the learner's progress picks.
public struct StudyPlan: Sendable, Equatable {
    public enum Step: Sendable, Equatable {
        case review
        case lesson(index: Int)
        case practice
    }

    /// Mastered skills due for review now.
    public var dueSkills: [Skill]
    /// The first lesson, in order, whose practice has not been done.
    public var nextLesson: Int?
    public var step: Step

    public init(learner: LearnerModel?, lessons: [Lesson], progress: [String: LessonProgress]) {
        dueSkills = learner?.skillsDue() ?? []
        nextLesson = lessons.indices.first { (progress[lessons[$0].id]?.practiceAnswered ?? 0) == 0 }
        if !dueSkills.isEmpty {
            step = .review
        } else if let nextLesson {
            step = .lesson(index: nextLesson)
        } else {
            step = .practice
        }
    }

    /// "3 skills due for review · lesson 7 next", as the menu shows it.
    public var summary: String {
        var parts: [String] = []
        if !dueSkills.isEmpty { parts.append(NumberFormat.counted(dueSkills.count, "skill") + " due for review") }
        if let nextLesson { parts.append("lesson \(nextLesson + 1) next") }
        return parts.isEmpty ? "Practice chosen from your progress" : parts.joined(separator: " · ")
    }
}
