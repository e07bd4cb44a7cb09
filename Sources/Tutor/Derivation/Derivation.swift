import ConvMath

/// A step-by-step derivation: of one layer's count and output shape (for `explain`, lessons and the
/// classroom), or of exactly the quantity a question asks for (for the walkthrough, the hints,
/// guided mode and the line after a right answer), so that all of them show one computation.
public struct Derivation: Sendable, Equatable {
    /// The layer the derivation is about (for a model's total, the question's focus layer).
    public var layer: LayerSpec
    public var inputShape: TensorShape
    public var analysis: LayerAnalysis
    /// One line that states the layer and its input in plain words.
    public var headline: String
    public var steps: [DerivationStep]
    /// The number the derivation arrives at: the question's answer, or the layer's parameters.
    public var answer: Int
    /// The whole derivation as one expression: `10·(3·3·3) + 10`.
    public var closing: StepExpression
    /// What a question asks, when this derivation answers one; nil for a layer's own derivation.
    public var target: QuestionTarget?
    /// Where the layer's framework writes a volume's channels, so pictures label shapes as the
    /// derivation writes them.
    public var layout: ChannelLayout { layer.type.framework.channelLayout }

    /// One layer's derivation: its parameters, then its output shape.
    public init(layer: LayerSpec, inputShape: TensorShape, analysis: LayerAnalysis) {
        self.layer = layer
        self.inputShape = inputShape
        self.analysis = analysis
        let facts = ModelFacts(framework: layer.type.framework, inputShape: inputShape,
                               layers: [AnalyzedLayer(spec: layer, inputShape: inputShape, result: analysis)], focus: 0)
        var builder = DerivationBuilder(model: facts)
        if let count = try? builder.explanation(of: facts.focus) {
            headline = count.headline
            steps = count.steps
            closing = count.expression
        } else {
            headline = "\(layer.type.name) on an input of \(inputShape.timesDescription)"
            steps = []
            closing = .number(analysis.parameters.total)
        }
        answer = analysis.parameters.total
        target = nil
    }

    /// The derivation of what a question asks, over a model's analysis.
    init(target: QuestionTarget, analysis model: ModelAnalysis, focus: Int, answer expected: Int) {
        let facts = ModelFacts(model, focus: focus)
        let focusLayer = model.layers[facts.focusIndex]
        layer = focusLayer.spec
        inputShape = focusLayer.inputShape
        analysis = focusLayer.result
        self.target = target
        var builder = DerivationBuilder(model: facts)
        if let result = try? builder.derive(target) {
            headline = result.headline
            steps = result.steps
            answer = result.answer
            closing = result.closing
        } else {
            headline = ""
            steps = []
            answer = expected
            closing = .number(expected)
        }
    }

    /// Derives every layer of an analyzed model.
    public static func all(_ model: ModelAnalysis) -> [Derivation] {
        model.layers.filter { !$0.sharedCall }.map { Derivation(layer: $0.spec, inputShape: $0.inputShape, analysis: $0.result) }
    }

    /// `10·(3·3·3) + 10 = 280`: the line shown after a right answer.
    public var closingLine: String {
        let answerText = NumberFormat.grouped(answer)
        let numbers = closing.numbers
        return numbers == answerText ? answerText : "\(numbers) = \(answerText)"
    }
}
