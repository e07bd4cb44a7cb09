import ConvMath

/// The rule that gives a transposed convolution's output size along one axis, in symbols and with
/// the numbers put in, as Keras 3 and PyTorch compute it.
struct OutputSizeFormula: Hashable {
    var formula: String
    var substitution: String

    static func transposed(_ f: LayerFacts, n: Int, axis: Int) -> OutputSizeFormula {
        let k = f.kernel[axis], s = f.strides[axis], d = f.dilation[axis]
        let kSymbol = d == 1 ? "k" : "(d·(k−1)+1)"
        let kNumber = d == 1 ? "\(k)" : "(\(d)·(\(k)−1)+1)"
        let extra = f.outputPadding?[axis]
        switch (f.framework, f.padding, extra) {
        case (.keras, .same, nil):
            return OutputSizeFormula(formula: "n·s", substitution: "\(n)·\(s)")
        case (.keras, .same, let extra?):
            return OutputSizeFormula(formula: "(n−1)·s + (\(kSymbol) mod 2) + output_padding",
                                     substitution: "(\(n)−1)·\(s) + (\(kNumber) mod 2) + \(extra)")
        case (.keras, _, nil):
            return OutputSizeFormula(formula: "(n−1)·s + max(\(kSymbol), s)", substitution: "(\(n)−1)·\(s) + max(\(kNumber), \(s))")
        case (.keras, _, let extra?):
            return OutputSizeFormula(formula: "(n−1)·s + \(kSymbol) + output_padding",
                                     substitution: "(\(n)−1)·\(s) + \(kNumber) + \(extra)")
        case (.pytorch, _, let extra):
            let p = f.padding.amount(axis: axis)
            return OutputSizeFormula(formula: "(n−1)·s − 2p + d·(k−1) + output_padding + 1",
                                     substitution: "(\(n)−1)·\(s) − 2·\(p) + \(d)·(\(k)−1) + \(extra ?? 0) + 1")
        }
    }
}
