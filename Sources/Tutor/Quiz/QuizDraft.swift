import ConvMath

/// A question before the engine has run it: words and code, with what is asked and of which layer.
struct QuizDraft {
    var sentence: String
    var ask: String
    var target: QuestionTarget
    /// Keras calls, the `Input` first; empty when Keras cannot write the layer (PyTorch's ceil_mode).
    var keras: [String]
    /// PyTorch calls without the input comment; empty when PyTorch cannot say the same.
    var pytorch: [String]
    /// The input in PyTorch's channels-first order.
    var pytorchInput: TensorShape?
    /// The index of the layer asked about, among the layers after `Input`.
    var focusLayer: Int
    /// True when sizes drawn again must ask for the same target as the first draw: for skills that
    /// ask several things, one of whose mistakes share a number by nature, so that it is not drawn
    /// less often than the others.
    var keepsTarget = false
    /// The code the engine runs for the answer: Keras', or PyTorch's for a question only PyTorch can write.
    var engine: Framework = .keras
    /// The code as the question shows it, when a size it asks for is written as `?`: Keras', and
    /// PyTorch's with its input comment. Nil shows `keras` and `pytorchCode` as they are.
    var shown: (keras: [String], pytorch: [String])?
    /// The engine's analysis when it comes from elsewhere (a module of a famous network, read from
    /// the network's own code): the code shown is then the module's calls, and is not run again.
    var analysis: ModelAnalysis? = nil
    /// True when the sizes are not drawn but given (a famous network's layer): the first draw is
    /// kept even where two mistakes share a number, which is then diagnosed as either, rather than
    /// drawn again until the layers whose mistakes coincide are never asked.
    var keepsDraw = false

    static let layerAsk = "How many parameters does this layer have?"

    /// The PyTorch code as shown, after a comment giving its input; empty when PyTorch cannot say it.
    var pytorchCode: [String] {
        pytorch.isEmpty || pytorchInput == nil ? [] : ["# input: \(pytorchInput?.description ?? "")"] + pytorch
    }

    /// Runs the Keras code through the engine and fills in the answer, its derivation and the wrong
    /// answers. Nil when the engine refuses the code, the answer is not a positive number, or the
    /// derivation does not arrive at the engine's answer. `collisions` counts the mistakes whose wrong
    /// number another mistake (or the answer) gives too.
    func build(skill: Skill, difficulty: Difficulty, seed: UInt64) -> (question: Question, collisions: Int)? {
        if let analysis { return build(analysis: analysis, skill: skill, difficulty: difficulty, seed: seed) }
        // The engine runs exactly the code shown: PyTorch's with its input comment, when it is the engine's.
        let source = SourceText(name: "question", text: (engine == .keras ? keras : pytorchCode).joined(separator: "\n"))
        guard engine == .keras || !pytorchCode.isEmpty,
              let analysis = try? ModelReader.read([source], inputShape: engine == .keras ? nil : pytorchInput).analyze()
        else { return nil }
        return build(analysis: analysis, skill: skill, difficulty: difficulty, seed: seed)
    }

    /// `build` with the code already run through the engine: for code the engine reads from elsewhere
    /// (a question set's file) rather than from `keras`, which is then only shown.
    func build(analysis: ModelAnalysis, skill: Skill, difficulty: Difficulty, seed: UInt64)
        -> (question: Question, collisions: Int)? {
        guard let answer = target.value(in: analysis, focusLayer: focusLayer), answer > 0 else { return nil }
        let derivation = Derivation(target: target, analysis: analysis, focus: focusLayer, answer: answer)
        guard derivation.answer == answer, derivation.steps.last?.result == answer else { return nil }
        let facts = ModelFacts(analysis, focus: focusLayer)
        let singles = MistakeRun.singles(target: target, facts: facts).filter { $0.answer > 0 && $0.answer != answer }
        var counts: [Int: Int] = [answer: 1]
        for run in singles { counts[run.answer, default: 0] += 1 }
        var distractors: [MisconceptionID: Int] = [:]
        for run in singles where counts[run.answer] == 1 { distractors[run.ids[0]] = run.answer }
        let question = Question(skill: skill, difficulty: difficulty, seed: seed, sentence: sentence, ask: ask,
                                target: target, kerasCode: shown?.keras ?? keras, pytorchCode: shown?.pytorch ?? pytorchCode,
                                pytorchInputShape: pytorchCode.isEmpty ? nil : pytorchInput,
                                answer: answer, analysis: analysis, focusLayer: focusLayer,
                                distractors: distractors, derivation: derivation,
                                solvedKerasCode: keras, solvedPyTorchCode: pytorchCode)
        let enough = distractors.count >= (skill == .outputShape ? 2 : 1)
        return (question, singles.count - distractors.count + (enough ? 0 : 100))
    }
}
