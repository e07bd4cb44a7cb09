import ConvMath

/// A question before the engine has run it: words and code, with what is asked and of which layer.
struct QuizDraft {
    var sentence: String
    var ask: String
    var target: QuestionTarget
    /// Keras calls, the `Input` first.
    var keras: [String]
    /// PyTorch calls without the input comment; empty when PyTorch cannot say the same.
    var pytorch: [String]
    /// The input in PyTorch's channels-first order.
    var pytorchInput: TensorShape?
    /// The index of the layer asked about, among the layers after `Input`.
    var focusLayer: Int

    static let layerAsk = "How many parameters does this layer have?"

    /// Runs the Keras code through the engine and fills in the answer and the wrong answers.
    /// Nil when the engine refuses the code or the answer is not a positive number.
    func build(skill: Skill, difficulty: Difficulty, seed: UInt64) -> (question: Question, complete: Bool)? {
        let source = SourceText(name: "question", text: keras.joined(separator: "\n"))
        guard let analysis = try? ModelReader.read([source], inputShape: nil).analyze(),
              let answer = target.value(in: analysis, focusLayer: focusLayer), answer > 0 else { return nil }
        let facts = QuizFacts(skill: skill, target: target, answer: answer, analysis: analysis, focusLayer: focusLayer)
        let distractors = MisconceptionLibrary.distractors(for: facts)
        let pytorchCode = pytorch.isEmpty || pytorchInput == nil
            ? [] : ["# input: \(pytorchInput?.description ?? "")"] + pytorch
        let question = Question(skill: skill, difficulty: difficulty, seed: seed, sentence: sentence, ask: ask,
                                target: target, kerasCode: keras, pytorchCode: pytorchCode,
                                pytorchInputShape: pytorchCode.isEmpty ? nil : pytorchInput,
                                answer: answer, analysis: analysis, focusLayer: focusLayer,
                                distractors: distractors.values)
        let enough = distractors.values.count >= (skill == .outputShape ? 2 : 1)
        return (question, distractors.complete && enough)
    }
}
