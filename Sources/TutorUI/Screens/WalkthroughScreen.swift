import StyledText
import Tutor

/// The derivation of the current question, one step at a time, with its diagram.
enum WalkthroughScreen {
    static func frame(_ state: AppState, step index: Int) -> Frame {
        guard let session = state.session else { return Frame(title: "convtutor · Walkthrough", body: [], status: "") }
        let question = state.walkthroughOverride?.question ?? session.question
        let derivation = question.derivation
        let width = state.size.columns - 2 * Frame.margin
        let steps = derivation.steps
        let clamped = min(max(0, index), max(0, steps.count - 1))
        var body: [StyledLine] = [.blank]
        body += StyledLine.wrapped(derivation.headline, width: width, role: .muted, ascii: state.asciiOnly)
        body.append(.blank)
        guard clamped < steps.count else {
            return Frame(title: "convtutor · Walkthrough", body: body, status: "")
        }
        let step = steps[clamped]
        body.append(StyledLine("\(clamped + 1). \(step.title)", role: .emphasis))
        body += StyledLine.wrapped(step.explanation, width: width, ascii: state.asciiOnly)
        body.append(.blank)
        body += StyledLine.wrapped(step.equation, width: width - 2, role: .accent, strong: true, indent: 2, ascii: state.asciiOnly)
        if let diagram = step.diagram {
            let room = state.size.rows - 2 - body.count - 1
            let picture = DiagramDrawing.lines(diagram, width: width - 2, ascii: state.asciiOnly, layout: derivation.layout)
            body.append(.blank)
            if picture.count <= room {
                body += picture.map { $0.indented(2) }
            } else {
                body.append(StyledLine("  (enlarge the terminal to see the diagram)", role: .muted))
            }
        }
        return Frame(title: "convtutor · Walkthrough · step \(clamped + 1) of \(steps.count)",
                     titleRight: question.skill.rawValue,
                     body: body,
                     status: "\(question.skill.rawValue) · Score: \(session.score.points) · Streak: \(session.score.streak)")
    }
}
