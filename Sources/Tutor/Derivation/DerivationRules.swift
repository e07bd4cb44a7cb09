/// The rules a derivation runs with: the right ones, or with some replaced by mistakes. It records
/// each place where a mistake changed a number.
struct DerivationRules: Sendable {
    var mistakes: [Mistake]
    /// What the question asks for, which some rules depend on.
    var target: QuestionTarget = .layerParameters
    private(set) var changes: [RuleChange] = []
    /// Every quantity the derivation asked for, whether or not a mistake changed it: kept only when
    /// `recordsConsulted` is set.
    private(set) var consulted: Set<Quantity> = []
    /// Every output-size mistake the derivation asked about, kept only when `recordsConsulted` is set.
    private(set) var consultedBugs: Set<OutputSizeBug> = []
    var recordsConsulted = false

    static let right = DerivationRules(mistakes: [])

    init(mistakes: [Mistake]) {
        self.mistakes = mistakes
    }

    var isRight: Bool { mistakes.isEmpty }

    /// The value of a quantity at a layer: the right one unless a mistake replaces it.
    mutating func value(_ quantity: Quantity, _ correct: Int, at layer: LayerFacts, in model: ModelFacts,
                        earlier: [Quantity: Int] = [:]) -> Int {
        var value = correct
        if recordsConsulted { consulted.insert(quantity) }
        for mistake in mistakes {
            for case .replace(let replaced, let rule) in mistake.effects where replaced == quantity {
                let site = RuleSite(layer: layer, model: model, target: target, correct: value, earlier: earlier)
                guard let wrong = rule(site), wrong != value else { continue }
                changes.append(RuleChange(mistake: mistake.id, quantity: quantity, layer: layer.index, right: value, wrong: wrong))
                value = wrong
            }
        }
        return value
    }

    /// The mistake, if any, that brings an output-size bug.
    mutating func bug(_ bug: OutputSizeBug) -> Mistake? {
        if recordsConsulted { consultedBugs.insert(bug) }
        return mistakes.first { mistake in
            mistake.effects.contains { if case .outputSize(let found) = $0 { found == bug } else { false } }
        }
    }

    /// Whether the mistake could change a number of the derivation these rules recorded (with
    /// `recordsConsulted`): it can only if one of its effects is on something that derivation asked for.
    func couldChange(_ mistake: Mistake) -> Bool {
        mistake.effects.contains { effect in
            switch effect {
            case .replace(let quantity, _): consulted.contains(quantity)
            case .outputSize(let bug): consultedBugs.contains(bug)
            }
        }
    }

    /// Notes that output-size bugs changed a size at a layer.
    mutating func recordSize(_ bugs: [Mistake], layer: Int, right: Int, wrong: Int) {
        guard right != wrong else { return }
        for mistake in bugs {
            changes.append(RuleChange(mistake: mistake.id, quantity: nil, layer: layer, right: right, wrong: wrong))
        }
    }
}
