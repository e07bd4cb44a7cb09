import StyledText
import Tutor

/// Per-skill mastery and accuracy as bars, answers over time, streaks, mistakes and time per question,
/// drawn from the statistics' rows.
enum StatsScreen {
    static func frame(_ state: AppState) -> Frame {
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
