import ConvMath

/// A question's derivation run again with mistakes in place of the right rules: the wrong answer
/// they lead to, the steps on the way, and where they changed a number.
struct MistakeRun: Sendable {
    var mistakes: [Mistake]
    var answer: Int
    var steps: [DerivationStep]
    var changes: [RuleChange]

    var ids: [MisconceptionID] { mistakes.map(\.id) }

    /// The derivation with these mistakes, or nil when none of them applies or a number overflows.
    static func run(_ mistakes: [Mistake], target: QuestionTarget, facts: ModelFacts) -> MistakeRun? {
        var builder = DerivationBuilder(model: facts, rules: DerivationRules(mistakes: mistakes))
        // A mistake's run is for its numbers: the diagnosis words it from the facts, not from these steps.
        builder.composesText = false
        guard let result = try? builder.derive(target) else { return nil }
        let changes = builder.rules.changes
        guard Set(changes.map(\.mistake)).count == mistakes.count else { return nil }
        return MistakeRun(mistakes: mistakes, answer: result.answer, steps: result.steps, changes: changes)
    }

    /// Every mistake of the catalogue that applies to the question.
    ///
    /// A run with one mistake follows the right derivation until the mistake first changes a number,
    /// so a mistake whose effects are all on quantities and output-size rules the right derivation
    /// never asks for cannot apply: it is not run.
    static func singles(target: QuestionTarget, facts: ModelFacts) -> [MistakeRun] {
        var right = DerivationBuilder(model: facts)
        right.composesText = false
        right.rules.recordsConsulted = true
        let consulted = (try? right.derive(target)) == nil ? nil : right.rules
        return MistakeCatalog.all.compactMap { mistake in
            if let consulted, !consulted.couldChange(mistake) { return nil }
            return run([mistake], target: target, facts: facts)
        }
    }

    /// Two mistakes made together, for the pairs that give a number neither gives alone.
    static func pairs(_ singles: [MistakeRun], target: QuestionTarget, facts: ModelFacts, answer: Int) -> [MistakeRun] {
        var result: [MistakeRun] = []
        for (index, first) in singles.enumerated() where first.answer != answer {
            for second in singles[(index + 1)...] where second.answer != answer {
                guard let both = run(first.mistakes + second.mistakes, target: target, facts: facts),
                      both.answer != answer, both.answer != first.answer, both.answer != second.answer else { continue }
                result.append(both)
            }
        }
        return result
    }

    /// Where a mistake of this run took effect, for its wording.
    func site(_ id: MisconceptionID, facts: ModelFacts, target: QuestionTarget, spelling: Framework) -> MistakeSite? {
        let own = changes.filter { $0.mistake == id }
        guard let first = own.first, facts.layers.indices.contains(first.layer) else { return nil }
        let same = own.filter { $0.quantity == first.quantity }
        return MistakeSite(layer: facts.layers[first.layer], model: facts, target: target, right: first.right, wrong: first.wrong,
                           rightSum: same.reduce(0) { $0 &+ $1.right }, wrongSum: same.reduce(0) { $0 &+ $1.wrong },
                           layerCount: Set(same.map(\.layer)).count, spelling: spelling)
    }

    /// The words of each mistake of this run, in order.
    func wordings(facts: ModelFacts, target: QuestionTarget, spelling: Framework) -> [MistakeWording] {
        mistakes.compactMap { mistake in
            site(mistake.id, facts: facts, target: target, spelling: spelling).map(mistake.wording)
        }
    }
}
