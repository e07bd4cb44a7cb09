@testable import Diagrams

/// One call of a diagram function over a grid of sizes, with the numbers its labels must show.
struct DiagramCase: Sendable, CustomStringConvertible {
    var name: String
    var numbers: [Int]
    var render: @Sendable (DiagramOptions) -> Diagram

    var description: String { "\(name) \(numbers)" }
}

enum DiagramGrid {
    static let sizes = [1, 3, 7, 64, 1_000_000]
    static let widths = [40, 60, 80, 120]
    static let options: [DiagramOptions] = widths.flatMap { width in
        DiagramCharset.allCases.map { DiagramOptions(charset: $0, maxWidth: width) }
    }

    /// Every diagram function at every (spatial size, depth) pair of `sizes`, with a 3-wide and a size-wide kernel.
    static let cases: [DiagramCase] = sizes.flatMap { s in
        sizes.flatMap { t in
            Set([3, s]).sorted().flatMap { k in cases(spatial: s, depth: t, kernel: k) }
        }
    }

    static func cases(spatial s: Int, depth t: Int, kernel k: Int) -> [DiagramCase] {
        let half = max(1, s / 2)
        let double = s.multipliedReportingOverflow(by: 2).overflow ? s : 2 * s
        let multiplier = min(t, 3)
        let groups = t == 64 ? 4 : t == 1_000_000 ? 1_000 : max(1, min(t, 7))
        return [
            DiagramCase(name: "kernelMatchesInput", numbers: [half, s, t, k]) {
                Diagrams.kernelMatchesInput(inputHeight: half, inputWidth: s, depth: t, kernelHeight: k, kernelWidth: k, options: $0)
            },
            DiagramCase(name: "kernelStack", numbers: [k, t, s]) {
                Diagrams.kernelStack(kernelHeight: k, kernelWidth: k, depth: t, count: s, biases: s % 2 == 1, options: $0)
            },
            DiagramCase(name: "outputVolume", numbers: [s, t, half, k]) {
                Diagrams.outputVolume(
                    inputHeight: s, inputWidth: s, inputDepth: t,
                    outputHeight: half, outputWidth: half, outputDepth: k,
                    caption: ["\(half) = (\(s) - 3 + 2*0) / 2 + 1", "\(k) kernels"], options: $0
                )
            },
            DiagramCase(name: "conv1D", numbers: [s, t, k]) {
                Diagrams.conv1D(length: s, channels: t, kernelSize: k, filters: s, biases: t % 2 == 1, options: $0)
            },
            DiagramCase(name: "conv3D", numbers: [t, s, half, k]) {
                Diagrams.conv3D(
                    inputDepth: half, inputHeight: s, inputWidth: s, channels: t,
                    kernelDepth: k, kernelHeight: k, kernelWidth: k, options: $0
                )
            },
            DiagramCase(name: "depthwise", numbers: [s, t, k, multiplier]) {
                Diagrams.depthwise(
                    inputHeight: s, inputWidth: s, channels: t,
                    kernelHeight: k, kernelWidth: k, depthMultiplier: multiplier, options: $0
                )
            },
            DiagramCase(name: "separable", numbers: [s, t, k, multiplier, half]) {
                Diagrams.separable(
                    inputHeight: s, inputWidth: s, channels: t,
                    kernelHeight: k, kernelWidth: k, depthMultiplier: multiplier, filters: half, options: $0
                )
            },
            DiagramCase(name: "grouped", numbers: [s, t, groups, k, max(1, 2 * groups), t / groups]) {
                Diagrams.grouped(
                    inputHeight: s, inputWidth: s, channels: t, groups: groups,
                    kernelHeight: k, kernelWidth: k, filters: max(1, 2 * groups), options: $0
                )
            },
            DiagramCase(name: "transposed", numbers: [s, t, double, half, k]) {
                Diagrams.transposed(
                    inputHeight: s, inputWidth: s, inputChannels: t,
                    outputHeight: double, outputWidth: double, outputChannels: half,
                    kernelHeight: k, kernelWidth: k, options: $0
                )
            },
        ]
    }

    /// The whole numbers written in `text` (maximal runs of digits).
    static func numbers(in text: String) -> Set<Int> {
        var found: Set<Int> = []
        var digits = ""
        for character in text + " " {
            if character.isASCII, character.isNumber {
                digits.append(character)
            } else if !digits.isEmpty {
                if let value = Int(digits) { found.insert(value) }
                digits = ""
            }
        }
        return found
    }
}
