import ConvMath

/// Diagnoses wrong answers by running the question's derivation with each known mistake (and with
/// pairs of them) and comparing, and reads a typed expression part by part against the steps.
public enum Diagnoser {
    /// Why `value` is a wrong answer to the question, or nil when it is right or fits no known mistake.
    /// `expression` is the arithmetic as typed, when the answer was typed as arithmetic; `spelling` is
    /// the framework the question is shown in.
    public static func diagnose(_ value: Int, expression: AnswerExpression? = nil, question: Question,
                                spelling: Framework = .keras) -> Diagnosis? {
        guard value != question.answer, !question.analysis.layers.isEmpty else { return nil }
        let facts = ModelFacts(question.analysis, focus: question.focusLayer)
        let singles = MistakeRun.singles(target: question.target, facts: facts)
        let answer = answerSentence(question.derivation)
        if let expression, !expression.isNumber,
           let working = reading(expression, question: question, facts: facts, singles: singles, spelling: spelling) {
            return Diagnosis(misconception: working.mistakes[0], misconceptions: working.mistakes, reading: .working,
                             parts: working.parts, explanation: working.text, answerSentence: answer)
        }
        var matches = singles.filter { $0.answer == value }
        if matches.isEmpty {
            matches = MistakeRun.pairs(singles, target: question.target, facts: facts, answer: question.answer)
                .filter { $0.answer == value }
        }
        guard let first = matches.first else { return nil }
        let runs = Array(matches.prefix(2))
        let wordings = runs.map { $0.wordings(facts: facts, target: question.target, spelling: spelling) }
        let ids = runs.flatMap(\.ids)
        let text: String
        let reading: Diagnosis.Reading
        let v = NumberFormat.grouped(value)
        if runs.count == 2 {
            reading = .either
            text = "\(v) fits two mistakes: either it \(phrase(wordings[0])), or it \(phrase(wordings[1]))."
        } else if first.mistakes.count == 2, wordings[0].count == 2 {
            reading = .combined
            text = "\(v) shows two mistakes: it \(wordings[0][0].counted) (\(wordings[0][0].rule)), and it "
                + "\(wordings[0][1].counted) (\(wordings[0][1].rule))."
        } else if let wording = wordings[0].first {
            reading = .single
            text = "\(v) \(wording.counted): \(wording.rule)."
        } else {
            return nil
        }
        let named = ids.map(Misconception.init)
        return Diagnosis(misconception: named[0], misconceptions: named, reading: reading, parts: [], explanation: text,
                         answerSentence: answer)
    }

    /// Why an answer typed as a division that is not whole, such as `280/27`, is wrong, when the
    /// question hides a size and the division is a known mistake's: its dividend is the count (or the
    /// weights) and its divisor the number the mistake divides by. Nil for any other typing error.
    public static func diagnose(_ error: AnswerError, question: Question, spelling: Framework = .keras) -> Diagnosis? {
        guard case .inexactDivision(let dividend, let divisor) = error, case .unknown = question.target,
              !question.analysis.layers.isEmpty else { return nil }
        let facts = ModelFacts(question.analysis, focus: question.focusLayer)
        let count = question.focus.result.parameters.total
        for run in MistakeRun.singles(target: question.target, facts: facts) {
            let runDividend = run.steps.first { $0.kind == .backwardsWeights }?.result ?? count
            let runDivisor = run.steps.first { $0.kind == .backwardsDivisor }?.result
            guard runDividend == dividend, runDivisor == divisor,
                  let wording = run.wordings(facts: facts, target: question.target, spelling: spelling).first else { continue }
            let text = "\(NumberFormat.grouped(dividend))/\(NumberFormat.grouped(divisor)) is not a whole number: it "
                + "\(wording.counted) (\(wording.rule))."
            return Diagnosis(misconception: Misconception(run.ids[0]), misconceptions: [Misconception(run.ids[0])], reading: .single,
                             parts: [], explanation: text, answerSentence: answerSentence(question.derivation))
        }
        return nil
    }

    /// Why `value` is a wrong answer to one step of the question's derivation, as guided mode asks it.
    public static func diagnoseStep(_ value: Int, step: DerivationStep, question: Question,
                                    spelling: Framework = .keras) -> Diagnosis? {
        guard let right = step.result, value != right else { return nil }
        if step == question.derivation.steps.last {
            return diagnose(value, question: question, spelling: spelling)
        }
        let facts = ModelFacts(question.analysis, focus: question.focusLayer)
        let matches = MistakeRun.singles(target: question.target, facts: facts).filter { run in
            run.steps.contains { $0.kind == step.kind && $0.layer == step.layer && $0.result == value }
        }
        guard let first = matches.first,
              let wording = first.wordings(facts: facts, target: question.target, spelling: spelling).first else { return nil }
        let v = NumberFormat.grouped(value)
        let reveal = "\(step.title): \(step.equation)."
        if matches.count > 1, let second = matches[1].wordings(facts: facts, target: question.target, spelling: spelling).first {
            return Diagnosis(misconception: Misconception(first.ids[0]), misconceptions: [first.ids[0], matches[1].ids[0]].map(Misconception.init),
                             reading: .either, parts: [],
                             explanation: "\(v) fits two mistakes: either it \(phrase([wording])), or it \(phrase([second])).",
                             answerSentence: reveal)
        }
        return Diagnosis(misconception: Misconception(first.ids[0]), misconceptions: [Misconception(first.ids[0])], reading: .single,
                         parts: [], explanation: "\(v) \(wording.counted): \(wording.rule).", answerSentence: reveal)
    }

