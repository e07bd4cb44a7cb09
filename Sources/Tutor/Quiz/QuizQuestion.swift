import ConvMath

/// One generated question: the layer in words and in code, the asked-for number as the engine
/// computes it, its derivation, and the wrong number each applicable mistake gives.
public struct Question: Sendable, Equatable {
    public var skill: Skill
    public var difficulty: Difficulty
    /// Replays the question: `QuestionGenerator.generate(skill, difficulty:, seed:)`.
    public var seed: UInt64
    /// The layer in plain words, e.g. "10 filters of 3×3 over a 24×24×3 input, with biases."
    public var sentence: String
    /// What to answer, e.g. "How many parameters does this layer have?"
    public var ask: String
    public var target: QuestionTarget
    /// The Keras code as the question shows it, one call a line: `solvedKerasCode`, with the size a
    /// solve-backwards question asks for written as `?`. Empty for a question only PyTorch can write.
    public var kerasCode: [String]
    /// The same model in PyTorch, one call a line, after a comment giving the input; empty when
    /// PyTorch has no layer that counts the same way. Written with `?` like `kerasCode`.
    public var pytorchCode: [String]
    /// The Keras code in full, which the engine runs (unless it is empty: then it runs
    /// `solvedPyTorchCode`); the same as `kerasCode` unless the question hides a size. Shown only
    /// once the question is answered.
    public var solvedKerasCode: [String]
    /// The PyTorch code in full, as `solvedKerasCode` is.
    public var solvedPyTorchCode: [String]
    /// The input of `pytorchCode` (channels first), which PyTorch code does not declare.
    public var pytorchInputShape: TensorShape?
    /// Computed by running `kerasCode` through the engine.
    public var answer: Int
    /// The engine's analysis of `kerasCode`.
    public var analysis: ModelAnalysis
    /// The index in `analysis.layers` of the layer the question is about.
    public var focusLayer: Int
    /// The wrong number each applicable mistake gives for this question, when it gives one of its own.
    public var distractors: [MisconceptionID: Int]
    /// The derivation of exactly what the question asks: the walkthrough, the hints, guided mode's
    /// steps and the line after a right answer all come from it.
    public var derivation: Derivation
    /// The teacher's set and question this came from; nil for a generated question.
    public var origin: SetQuestionReference?

    init(skill: Skill, difficulty: Difficulty, seed: UInt64, sentence: String, ask: String,
                target: QuestionTarget, kerasCode: [String], pytorchCode: [String], pytorchInputShape: TensorShape?,
                answer: Int, analysis: ModelAnalysis, focusLayer: Int, distractors: [MisconceptionID: Int],
                derivation: Derivation, solvedKerasCode: [String]? = nil, solvedPyTorchCode: [String]? = nil) {
        self.skill = skill
        self.difficulty = difficulty
        self.seed = seed
        self.sentence = sentence
        self.ask = ask
        self.target = target
        self.kerasCode = kerasCode
        self.pytorchCode = pytorchCode
        self.solvedKerasCode = solvedKerasCode ?? kerasCode
        self.solvedPyTorchCode = solvedPyTorchCode ?? pytorchCode
        self.pytorchInputShape = pytorchInputShape
        self.answer = answer
        self.analysis = analysis
        self.focusLayer = focusLayer
        self.distractors = distractors
        self.derivation = derivation
    }

    /// The code to show: PyTorch's when it is preferred and written, or when Keras cannot write the
    /// question (then `kerasCode` is empty); Keras' otherwise. A hidden size stays `?`.
    public func code(preferringPyTorch: Bool) -> [String] {
        showsPyTorchCode(preferringPyTorch) ? pytorchCode : kerasCode
    }

    /// The same code in full, with the hidden size written in: to show once the question is answered.
    public func solvedCode(preferringPyTorch: Bool) -> [String] {
        showsPyTorchCode(preferringPyTorch) ? solvedPyTorchCode : solvedKerasCode
    }

    /// The framework whose code `code(preferringPyTorch:)` shows, so a diagnosis speaks its words.
    public func spelling(preferringPyTorch: Bool) -> Framework {
        showsPyTorchCode(preferringPyTorch) ? .pytorch : analysis.framework
    }

    /// Whether the PyTorch spelling is shown: when preferred or the only one, and when there is one. A
    /// question set's code, in whichever framework, is its Keras-side code.
    private func showsPyTorchCode(_ preferringPyTorch: Bool) -> Bool {
        (preferringPyTorch || kerasCode.isEmpty) && !pytorchCode.isEmpty
    }

    /// The analyzed layer the question is about.
    public var focus: AnalyzedLayer {
        analysis.layers[focusLayer]
    }

    /// The focus layer's own derivation, its count and output shape, as `explain` shows it.
    public var layerDerivation: Derivation {
        Derivation(layer: focus.spec, inputShape: focus.inputShape, analysis: focus.result)
    }
}
