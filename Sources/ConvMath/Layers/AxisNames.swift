/// Names for the axes of an input, used in messages such as "(height, width, channels)".
enum AxisNames {
    static func spatial(rank: Int) -> [String] {
        switch rank {
        case 1: return ["length"]
        case 2: return ["height", "width"]
        case 3: return ["depth", "height", "width"]
        default: return (1...max(1, rank)).map { "axis \($0)" }
        }
    }

    static func layout(rank: Int, _ layout: ChannelLayout) -> String {
        let names = spatial(rank: rank)
        let all = layout == .channelsLast ? names + ["channels"] : ["channels"] + names
        return "(" + all.joined(separator: ", ") + ")"
    }

    static func rankProblem(layer: String, rank: Int, layout: ChannelLayout, input: TensorShape) -> LayerProblem {
        LayerProblem("\(layer) needs an input of rank \(rank + 1) \(AxisNames.layout(rank: rank, layout)), "
                        + "but its input is \(input)",
                     hint: rank + 1 > input.rank
                        ? "give an input with a channel axis, such as --input \(example(rank: rank, layout))"
                        : "flatten or pool the input first, or use a \(input.rank - 1)-D layer")
    }

    static func example(rank: Int, _ layout: ChannelLayout) -> String {
        let spatial = Array(repeating: "24", count: rank)
        let all = layout == .channelsLast ? spatial + ["3"] : ["3"] + spatial
        return all.joined(separator: "x")
    }
}
