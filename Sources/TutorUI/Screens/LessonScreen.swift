import StyledText
import Tutor

/// The lesson reader: the lesson wrapped to the terminal's width, scrolled, with its diagrams.
enum LessonScreen {
    /// Rows available for the lesson's text.
    static func viewHeight(_ size: Size) -> Int { max(1, size.rows - 3) }

    static func lines(_ lesson: Lesson, size: Size, ascii: Bool) -> [StyledLine] {
        LessonLayout.lines(lesson, width: size.columns - 2 * Frame.margin, ascii: ascii)
    }

    static func frame(_ state: AppState, index: Int, scroll: Int) -> Frame {
        guard index < state.lessons.count else { return Frame(title: "convtutor · Lessons", body: [], status: "") }
        let lesson = state.lessons[index]
        let all = state.lessonPage.flatMap { $0.fits(lesson, size: state.size, ascii: state.asciiOnly) ? $0.lines : nil }
            ?? lines(lesson, size: state.size, ascii: state.asciiOnly)
        let height = viewHeight(state.size)
        let top = min(max(0, scroll), max(0, all.count - height))
        var body: [StyledLine] = [.blank]
        body += all[top..<min(all.count, top + height)]
        let shown = all.isEmpty ? 100 : min(100, (top + height) * 100 / all.count)
        return Frame(title: "convtutor · Lesson \(index + 1) of \(state.lessons.count)",
                     titleRight: "\(shown)%",
                     body: body,
                     status: lesson.title)
    }
}