    /// What to say when a wrong answer fits no known mistake: about the question's own target, pointing
    /// at its first step.
    /// `hints` says whether the learner can ask for steps one at a time (not in an interview).
    public static func unmatched(_ value: Int?, derivation: Derivation, hints: Bool = true) -> String {
        let typed = value.map(NumberFormat.grouped) ?? "That"
        let first = derivation.steps.first.map {
            " Start with the first step, \($0.title.lowercasedFirst)" + (hints ? " (h shows one step at a time)." : ".")
        } ?? ""
        return "\(typed) matches none of the usual mistakes. \(targetDescription(derivation))\(first)"
    }

    /// When an answer to one guided step matches no known mistake: which step to think about again,
    /// without giving its number away.
    public static func unmatched(_ value: Int?, step: DerivationStep) -> String {
        let typed = value.map(NumberFormat.grouped) ?? "That"
        return "\(typed) matches none of the usual mistakes for this step. Think again about it: \(step.title.lowercasedFirst)."
    }

    /// For a right answer typed as arithmetic that is not the derivation's: the two side by side.
    public static func workingNote(_ expression: AnswerExpression, derivation: Derivation) -> String? {
        guard !expression.isNumber else { return nil }
        let typed = expression.terms.compactMap { part in part.term.value.map { part.adds ? $0 : -$0 } }.sorted()
        let own = closingTerms(derivation.closing).sorted()
        guard typed != own else { return nil }
        return "Your working, \(expression.text), gets the number right; the derivation builds it as \(derivation.closing.numbers)."
    }

    /// "So the layer has 280 parameters."
    public static func answerSentence(_ derivation: Derivation) -> String {
        let n = derivation.answer
        switch derivation.steps.last?.kind {
        case .modelTotal: return "So the model has \(plural(n, "parameter"))."
        case .trainable: return "So Keras reports \(plural(n, "trainable parameter"))."
        case .nonTrainable: return "So Keras reports \(plural(n, "non-trainable parameter"))."
        case .outputSize: return "So the output is \(NumberFormat.grouped(n)) high."
        case .multiplyAccumulates: return "So the layer does \(NumberFormat.grouped(n)) MACs."
        case .standardCount: return "So the standard convolution has \(plural(n, "parameter"))."
        case .savings: return "So the separable convolution has \(plural(n, "parameter")) fewer."
        case .directCost: return "So the convolution alone does \(NumberFormat.grouped(n)) MACs."
        case .pathCost: return "So the path does \(NumberFormat.grouped(n)) MACs."
        case .bottleneckSavings: return "So the reduction saves \(NumberFormat.grouped(n)) MACs."
        case .flops: return "So the layer does \(NumberFormat.grouped(n)) FLOPs."
        case .receptiveField: return "So one value sees \(plural(n, "row")) of the input."
        case .kernelReach: return "So the kernel spans \(plural(n, "row"))."
        case .leftoverRows: return "So \(n == 1 ? "1 row is" : "\(NumberFormat.grouped(n)) rows are") left unread."
        case .fittingInput: return "So the layer fits an input of \(NumberFormat.grouped(n))."
        case .singleLayerWeights: return "So the single layer holds \(plural(n, "weight"))."
        case .stackSaving: return "So the stack holds \(NumberFormat.grouped(n)) fewer weights."
        case .memoryBytes: return "So it takes \(plural(n, "byte"))."
        case .largestLayer: return "So it is layer \(NumberFormat.grouped(n))."
        case .memoryInUnit: return "So it takes \(derivation.steps.last?.resultText ?? NumberFormat.grouped(n))."
        case .backwardsCheck:
            switch derivation.target {
            case .unknown(.filters): return "So the layer has \(plural(n, "filter"))."
            case .unknown(.inputDepth): return "So its input has \(plural(n, "channel"))."
            default: return "So the kernel size is \(NumberFormat.grouped(n))."
            }
        case .unshared: return "So without sharing the layer would have \(plural(n, "parameter"))."
        default: return "So the layer has \(plural(n, "parameter"))."
        }
    }

    // MARK: - Reading a typed expression

