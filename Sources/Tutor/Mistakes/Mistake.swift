import ConvMath

/// A wrong rule that learners apply: which quantities of a derivation it replaces and how, and what
/// to say when an answer shows it. The wrong number a mistake predicts is the derivation run again
/// with the mistake's rule in place of the right one, so it works on every layer where its quantity
/// is computed.
struct Mistake: Sendable {
    let id: MisconceptionID
    let effects: [MistakeEffect]
    /// What the answer counted and which rule it broke, with the numbers where the mistake took effect.
    let wording: @Sendable (MistakeSite) -> MistakeWording

    init(_ id: MisconceptionID, _ effects: [MistakeEffect], wording: @escaping @Sendable (MistakeSite) -> MistakeWording) {
        self.id = id
        self.effects = effects
        self.wording = wording
    }
}

/// How a mistake changes a derivation.
enum MistakeEffect: Sendable {
    /// Replaces a quantity where the closure gives a value; nil leaves it as it is.
    case replace(Quantity, @Sendable (RuleSite) -> Int?)
    /// Changes the rule for an output size.
    case outputSize(OutputSizeBug)
}

/// A wrong way of working out an output size.
enum OutputSizeBug: Sendable, Hashable {
    /// 'same' or explicit padding worked out as if there were none.
    case ignorePadding
    /// 'valid' worked out as if the size were kept, as with 'same'.
    case assumeSame
    case ignoreStride
    case ignoreDilation
    case dropPlusOne
    case roundUp
    /// A pooling layer left out, as if the size did not change.
    case skipPooling
    /// A dilated kernel's span taken as k·d.
    case dilationTimesKernel
    /// A dilated kernel's span taken as k + d − 1: the skipped rows added once, not in every gap.
    case dilationGapsOnce
    /// PyTorch's ceil_mode=True worked out as if it were False: rounded down.
    case ignoreCeilMode
    /// ceil_mode's last window kept even when it would start in the padding on the far side.
    case keepLastWindow
}

/// Where a rule is applied: the layer, the model, the value the right rule gives there, and the
/// values computed before it for the same layer.
struct RuleSite: Sendable {
    var layer: LayerFacts
    var model: ModelFacts
    var target: QuestionTarget
    var correct: Int
    var earlier: [Quantity: Int]
}

/// One place where a mistake changed a number.
struct RuleChange: Sendable, Equatable {
    var mistake: MisconceptionID
    var quantity: Quantity?
    var layer: Int
    var right: Int
    var wrong: Int
}

/// Where a mistake took effect in a question, for its wording: the first layer it changed, and the
/// right and wrong numbers there (added up when it changed several layers).
struct MistakeSite: Sendable {
    var layer: LayerFacts
    var model: ModelFacts
    var target: QuestionTarget
    /// The right and the wrong number where the mistake first took effect.
    var right: Int
    var wrong: Int
    /// The same, added up over every layer it changed.
    var rightSum: Int
    var wrongSum: Int
    /// How many layers the mistake changed.
    var layerCount: Int
    /// The framework the question is shown in, for argument names such as `bias=False`.
    var spelling: Framework
}

/// A mistake in words: what the answer counted ("is every weight but none of the 10 biases") and
/// the rule that it broke ("each filter adds one bias").
struct MistakeWording: Sendable, Equatable {
    var counted: String
    var rule: String
}
