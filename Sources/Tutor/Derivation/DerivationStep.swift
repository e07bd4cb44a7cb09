/// One step of a derivation: a plain sentence, the rule in symbols, the numbers put in, and the result.
public struct DerivationStep: Sendable, Equatable {
    /// What the step establishes, so a guided quiz can ask for it and diagnose the answer.
    public enum Kind: Sendable, Equatable, Hashable {
        case inputChannels
        case kernelDepth
        case weightsPerKernel
        case allWeights
        case biases
        case total
        case outputShape
        case depthwiseStage
        case pointwiseStage
        case learned
        case statistics
        case noWeights
        case layerTotal
        case modelTotal
        case trainable
        case nonTrainable
        case paddedSize
        case kernelReach
        case outputSize
        case outputPositions
        case productsPerValue
        case outputValues
        case multiplyAccumulates
        case flattenSize
        case standardCount
        case savings
        case directCost
        case layerCost
        case pathCost
        case bottleneckSavings
        case flops
        case receptiveField
        case singleLayerWeights
        case stackSaving
        case leftoverRows
        case missingRows
        case fittingInput
        case bytesPerValue
        case memoryBytes
        case memoryInUnit
        case largestLayer
        case backwardsWeights
        case backwardsDivisor
        case kernelArea
        case solvedUnknown
        case backwardsCheck
        case perOutputValue
        case unshared
    }

    public var kind: Kind
    /// The index of the model layer the step is about, when it is about one.
    public var layer: Int?
    public var title: String
    public var explanation: String
    /// The rule in symbols, e.g. `M·(K·K·D)`.
    public var formula: String { expression?.symbols ?? written.formula }
    /// The same rule with the numbers put in, e.g. `10·(3·3·3)`.
    public var substitution: String { expression?.numbers ?? written.substitution }
    /// The number the step arrives at, when it is one number.
    public var result: Int?
    /// The result as shown, e.g. `270` or `22×22×10`.
    public var resultText: String {
        guard expression != nil else { return written.resultText }
        let number = result.map(NumberFormat.grouped) ?? "?"
        return written.unit.map { "\(number) \($0)" } ?? number
    }
    /// The arithmetic the formula, the substitution and the result all come from, when it is arithmetic.
    public var expression: StepExpression?
    public var diagram: DerivationDiagram?
    /// What is shown as written, for a step without an expression; with one, the text is made from it
    /// when asked for: most derivations are run for their numbers alone (each mistake's, a question's).
    private var written: WrittenText

    private struct WrittenText: Sendable, Equatable {
        var formula = ""
        var substitution = ""
        var resultText = ""
        var unit: String?
    }

    /// A step whose formula, numbers and result all come from one expression.
    public init(kind: Kind, layer: Int? = nil, title: String, explanation: String, expression: StepExpression,
                unit: String? = nil, diagram: DerivationDiagram? = nil) {
        self.kind = kind
        self.layer = layer
        self.title = title
        self.explanation = explanation
        self.expression = expression
        result = expression.result
        written = WrittenText(unit: unit)
        self.diagram = diagram
    }

    /// A step whose result is not one number, such as an output shape.
    public init(kind: Kind, layer: Int? = nil, title: String, explanation: String, formula: String, substitution: String,
                resultText: String, diagram: DerivationDiagram? = nil) {
        self.kind = kind
        self.layer = layer
        self.title = title
        self.explanation = explanation
        written = WrittenText(formula: formula, substitution: substitution, resultText: resultText)
        result = nil
        expression = nil
        self.diagram = diagram
    }

    /// `M·(K·K·D) = 10·(3·3·3) = 270`, leaving out parts that would say the same thing again.
    public var equation: String {
        var parts = [formula]
        if !substitution.isEmpty && substitution != formula { parts.append(substitution) }
        let bare = result.map(NumberFormat.grouped)
        if !resultText.isEmpty && resultText != parts.last && bare != parts.last {
            return parts.joined(separator: " = ") + (kind == .outputShape ? " → " : " = ") + resultText
        }
        if let bare, resultText != bare, resultText.hasPrefix(bare) {
            return parts.joined(separator: " = ") + resultText.dropFirst(bare.count)
        }
        return parts.joined(separator: " = ")
    }
}
