import StyledText
import Tutor

/// One classroom slide's lines at a level of detail: the question and its code, then the steps
/// revealed so far with the current one's result in large glyphs, its words and its picture. The
/// current step is the last one shown, so nothing of a later step is on the screen.
struct DemoSlide {
    let item: DemoItem
    /// Steps shown, from 0 (the question alone) to every step.
    let revealed: Int
    let column: PresenterColumn
    let ascii: Bool

    static let pictureNote = "(a taller window shows this step's picture)"

    func lines(_ detail: DemoDetail) -> [StyledLine] {
        let width = column.width
        var lines: [StyledLine] = [.blank]
        lines += StyledLine.wrapped(item.sentence, width: width, role: .emphasis, strong: true, ascii: ascii)
        if detail.code {
            lines.append(.blank)
            for line in item.code {
                lines += StyledLine.code(line, width: width, role: .accent, strong: true, indent: 2, ascii: ascii)
            }
        }
        let steps = item.derivation.steps
        guard revealed > 0, !steps.isEmpty else {
            let givens = givenLines(scale: detail.glyphScale)
            if !givens.isEmpty { lines += [.blank] + givens }
            return lines
        }
        let current = min(revealed, steps.count) - 1
        lines.append(.blank)
        for number in max(0, current - detail.earlierSteps)..<current {
            lines += stepLine(number, role: .plain)
        }
        lines += stepLine(current, role: .kernel)
        let step = steps[current]
        let last = current == steps.count - 1
        var answerShown = false
        if detail.glyphScale > 0, let large = resultLines(step, scale: detail.glyphScale, last: last) {
            lines += [.blank] + column.centred(large) + [.blank]
            answerShown = last && step.result == item.answer
        }
        lines += StyledLine.wrapped(step.explanation, width: width, indent: 3, ascii: ascii)
        if let diagram = step.diagram {
            switch detail.picture {
            case .full, .compact:
                let picture = DiagramDrawing.lines(diagram, width: width - 3, ascii: ascii, layout: item.derivation.layout,
                                                   compact: detail.picture == .compact)
                lines += [.blank] + picture.map { $0.indented(3) }
            case .none:
                lines += StyledLine.wrapped(Self.pictureNote, width: width, indent: 3, ascii: ascii)
            }
        }
        if last {
            if !answerShown {
                lines.append(.blank)
                lines += StyledLine.wrapped("Answer: \(NumberFormat.grouped(item.answer)) \(item.unit)", width: width,
                                            role: .correct, strong: true, ascii: ascii)
            }
            if !item.notes.isEmpty { lines.append(.blank) }
            for note in item.notes { lines += StyledLine.wrapped(note, width: width, ascii: ascii) }
        }
        return lines
    }

    private func stepLine(_ number: Int, role: TextRole) -> [StyledLine] {
        let step = item.derivation.steps[number]
        return StyledLine.wrapped("\(number + 1). \(step.title): \(step.equation)", width: column.width, role: role,
                                  strong: true, ascii: ascii)
    }

    /// The step's numbers put in and its result, `10·(3·3·3) = 270`, or the result alone when the
    /// formula does not fit or is not arithmetic (a shape); the unit beside it (the slide's, for the
    /// answer at the last step when the step names none).
    private func resultLines(_ step: DerivationStep, scale: Int, last: Bool) -> [StyledLine]? {
        let result = step.result.map(NumberFormat.grouped) ?? step.resultText
        var unit = step.result.map { number in
            String(step.resultText.dropFirst(NumberFormat.grouped(number).count)).trimmingLeadingSpaces
        } ?? ""
        if unit.isEmpty, last, step.result == item.answer { unit = item.unit }
        let arithmetic = step.expression != nil && !step.substitution.isEmpty && step.substitution != result
        let formula = arithmetic ? "\(step.substitution) = \(result)" : result
        return LargeText.lines([formula, result], label: unit, role: .correct, scale: scale, width: column.width, ascii: ascii)
    }

    /// The numbers the question gives, each large with its name beside it, all at one scale.
    private func givenLines(scale: Int) -> [StyledLine] {
        let givens = item.givens.map { (text: $0.value, label: $0.label) }
        let size = LargeText.commonScale(givens, scale: scale, width: column.width)
        guard size > 0 else { return [] }
        var lines: [StyledLine] = []
        for (index, given) in item.givens.enumerated() {
            let role: TextRole = given.label == "input" ? .input : .kernel
            guard let large = LargeText.lines([given.value], label: given.label, role: role, scale: size, width: column.width,
                                              ascii: ascii) else { continue }
            lines += (index == 0 ? [] : [.blank]) + large
        }
        return column.centred(lines)
    }
}

private extension String {
    var trimmingLeadingSpaces: String { String(drop { $0 == " " }) }
}
