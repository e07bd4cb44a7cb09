import ConvMath

extension DerivationBuilder {
    /// A layer's FLOPs: its multiply-accumulates, then two operations for each, and one addition per
    /// output value for the biases when the question counts them.
    mutating func floatingPointOperations(_ f: LayerFacts, biasAdditions: Bool) throws(Overflow) -> TargetResult {
        let work = try multiplyAccumulates(f)
        let values = f.outPositions &* f.outChannels
        let additions = biasAdditions && f.useBias ? values : 0
        var expression = StepExpression.product([.number(2), .named("MACs", work.answer)])
        if additions > 0 { expression = .sum([expression, .named("values", additions)]) }
        let flops = rule(.flops, try value(expression), f,
                         earlier: [.multiplyAccumulates: work.answer, .biases: f.useBias ? values : 0])
        let explanation = "A multiply-accumulate is two floating-point operations, a multiplication and an addition. "
            + (additions > 0 ? "The question also counts the bias additions: one per output value."
                : f.useBias ? "The question leaves the bias additions out, as some tools do." : "The layer has no biases to add.")
        let step = DerivationStep(kind: .flops, layer: f.index, title: "FLOPs", explanation: explanation,
                                  expression: expression.shown(as: flops), unit: "FLOPs")
        var closing = StepExpression.product([.number(2), .group(work.closing)])
        if additions > 0 { closing = .sum([closing, .number(additions)]) }
        return TargetResult(headline: "The FLOPs of \(plural(f.filters, "filter")) of \(f.kernelText) over an input of \(f.inputText)",
                            steps: work.steps + [step], answer: flops, closing: closing.shown(as: flops))
    }
}
