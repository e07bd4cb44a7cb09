import StyledText
import Tutor

/// A lesson laid out for one width: laying it out draws its diagrams and runs its examples through
/// the engine, so it is done when the lesson opens or the terminal resizes, not on every key.
public struct LessonPage: Sendable, Equatable {
    public var lessonID: String
    public var columns: Int
    public var ascii: Bool
    public var lines: [StyledLine]

    init(_ lesson: Lesson, size: Size, ascii: Bool) {
        lessonID = lesson.id
        columns = size.columns
        self.ascii = ascii
        lines = LessonScreen.lines(lesson, size: size, ascii: ascii)
    }

    func fits(_ lesson: Lesson, size: Size, ascii: Bool) -> Bool {
        lessonID == lesson.id && columns == size.columns && self.ascii == ascii
    }
}
