import ConvMath

/// Everything about a question that its wrong answers and messages are computed from: the engine's
/// analysis, read as layer facts.
struct QuizFacts {
    var skill: Skill
    var target: QuestionTarget
    var answer: Int
    var layers: [LayerFacts]
    var focusIndex: Int
    var modelInput: TensorShape

    init(skill: Skill, target: QuestionTarget, answer: Int, analysis: ModelAnalysis, focusLayer: Int) {
        self.skill = skill
        self.target = target
        self.answer = answer
        self.layers = analysis.layers.map(LayerFacts.init)
        self.focusIndex = min(max(focusLayer, 0), max(analysis.layers.count - 1, 0))
        self.modelInput = analysis.inputShape
    }

    init(_ question: Question) {
        self.init(skill: question.skill, target: question.target, answer: question.answer,
                  analysis: question.analysis, focusLayer: question.focusLayer)
    }

    var focus: LayerFacts { layers[focusIndex] }
    var convolutions: [LayerFacts] { layers.filter { $0.kind == .convolution } }
    /// The first layer with weights: the convolution before a Dense or a batch normalization.
    var firstConvolution: LayerFacts { convolutions.first ?? focus }
    var pooling: LayerFacts? { layers.first { $0.kind == .pooling } }
    var modelInputChannels: Int { modelInput.channels(.channelsLast) }
}
