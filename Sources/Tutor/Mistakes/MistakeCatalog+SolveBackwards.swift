/// The mistakes made reading a convolution's count backwards to one of its sizes. A division that a
/// mistake leaves inexact is rounded to the nearest whole number, as a learner typing an answer would.
extension MistakeCatalog {
    static let backwards: [Mistake] = [
        Mistake(.backwardsForgotBias, [.replace(.backwardsDivisor) { site in
            site.target == .unknown(.filters) && site.layer.useBias ? site.correct - 1 : nil
        }]) { site in
            MistakeWording(counted: "divides the count by \(number(site.wrong)), one filter's weights alone",
                           rule: "each filter also has a bias, so it holds \(number(site.right)) parameters, which divide the count exactly")
        },
        Mistake(.backwardsCountAsWeights, [.replace(.backwardsWeights) { site in
            guard site.layer.useBias, site.target == .unknown(.inputDepth) || site.target == .unknown(.kernelSize) else { return nil }
            return site.correct &+ site.layer.filters
        }]) { site in
            MistakeWording(counted: "divides the whole count, biases and all",
                           rule: "take the \(number(site.layer.filters)) \(site.layer.filters == 1 ? "bias" : "biases") off first: \(number(site.right)) weights are left to divide")
        },
        Mistake(.backwardsForgotInputDepth, [.replace(.backwardsDivisor) { site in
            guard site.layer.inChannels > 1 else { return nil }
            switch site.target {
            case .unknown(.filters): return site.layer.cells + (site.layer.useBias ? 1 : 0)
            case .unknown(.kernelSize): return site.layer.filters
            default: return nil
            }
        }]) { site in
            site.target == .unknown(.filters)
                ? MistakeWording(counted: "divides by \(number(site.wrong)), as if each kernel were one channel deep",
                                 rule: "each kernel reaches through all \(site.layer.inChannels) input channels, so one filter holds "
                                    + "\(number(site.right)) parameters")
                : MistakeWording(counted: "divides the weights by the filters alone",
                                 rule: "each filter has a slice of K·K cells for every input channel: divide by the \(number(site.right)) slices, M·D")
        },
        Mistake(.backwardsForgotFilters, [.replace(.backwardsDivisor) { site in
            guard site.layer.filters > 1 else { return nil }
            switch site.target {
            case .unknown(.inputDepth): return site.layer.cells
            case .unknown(.kernelSize): return site.layer.inChannels
            default: return nil
            }
        }]) { site in
            site.target == .unknown(.inputDepth)
                ? MistakeWording(counted: "divides by one kernel slice's \(plural(site.wrong, "cell"))",
                                 rule: "each input channel adds a slice to every one of the \(plural(site.layer.filters, "filter")), "
                                    + "\(number(site.right)) weights in all (M·K·K), which is what to divide by")
                : MistakeWording(counted: "divides the weights by the input's depth alone",
                                 rule: "every one of the \(plural(site.layer.filters, "filter")) has its own kernel: "
                                    + "divide by the \(number(site.right)) slices, M·D")
        },
        Mistake(.backwardsAnsweredKernelCells, [.replace(.backwardsUnknown) { site in
            guard site.target == .unknown(.kernelSize), site.layer.kernel.count == 2 else { return nil }
            return site.earlier[.kernelArea]
        }]) { site in
            MistakeWording(counted: "is K·K, the cells of one slice of the kernel",
                           rule: "the question asks for K, the side of the square whose area that is")
        },
    ]
}
