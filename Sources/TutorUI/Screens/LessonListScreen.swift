import StyledText
import Tutor

/// The lessons in order, each with what the learner has done with it.
enum LessonListScreen {
    static func frame(_ state: AppState, selected: Int) -> Frame {
        var body: [StyledLine] = [.blank]
        if state.lessons.isEmpty {
            body.append(StyledLine("No lessons were found.", role: .emphasis))
            body += StyledLine.wrapped("Point --lessons (or CONVTUTOR_LESSONS) at a folder of lesson files, "
                                       + "and check it with 'convtutor lessons check DIR'.", width: state.size.columns - 2, ascii: state.asciiOnly)
            return Frame(title: "convtutor · Lessons", body: body, status: "")
        }
        let width = state.size.columns - 2 * Frame.margin
        let rows = max(1, state.size.rows - 4)
        let first = min(max(0, selected - rows / 2), max(0, state.lessons.count - rows))
        for index in first..<min(state.lessons.count, first + rows) {
            let lesson = state.lessons[index]
            let chosen = index == selected
            let mark = state.lessonProgress[lesson.id]?.mark ?? ""
            let number = String(index + 1).padding(toLeft: 3)
            var line = StyledLine(" \(chosen ? (state.asciiOnly ? ">" : "›") : " ") \(number)  ", role: chosen ? .accent : .plain, strong: chosen)
            let titleWidth = max(10, width - 26)
            let title = lesson.title.count > titleWidth ? String(lesson.title.prefix(titleWidth - 1)) + "…" : lesson.title
            line.append(title.padding(to: titleWidth), role: chosen ? .selected : .emphasis)
            line.append("  " + mark, role: mark.hasPrefix("practised") ? .correct : .muted)
            body.append(line)
        }
        return Frame(title: "convtutor · Lessons", titleRight: NumberFormat.counted(state.lessons.count, "lesson"), body: body, status: "")
    }
}

extension String {
    func padding(toLeft width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
