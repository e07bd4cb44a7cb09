import StyledText
import Tutor

/// The end of a session: score, right answers, streak, the seed to replay it, and the mistakes seen.
enum SummaryScreen {
    static func frame(_ state: AppState) -> Frame {
        guard let session = state.session else { return Frame(title: "convtutor · Summary", body: [], status: "") }
        let width = state.size.columns - 2 * Frame.margin
        let score = session.score
        var body: [StyledLine] = [.blank, StyledLine("Session summary", role: .emphasis), .blank]
        body.append(StyledLine("Score: \(score.points)    Best streak: \(score.bestStreak)"))
        body += StyledLine.wrapped(score.rightText.prefix(1).uppercased() + score.rightText.dropFirst(), width: width, ascii: state.asciiOnly)
        body.append(.blank)
        body += StyledLine.wrapped(session.replayHint, width: width, role: .muted, ascii: state.asciiOnly)
        var mistakes: [MisconceptionID: Int] = [:]
        for record in session.log {
            if let id = record.misconception { mistakes[id, default: 0] += 1 }
        }
        if !mistakes.isEmpty {
            body += [.blank, StyledLine("Mistakes seen:", role: .emphasis)]
            for (id, times) in mistakes.sorted(by: { $0.value > $1.value || ($0.value == $1.value && $0.key.rawValue < $1.key.rawValue) }) {
                let name = Misconception(id).name
                body.append(StyledLine("  \(name)" + (times > 1 ? " ×\(times)" : ""), role: .wrong))
            }
        }
        return Frame(title: "convtutor · Summary", body: body, status: "Score: \(score.points)")
    }
}
