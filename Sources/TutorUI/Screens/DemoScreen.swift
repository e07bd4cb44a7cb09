import StyledText
import Tutor

/// Classroom mode for a projector: the question, then the derivation revealed one step at a time in
/// bold, high-contrast text, then the answer in large digits.
enum DemoScreen {
    static func frame(_ state: AppState, item index: Int, revealed: Int) -> Frame {
        guard index < state.demoItems.count else { return Frame(title: "convtutor · Classroom", body: [], status: "") }
        let item = state.demoItems[index]
        let width = state.size.columns - 2 * Frame.margin
        let steps = item.derivation.steps
        var body: [StyledLine] = [.blank]
        body += StyledLine.wrapped(item.sentence, width: width, role: .emphasis, ascii: state.asciiOnly)
        body.append(.blank)
        for line in item.code { body += StyledLine.wrapped(line, width: width - 2, role: .accent, strong: true, indent: 2, ascii: state.asciiOnly) }
        body.append(.blank)
        for (number, step) in steps.prefix(revealed).enumerated() {
            let current = number == revealed - 1
            body += StyledLine.wrapped("\(number + 1). \(step.title): \(step.equation)", width: width,
                                       role: current ? .kernel : .plain, strong: true, ascii: state.asciiOnly)
            if current {
                body += StyledLine.wrapped(step.explanation, width: width - 3, indent: 3, ascii: state.asciiOnly)
                if let diagram = step.diagram {
                    let picture = DiagramDrawing.lines(diagram, width: width - 3, ascii: state.asciiOnly,
                                                               layout: item.derivation.layout)
                    if body.count + picture.count + 2 <= state.size.rows - 2 {
                        // Nothing dim on a projector: the picture's captions are drawn at full strength.
                        body.append(.blank)
                        body += picture.map { line in
                            StyledLine(line.runs.map { StyledRun($0.text, role: $0.role == .muted ? .plain : $0.role, strong: $0.strong) })
                                .indented(3)
                        }
                    } else {
                        body += StyledLine.wrapped("(a taller window shows this step's picture)", width: width - 3, indent: 3,
                                                   ascii: state.asciiOnly)
                    }
                }
            }
        }
        if revealed >= steps.count {
            body.append(.blank)
            if let digits = BigDigits.rows(item.answer, width: width - 14, unicode: !state.asciiOnly),
               body.count + digits.count <= state.size.rows - 2 {
                for (row, text) in digits.enumerated() {
                    var line = StyledLine("  " + text, role: .correct, strong: true)
                    if row == digits.count - 1 { line.append("  " + item.unit, role: .emphasis) }
                    body.append(line)
                }
            } else {
                body.append(StyledLine("= \(NumberFormat.grouped(item.answer)) \(item.unit)", role: .correct, strong: true))
            }
            if !item.notes.isEmpty { body.append(.blank) }
            for note in item.notes { body += StyledLine.wrapped(note, width: width, ascii: state.asciiOnly) }
        }
        return Frame(title: "convtutor · Classroom · " + (item.place ?? "layer \(index + 1) of \(state.demoItems.count)"),
                     titleRight: "step \(min(revealed, steps.count)) of \(steps.count)",
                     body: body, status: "")
    }
}
