import Tutor

/// Per-skill mastery and accuracy as bars, answers over time, streaks, mistakes and time per question.
enum StatsScreen {
    static func frame(_ state: AppState) -> Frame {
        var body: [StyledLine] = [.blank]
        guard let stats = state.stats else {
            body.append(StyledLine("Reading your progress…"))
            return Frame(title: "convtutor · Stats", body: body, status: "", keys: ["any key: menu"])
        }
        if stats.totalAnswers == 0 {
            body.append(StyledLine("No answers yet: take a quiz and your progress shows here.", CellStyle(bold: true)))
            return Frame(title: "convtutor · Stats", body: body, status: "", keys: ["any key: menu", "q quit"])
        }
        let unicode = !state.asciiOnly
        for (index, text) in stats.lines(unicode: unicode).enumerated() {
            if index == 0 {
                body.append(StyledLine(text, CellStyle(bold: true)))
            } else if text.hasPrefix("skill ") || text == "Mistakes seen most:" {
                body.append(StyledLine(text, CellStyle(.muted, bold: true)))
            } else if let line = stats.skills.first(where: { text.hasPrefix($0.skill.rawValue + " ") }) {
                let name = String(text.prefix(22))
                let rest = String(text.dropFirst(22))
                var styled = StyledLine(name, .plain)
                styled.append(rest, CellStyle(line.mastery >= LearnerModel.masteryThreshold ? .correct : .kernel))
                body.append(styled)
            } else if text.hasPrefix("  ") {
                body.append(StyledLine(text, CellStyle(.wrong)))
            } else {
                body.append(StyledLine(text))
            }
        }
        return Frame(title: "convtutor · Stats", titleRight: "\(stats.totalAnswers) answers", body: body, status: "",
                     keys: ["any key: menu", "r refresh", "q quit"])
    }
}
