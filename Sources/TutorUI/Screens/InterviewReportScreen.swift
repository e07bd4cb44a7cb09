import StyledText
import Tutor

/// The end of an interview round: the score, time per question, the mistakes, and a walkthrough of
/// each missed question.
enum InterviewReportScreen {
    static func frame(_ state: AppState, selected: Int) -> Frame {
        let round = state.interview ?? InterviewRound(duration: 0)
        let width = state.size.columns - 2 * Frame.margin
        let results = round.results
        let right = results.filter(\.correct).count
        let points = state.session?.score.points ?? 0
        var body: [StyledLine] = [.blank, StyledLine("Interview over", role: .emphasis), .blank]
        let average = results.isEmpty ? 0 : results.map(\.seconds).reduce(0, +) / Double(results.count)
        body.append(StyledLine("Score: \(points)    Right: \(right) of \(results.count)    "
                               + "Time per question: \(Int(average + 0.5))s"))
        var mistakes: [String: Int] = [:]
        for result in results { if let diagnosis = result.diagnosis { mistakes[diagnosis.misconception.name, default: 0] += 1 } }
        if !mistakes.isEmpty {
            body += [.blank, StyledLine("Mistakes:", role: .emphasis)]
            for (name, times) in mistakes.sorted(by: { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }) {
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
