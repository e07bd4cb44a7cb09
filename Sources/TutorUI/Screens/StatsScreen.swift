import StyledText
import Tutor

/// Per-skill mastery and accuracy as bars, answers over time, streaks, mistakes and time per question,
/// drawn from the statistics' rows. Taller than the terminal (many skills practised), it scrolls.
enum StatsScreen {
    static func frame(_ state: AppState) -> Frame {
        var frame = whole(state)
        frame.body = Array(frame.body.dropFirst(min(state.statsScroll, maxScroll(state))))
        return frame
    }

    /// How far the screen scrolls: the lines that do not fit below the title and above the status line.
    static func maxScroll(_ state: AppState) -> Int {
        max(0, whole(state).body.count - (state.size.rows - 2))
    }

    private static func whole(_ state: AppState) -> Frame {
        var body: [StyledLine] = [.blank]
        // What is wrong with the progress file (a damaged one, say) bears on the figures, so it is said here too.
        if state.notice != nil { body += Frame.noteLines(state) + [.blank] }
        guard let stats = state.stats else {
            body.append(StyledLine("Reading your progress…"))
            return Frame(title: "convtutor · Stats", body: body, status: "")
        }
        if stats.totalAnswers == 0 {
            body.append(StyledLine("No answers yet: take a quiz and your progress shows here.", role: .emphasis))
            return Frame(title: "convtutor · Stats", body: body, status: "")
        }
        body += StatsText.lines(stats, ascii: state.asciiOnly)
        return Frame(title: "convtutor · Stats", titleRight: NumberFormat.counted(stats.questionCount, "question"), body: body, status: "")
    }
}
