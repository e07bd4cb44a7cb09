/// One step of a derivation: a plain sentence, the symbolic formula, the numbers put in, and the result.
public struct DerivationStep: Sendable, Equatable {
    /// What the step establishes, so a guided quiz can ask for it and diagnose the answer.
    public enum Kind: Sendable, Equatable {
        case kernelDepth
        case weightsPerKernel
        case allWeights
        case biases
        case total
        case outputShape
        case depthwiseStage
        case pointwiseStage
        case statistics
        case noWeights
    }

    public var kind: Kind
    public var title: String
    public var explanation: String
    /// The rule in symbols, e.g. `M·(K·K·D)`.
    public var formula: String
    /// The same rule with the numbers put in, e.g. `10·27`.
    public var substitution: String
    /// The number the step arrives at, when it is one number.
    public var result: Int?
    /// The result as shown, e.g. `270` or `22×22×10`.
    public var resultText: String
    public var diagram: DerivationDiagram?

    public init(kind: Kind, title: String, explanation: String, formula: String, substitution: String,
                result: Int?, resultText: String? = nil, diagram: DerivationDiagram? = nil) {
        self.kind = kind
        self.title = title
        self.explanation = explanation
        self.formula = formula
        self.substitution = substitution
        self.result = result
        self.resultText = resultText ?? result.map(NumberFormat.grouped) ?? ""
        self.diagram = diagram
    }

    /// `M·(K·K·D) = 10·27 = 270`, leaving out parts that would repeat.
    public var equation: String {
        var text = formula
        if substitution != formula && !substitution.isEmpty { text += " = " + substitution }
        if !resultText.isEmpty && resultText != substitution {
            text += (kind == .outputShape ? " → " : " = ") + resultText
        }
        return text
    }
}
