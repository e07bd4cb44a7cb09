import ConvMath

extension DerivationBuilder {
    /// A transposed convolution's output height, as Keras 3 and PyTorch compute it, in one step.
    mutating func transposedHeight(_ f: LayerFacts) throws(Overflow) -> TargetResult {
        let n = f.inSpatial.first ?? 1, k = f.kernel.first ?? 1, s = f.strides.first ?? 1
        let d = f.dilation.first ?? 1, extra = f.outputPadding?.first
        let stretched = StepExpression.product([.group(.difference([.named("n", n), .number(1)])), .named("s", s)])
        let reach = StepExpression.product([.named("d", d), .group(.difference([.named("k", k), .number(1)]))])
        let span: StepExpression = d > 1 ? .sum([reach, .number(1)]) : .named("k", k)
        let expression: StepExpression
        let explanation: String
        switch (f.framework, f.padding, extra) {
        case (.keras, .same, nil):
            expression = .product([.named("n", n), .named("s", s)])
            explanation = "With padding='same' and no output_padding, Keras makes the output exactly n·s: the stride spreads "
                + "each input value s rows apart."
        case (.keras, .valid, nil):
            expression = .sum([stretched, .maximum(d > 1 ? .group(span) : span, .named("s", s))])
            explanation = "The stride puts the n input values s rows apart, which spans (n − 1)·s rows before the last; the last "
                + "value's kernel adds its k rows. With padding='valid' Keras never lets the output be shorter than n·s, "
                + "so it adds max(k, s)."
        case (.keras, .valid, let extra?):
            expression = .sum([stretched, span, .named("op", extra)])
            explanation = "The stride puts the n input values s rows apart, (n − 1)·s rows before the last; the last value's "
                + "kernel adds k rows, and output_padding adds its rows at the end."
        case (.pytorch, _, _):
            let p = f.padding.amount(axis: 0)
            expression = .sum([.difference([stretched, .product([.number(2), .named("p", p)])]), reach, .named("op", extra ?? 0),
                               .number(1)])
            explanation = "The stride puts the n input values s rows apart, (n − 1)·s rows before the last; the last value's "
                + "kernel reaches d·(k − 1) + 1 rows. Padding p takes p rows off each side of the output, and output_padding "
                + "adds its rows at the end: (n − 1)·s − 2p + d·(k − 1) + output_padding + 1."
        default:
            let height = f.outSpatial.first ?? 0
            return TargetResult(headline: "The output of \(f.typeName)", steps: [], answer: height, closing: .number(height))
        }
        let step = DerivationStep(kind: .outputSize, layer: f.index, title: "The transposed output's height",
                                  explanation: explanation, expression: expression)
        return TargetResult(headline: "\(plural(f.filters, "filter")) of \(f.kernelText), transposed, over an input of "
                                + "\(f.inputText): the output's height",
                            steps: [step], answer: try value(expression), closing: expression)
    }
}
