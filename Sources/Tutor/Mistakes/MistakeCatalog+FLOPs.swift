/// The mistakes made counting FLOPs.
extension MistakeCatalog {
    static let floatingPoint: [Mistake] = [
        Mistake(.answeredMACsForFLOPs, [.replace(.flops) { site in site.earlier[.multiplyAccumulates] }]) { _ in
            MistakeWording(counted: "is the multiply-accumulates",
                           rule: "a multiply-accumulate is two floating-point operations, a multiplication and an addition")
        },
        Mistake(.otherBiasConvention, [.replace(.flops) { site in
            guard case .layerFLOPs(let biasAdditions) = site.target, let additions = site.earlier[.biases], additions > 0 else {
                return nil
            }
            return biasAdditions ? site.correct - additions : site.correct &+ additions
        }]) { site in
            guard case .layerFLOPs(true) = site.target else {
                return MistakeWording(counted: "adds the \(number(site.wrong - site.right)) bias additions",
                                      rule: "the question leaves them out, as some tools do")
            }
            return MistakeWording(counted: "leaves out the \(number(site.right - site.wrong)) bias additions",
                                  rule: "the question counts one per output value, as some tools do")
        },
    ]
}
