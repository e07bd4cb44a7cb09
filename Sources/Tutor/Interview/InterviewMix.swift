/// How an interview round picks the kind of each question: weighted towards what interviewers ask,
/// and never the kind just asked, so that no one kind fills a round.
public struct InterviewMix: Sendable, Equatable {
    /// The kinds a round draws from, each once, in `Skill.allCases` order.
    public let kinds: [Skill]

    /// A mix of these kinds; none means every kind.
    public init(kinds: [Skill] = []) {
        let chosen = Set(kinds)
        self.kinds = chosen.isEmpty ? Skill.allCases : Skill.allCases.filter(chosen.contains)
    }

    /// How often interviewers ask a kind, relative to the others: the classic count of a Conv2D and
    /// the output size above all, the tricks of efficient networks (separable, bottleneck) and cost
    /// (MACs, memory) next, rarer layers least. A kind without a weight of its own gets the default.
    public static func weight(of skill: Skill) -> Int {
        weights[skill] ?? defaultWeight
    }

    static let defaultWeight = 3

    static let weights: [Skill: Int] = [
        .conv2d: 6, .outputShape: 6, .conv2dHidden: 4, .denseAfterFlatten: 4, .macs: 4, .conv2dNoBias: 3, .network: 3,
        .batchnorm: 3, .depthwise: 3, .separable: 3, .conv2dRect: 2, .grouped: 2, .transposed: 2, .conv1d: 1, .conv3d: 1,
        .separableSavings: 4, .bottleneck: 3, .flops: 3, .memory: 3, .solveBackwards: 4, .famousLayers: 4,
    ]

    /// The next kind: any of the mix but the one just asked (unless it is the only one), chosen in
    /// proportion to its weight.
    public func next(after previous: Skill?, using generator: inout SeededGenerator) -> Skill {
        let choices = kinds.count > 1 ? kinds.filter { $0 != previous } : kinds
        guard let first = choices.first else { return .conv2d }
        var draw = generator.below(choices.reduce(0) { $0 + Self.weight(of: $1) })
        for kind in choices {
            let weight = Self.weight(of: kind)
            if draw < weight { return kind }
            draw -= weight
        }
        return first
    }
}
