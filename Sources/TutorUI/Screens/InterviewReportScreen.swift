import StyledText
import Tutor

/// The end of an interview round: the score, time per question, the mistakes, and a walkthrough of
/// each missed question.
enum InterviewReportScreen {
    static func frame(_ state: AppState, selected: Int) -> Frame {
        let round = state.interview ?? InterviewRound(duration: 0)
        let width = state.size.columns - 2 * Frame.margin
        let results = round.results
        let points = state.session?.score.points ?? 0
        var body: [StyledLine] = [.blank, StyledLine("Interview over", role: .emphasis), .blank]
        body.append(StyledLine("Score: \(points)    Right: \(round.rightCount) of \(results.count)    "
                               + "Time per question: \(Int(round.averageSeconds + 0.5))s"))
        let mistakes = round.mistakes
        if !mistakes.isEmpty {
            body += [.blank, StyledLine("Mistakes:", role: .emphasis)]
            for (name, times) in mistakes {
                body.append(StyledLine("  \(name)" + (times > 1 ? " ×\(times)" : ""), role: .wrong))
            }
        }
        let missed = round.missed
        body.append(.blank)
        if missed.isEmpty {
            body.append(StyledLine(results.isEmpty ? "No question was answered." : "Nothing missed.", role: .correct, strong: true))
        } else {
            body.append(StyledLine("Missed (Enter walks through the selected one):", role: .emphasis))
            for (index, result) in missed.enumerated() {
                let chosen = index == selected
                let text = "\(result.question.sentence) You said \(result.answerText); it is "
                    + "\(NumberFormat.grouped(result.question.answer)). (\(Int(result.seconds + 0.5))s)"
                let marker = chosen ? "  › " : "    "
                body += StyledLine(marker + text, role: chosen ? .accent : .plain, strong: chosen)
                    .folded(ascii: state.asciiOnly).wrapped(width: width - 4, hangingIndent: 4)
            }
        }
        return Frame(title: "convtutor · Interview report", body: body, status: "Score: \(points)")
    }
}
