import StyledText
import Tutor

/// The end of an interview round: the score, overall and by kind, time per question, the mistakes,
/// and the missed questions as a round to retry, each with its walkthrough. When the list is longer
/// than the screen, it scrolls to keep the chosen question in view.
enum InterviewReportScreen {
    static func frame(_ state: AppState, selected: Int) -> Frame {
        let round = state.interview ?? InterviewRound(duration: 0)
        let width = state.size.columns - 2 * Frame.margin
        let results = round.results
        let points = state.session?.score.points ?? 0
        var head: [StyledLine] = [.blank, StyledLine("Interview over", role: .emphasis), .blank]
        head += StyledLine("Score: \(points)    Right: \(round.rightCount) of \(results.count)    "
                           + "Time per question: \(Int(round.averageSeconds + 0.5))s").wrapped(width: width, hangingIndent: 2)
        let kinds = round.byKind
        if !kinds.isEmpty {
            head += StyledLine("By kind: " + kinds.map(\.text).joined(separator: "   "))
                .folded(ascii: state.asciiOnly).wrapped(width: width, hangingIndent: 2)
        }
        let mistakes = round.mistakes
        if !mistakes.isEmpty {
            head += StyledLine("Mistakes: " + mistakes.map { $0.name + ($0.times > 1 ? " ×\($0.times)" : "") }.joined(separator: "; "),
                               role: .wrong)
                .folded(ascii: state.asciiOnly).wrapped(width: width, hangingIndent: 2)
        }
        let missed = round.missed
        if let settings = state.session?.settings, case let unreached = round.unreached(settings).count, unreached > 0 {
            head += StyledLine("Not reached: \(NumberFormat.counted(unreached, "question")) of this retry round, kept to retry.")
                .wrapped(width: width, hangingIndent: 2)
        }
        head.append(.blank)
        guard !missed.isEmpty else {
            head.append(StyledLine(results.isEmpty ? "No question was answered." : "Nothing missed.", role: .correct, strong: true))
            return Frame(title: "convtutor · Interview report", body: head, status: "Score: \(points)")
        }
        head += StyledLine("Retry these (convtutor interview --retry-missed); Enter walks through one:", role: .emphasis)
            .wrapped(width: width, hangingIndent: 2)
        var items: [[StyledLine]] = []
        for (index, result) in missed.enumerated() {
            let chosen = index == selected
            let text = "[\(result.question.skill.rawValue)] \(result.question.sentence) You said \(result.answerText); it is "
                + "\(NumberFormat.grouped(result.question.answer)). (\(Int(result.seconds + 0.5))s)"
            let marker = chosen ? "  › " : "    "
            items.append(StyledLine(marker + text, role: chosen ? .accent : .plain, strong: chosen)
                .folded(ascii: state.asciiOnly).wrapped(width: width - 4, hangingIndent: 4))
        }
        let room = max(1, state.size.rows - 2 - head.count)
        return Frame(title: "convtutor · Interview report", body: head + visible(items, selected: selected, room: room, state: state),
                     status: "Score: \(points)")
    }

    /// The items that fit in `room` lines, from one that keeps the chosen item in view, with a line
    /// saying how many more are above or below.
    static func visible(_ items: [[StyledLine]], selected: Int, room: Int, state: AppState) -> [StyledLine] {
        let all = items.flatMap { $0 }
        guard all.count > room, room >= 3 else { return all }
        let chosen = min(max(0, selected), items.count - 1)
        var first = chosen
        var used = items[chosen].count
        while first > 0, used + items[first - 1].count <= room - 2 {
            first -= 1
            used += items[first].count
        }
        var last = chosen
        while last + 1 < items.count, used + items[last + 1].count <= room - 2 {
            last += 1
            used += items[last].count
        }
        let up = state.asciiOnly ? "^" : "↑", down = state.asciiOnly ? "v" : "↓"
        var lines: [StyledLine] = []
        if first > 0 { lines.append(StyledLine("    \(up) \(first) more above", role: .muted)) }
        lines += items[first...last].flatMap { $0 }.prefix(room - 2)
        if last + 1 < items.count { lines.append(StyledLine("    \(down) \(items.count - last - 1) more below", role: .muted)) }
        return lines
    }
}
