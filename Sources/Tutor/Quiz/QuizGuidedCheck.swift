/// Checks one step of a guided derivation (kernel depth, weights per kernel, all weights, biases,
/// total) and names the mistake a wrong step answer shows.
public enum GuidedCheck {
    /// The diagnosis of a wrong answer to `step` of the question's focus layer; nil when the answer
    /// is right, the step has no single number, or the mistake is not a known one.
    public static func check(_ answer: Int, step: DerivationStep, question: Question) -> Diagnosis? {
        guard let correct = step.result, answer != correct, !question.analysis.layers.isEmpty else { return nil }
        let facts = QuizFacts(question)
        if step.kind == .total {
            return total(answer, correct: correct, question: question, facts: facts)
        }
        let candidates = GuidedCandidates.of(step.kind, facts: facts, correct: correct)
        guard let match = candidates.first(where: { $0.value == answer && $0.value != correct }) else { return nil }
        return Diagnosis(misconception: Misconception(match.id), message: match.message)
    }

    /// The total step: the question's own diagnosis when it asks for this very number, otherwise the
    /// mistakes a single layer of this kind can show.
    private static func total(_ answer: Int, correct: Int, question: Question, facts: QuizFacts) -> Diagnosis? {
        let asksThisTotal = question.answer == correct
            && (question.target == .layerParameters || (question.target == .modelParameters && question.analysis.layers.count == 1))
        if asksThisTotal { return MisconceptionLibrary.diagnose(answer, for: question) }
        guard let skill = layerSkill(facts.focus) else { return nil }
        let layerFacts = QuizFacts(skill: skill, target: .layerParameters, answer: correct,
                                   analysis: question.analysis, focusLayer: question.focusLayer)
        let values = MisconceptionLibrary.distractors(for: layerFacts).values
        guard let id = values.first(where: { $0.value == answer })?.key else { return nil }
        return Diagnosis(misconception: Misconception(id),
                         message: MisconceptionMessages.message(id, value: answer, facts: layerFacts))
    }

    /// The single-layer skill whose mistakes fit a layer of this kind.
    static func layerSkill(_ layer: LayerFacts) -> Skill? {
        switch layer.kind {
        case .convolution:
            if layer.groups > 1 { return .grouped }
            switch layer.kernel.count {
            case 1: return .conv1d
            case 3: return .conv3d
            default: return layer.useBias ? .conv2d : .conv2dNoBias
            }
        case .depthwise: return .depthwise
        case .separable: return .separable
        case .transposed: return .transposed
        default: return nil
        }
    }
}
