import ConvMath

/// The output size along one axis of a sliding window (a convolution or a pooling window), as
/// arithmetic with the layer's numbers, under the right rule or under output-size mistakes.
struct OutputSizeArithmetic {
    /// The input size with its padding: `n + 2·p`, or `n`.
    var padded: StepExpression
    /// How far the kernel reaches: `k`, or `d·(k − 1) + 1` when dilated.
    var reach: StepExpression
    /// The output size.
    var size: StepExpression
    /// True when the size follows 'same' padding (the kernel's reach plays no part).
    var keepsSize: Bool

    init(_ f: LayerFacts, axis: Int, input n: Int, bugs: Set<OutputSizeBug> = []) {
        let k = f.kernel[axis]
        let s = bugs.contains(.ignoreStride) ? 1 : f.strides[axis]
        let d = bugs.contains(.ignoreDilation) ? 1 : (f.dilation.indices.contains(axis) ? f.dilation[axis] : 1)
        var same: Bool
        switch f.padding {
        case .same, .causal: same = true
        default: same = false
        }
        var p = f.padding.amount(axis: axis)
        if bugs.contains(.ignorePadding) { same = false; p = 0 }
        if bugs.contains(.assumeSame) { same = true }
        keepsSize = same
        padded = p > 0 ? .sum([.named("n", n), .product([.number(2), .named("p", p)])]) : .named("n", n)
        let misread = d > 1 && !bugs.isDisjoint(with: [.dilationTimesKernel, .dilationGapsOnce])
        if misread {
            reach = bugs.contains(.dilationTimesKernel) ? .product([.named("k", k), .named("d", d)])
                : .difference([.sum([.named("k", k), .named("d", d)]), .number(1)])
        } else {
            reach = d > 1 ? .sum([.product([.named("d", d), .group(.difference([.named("k", k), .number(1)]))]), .number(1)])
                : .named("k", k)
        }
        if same {
            size = s == 1 ? .named("n", n) : .ceilQuotient(.named("n", n), .named("s", s))
            return
        }
        let numerator: StepExpression
        if misread {
            numerator = .difference([padded, .group(reach)])
        } else if d > 1 {
            numerator = .difference([padded, .product([.named("d", d), .group(.difference([.named("k", k), .number(1)]))]), .number(1)])
        } else {
            numerator = .difference([padded, .named("k", k)])
        }
        let ceilMode = f.ceilMode && !bugs.contains(.ignoreCeilMode)
        let rounded = bugs.contains(.roundUp) || ceilMode
        if s == 1 && !rounded {
            size = bugs.contains(.dropPlusOne) ? numerator : .sum([numerator, .number(1)])
            return
        }
        let quotient: StepExpression = rounded ? .ceilQuotient(numerator, .named("s", s)) : .floorQuotient(numerator, .named("s", s))
        // Under ceil_mode, ⌈x⌉ without the + 1 is ⌊x⌋ + 1 whenever either differs from the answer: the number of
        // ceil_mode left out, which is the reading a ceil_mode question calls for.
        let dropsPlusOne = bugs.contains(.dropPlusOne) && !f.ceilMode
        var counted: StepExpression = dropsPlusOne ? quotient : .sum([quotient, .number(1)])
        // PyTorch's ceil_mode drops a last window that would start in the padding.
        if ceilMode, !bugs.contains(.keepLastWindow), let count = counted.result, (count - 1) * s >= n + p {
            counted = .difference([counted, .number(1)])
        }
        size = counted
    }

    /// The output sizes of every spatial axis of a window layer.
    static func sizes(_ f: LayerFacts, inputs: [Int], bugs: Set<OutputSizeBug> = []) -> [OutputSizeArithmetic] {
        inputs.indices.map { OutputSizeArithmetic(f, axis: $0, input: inputs[$0], bugs: bugs) }
    }

    /// True for the layers whose output size this arithmetic gives.
    static func applies(to f: LayerFacts) -> Bool {
        [.convolution, .depthwise, .separable, .pooling].contains(f.kind) && f.kernel.count == f.inSpatial.count
    }
}