    private static func reading(_ expression: AnswerExpression, question: Question, facts: ModelFacts, singles: [MistakeRun],
                                spelling: Framework) -> (parts: [DiagnosisPart], mistakes: [Misconception], text: String)? {
        let terms = expression.terms
        guard terms.count >= 2 else { return nil }
        let steps = question.derivation.steps.filter { noun($0) != nil }
        var parts: [DiagnosisPart] = []
        for (index, part) in terms.enumerated() {
            let text = index == 0 ? (part.adds ? "" : "−") + part.term.text : (part.adds ? "+ " : "− ") + part.term.text
            guard let value = part.term.value else { return nil }
            // The part at the same place first, as the learner lined the sum up with the derivation's.
            let aligned = terms.count == steps.count ? [steps[index]] : []
            let others = steps.filter { $0 != aligned.first }
            func right(_ candidates: [DerivationStep]) -> DiagnosisPart? {
                guard let step = candidates.first(where: { $0.result == value }), let noun = noun(step) else { return nil }
                return DiagnosisPart(text: text, isRight: true, note: "is right for \(noun)", misconception: nil)
            }
            func mistaken(_ candidates: [DerivationStep]) -> DiagnosisPart? {
                for step in candidates {
                    for run in singles where run.steps.contains(where: { $0.kind == step.kind && $0.layer == step.layer && $0.result == value }) {
                        guard let wording = run.wordings(facts: facts, target: question.target, spelling: spelling).first else { continue }
                        return DiagnosisPart(text: text, isRight: false, note: "\(wording.counted): \(wording.rule)",
                                             misconception: run.ids[0])
                    }
                }
                return nil
            }
            // The part at the same place first, as the learner lined the sum up with the derivation's.
            let wrong = right(aligned) ?? mistaken(aligned) ?? right(others) ?? mistaken(others)
            parts.append(wrong ?? DiagnosisPart(text: text, isRight: false, note: "matches no step of the derivation", misconception: nil))
        }
        let mistakes = parts.compactMap(\.misconception).map(Misconception.init)
        guard !mistakes.isEmpty else { return nil }
        let text = parts.map { "\($0.text) \($0.note)" }.joined(separator: "; ") + "."
        return (parts, mistakes, text.capitalizedFirst)
    }

    /// What a step's number is, as a part of a sum: "the weights", "the biases".
    private static func noun(_ step: DerivationStep) -> String? {
        switch step.kind {
        case .allWeights: return "the weights"
        case .biases: return "the biases"
        case .depthwiseStage: return "the depthwise stage"
        case .pointwiseStage: return "the pointwise stage"
        case .layerTotal: return step.layer.map { "layer \($0 + 1)" } ?? "a layer"
        case .learned: return "the scale and shift"
        case .statistics: return "the moving statistics"
        default: return nil
        }
    }

    private static func closingTerms(_ expression: StepExpression) -> [Int] {
        switch expression {
        case .sum(let terms): return terms.compactMap(\.result)
        case .group(let inner): return closingTerms(inner)
        default: return expression.result.map { [$0] } ?? []
        }
    }

    private static func phrase(_ wordings: [MistakeWording]) -> String {
        wordings.map { "\($0.counted) (\($0.rule))" }.joined(separator: " and ")
    }

    private static func targetDescription(_ derivation: Derivation) -> String {
        switch derivation.steps.last?.kind {
        case .modelTotal: return "A model's total adds up the count of every layer."
        case .trainable, .nonTrainable:
            return "Keras splits a model's parameters into those training updates and those it does not."
        case .outputSize: return "An output size comes from the padded size, the kernel's reach and the stride."
        case .multiplyAccumulates: return "A MAC count is the output positions times the filters times the products per output value."
        case .savings: return "The saving is the standard convolution's count less the separable one's."
        case .flops: return "FLOPs are two per multiply-accumulate, plus one per output value when the bias additions count."
        case .directCost, .pathCost, .bottleneckSavings:
            return "Each layer's MACs are its output positions times its filters times the products per output value."
        case .receptiveField:
            return "A receptive field starts at 1 and grows by (k − 1)·J at each layer, J being the product of the strides before it."
        case .kernelReach: return "A dilated kernel's k taps sit d rows apart, with k − 1 gaps between them."
        case .leftoverRows, .fittingInput:
            return "The windows fit exactly when the rows they travel, n + 2p − k, divide by the stride."
        case .singleLayerWeights: return "The single layer's kernel is as large as the stack's receptive field, and as deep as its input."
        case .stackSaving: return "The saving is the single layer's weights less the stack's."
        case .largestLayer:
            return "Parameters sit where layers are wide, often the first Dense; activations where the images are large, the first convolutions."
        case .memoryBytes, .memoryInUnit:
            return "A size in memory is the values stored times the bytes of one value, times the batch for outputs."
        case .backwardsCheck:
            return "Read the count's rule backwards: take off the biases, then divide by what the unknown multiplies."
        case .unshared: return "Without sharing, every output value owns its kernel and its bias: output values times (k·k·D + 1)."
        default: return "A layer's parameters are its kernels' weights plus its biases."
        }
    }
}

extension String {
    /// "The kernel" → "the kernel"; an all-capital word such as "MAC" stays.
    var lowercasedFirst: String {
        guard let first, !(dropFirst().first?.isUppercase ?? false) else { return self }
        return first.lowercased() + dropFirst()
    }
}
