import ConvMath

/// The rule that gives one spatial output size, in symbols and with the numbers put in.
struct OutputSizeFormula: Hashable {
    var formula: String
    var substitution: String

    /// A convolution's (or pooling window's) output size along one axis.
    static func window(framework: Framework, n: Int, k: Int, s: Int, d: Int, padding: Padding, axis: Int,
                       ceilMode: Bool = false, kernelSymbol: String = "k") -> OutputSizeFormula {
        let kk = kernelSymbol
        switch (framework, padding) {
        case (.keras, .same), (.keras, .causal):
            if s == 1 { return OutputSizeFormula(formula: "n", substitution: "\(n)") }
            return OutputSizeFormula(formula: "⌈n/s⌉", substitution: "⌈\(n)/\(s)⌉")
        case (.pytorch, .same):
            return OutputSizeFormula(formula: "n", substitution: "\(n)")
        default:
            let p = padding.amount(axis: axis)
            let (open, close) = ceilMode ? ("⌈", "⌉") : ("⌊", "⌋")
            let pad = p == 0 ? ("", "") : (" + 2p", " + 2·\(p)")
            if s == 1 && !ceilMode {
                let reach = d == 1 ? ("\(kk) + 1", "\(k) + 1") : ("d·(\(kk)−1)", "\(d)·(\(k)−1)")
                return OutputSizeFormula(formula: "n\(pad.0) − \(reach.0)", substitution: "\(n)\(pad.1) − \(reach.1)")
            }
            let reach = d == 1 ? (kk, "\(k)") : ("d·(\(kk)−1) − 1", "\(d)·(\(k)−1) − 1")
            return OutputSizeFormula(formula: "\(open)(n\(pad.0) − \(reach.0))/s\(close) + 1",
                                     substitution: "\(open)(\(n)\(pad.1) − \(reach.1))/\(s)\(close) + 1")
        }
    }

    /// A transposed convolution's output size along one axis.
    static func transposed(_ layer: TransposedConvolution, n: Int, axis: Int) -> OutputSizeFormula {
        let k = layer.kernelSize[axis], s = layer.strides[axis], d = layer.dilation[axis]
        let kSymbol = d == 1 ? "k" : "(d·(k−1)+1)"
        let kNumber = d == 1 ? "\(k)" : "(\(d)·(\(k)−1)+1)"
        switch (layer.framework, layer.padding, layer.outputPadding?[axis]) {
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
            let p = layer.padding.amount(axis: axis)
            return OutputSizeFormula(formula: "(n−1)·s − 2p + d·(k−1) + output_padding + 1",
                                     substitution: "(\(n)−1)·\(s) − 2·\(p) + \(d)·(\(k)−1) + \(extra ?? 0) + 1")
        }
    }
}
