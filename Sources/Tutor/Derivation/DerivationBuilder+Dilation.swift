import ConvMath

extension DerivationBuilder {
    /// The span of the focus layer's dilated kernel along the height, under the rules in force.
    mutating func effectiveKernel(_ f: LayerFacts) throws(Overflow) -> TargetResult {
        let misreadings: Set<OutputSizeBug> = [.ignoreDilation, .dilationTimesKernel, .dilationGapsOnce]
        let active = sizeBugs(for: f).filter { misreadings.contains($0.0) }
        let n = f.inSpatial.first ?? 1
        let reach = OutputSizeArithmetic(f, axis: 0, input: n, bugs: Set(active.map(\.0))).reach
        let span = try value(reach)
        if !active.isEmpty {
            rules.recordSize(active.map(\.1), layer: f.index, right: try value(OutputSizeArithmetic(f, axis: 0, input: n).reach),
                             wrong: span)
        }
        let k = f.kernel.first ?? 1, d = f.dilation.first ?? 1
        let step = DerivationStep(
            kind: .kernelReach, layer: f.index, title: "The dilated kernel's span",
            explanation: "The kernel's \(k) taps leave k − 1 = \(k - 1) gaps between them. Dilation \(d) makes each gap \(d) rows "
                + "wide, skipping d − 1 = \(d - 1) rows, so the kernel spans k + (k − 1)·(d − 1), which is d·(k − 1) + 1. "
                + "It still has only \(k) taps: dilation widens what a kernel sees without adding weights.",
            expression: reach, unit: span == 1 ? "row" : "rows")
        return TargetResult(headline: "The span of \(f.typeName)'s \(f.kernelText) kernel with dilation \(d)", steps: [step],
                            answer: span, closing: reach)
    }
}
