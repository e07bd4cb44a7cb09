import ConvMath

extension MistakeCatalog {
    // MARK: - A transposed convolution's output size

    /// A rule for the output height of a transposed convolution, from its numbers.
    private static func transposedHeight(_ rule: @escaping @Sendable (TransposedNumbers) -> Int?) -> MistakeEffect {
        .replace(.answer) { site in
            guard site.target == .outputHeight, site.layer.kind == .transposed else { return nil }
            return rule(TransposedNumbers(site.layer))
        }
    }

    static let transposedSizes: [Mistake] = [
        Mistake(.transposedAsConvolution, [transposedHeight { t in
            let size = (t.n + 2 * t.p - t.d * (t.k - 1) - 1) / t.s + 1
            return t.n + 2 * t.p >= t.d * (t.k - 1) + 1 && size > 0 ? size : nil
        }]) { _ in
            MistakeWording(counted: "works the size out as for an ordinary convolution, which shrinks its input",
                           rule: "a transposed convolution goes the other way: the stride spreads the input apart and each "
                            + "value stamps a whole kernel")
        },
        Mistake(.transposedTimesStride, [transposedHeight { t in
            t.framework == .keras && t.same && t.outputPadding == nil ? nil : t.n * t.s
        }]) { _ in
            MistakeWording(counted: "multiplies the input by the stride",
                           rule: "n·s is what Keras' padding='same' gives; otherwise the last value's kernel reaches past the "
                            + "(n − 1)·s rows the stride spreads the input over")
        },
        Mistake(.transposedAddedPadding, [transposedHeight { t in
            t.framework == .pytorch && t.p > 0 ? t.correct + 4 * t.p : nil
        }]) { site in
            MistakeWording(counted: "adds the padding",
                           rule: "in a transposed convolution padding=\(site.layer.padding.amount(axis: 0)) takes rows off each side "
                            + "of the output: − 2p")
        },
        Mistake(.transposedForgotOutputPadding, [transposedHeight { t in
            guard let extra = t.outputPadding, extra > 0 else { return nil }
            return t.correct - extra
        }]) { _ in
            MistakeWording(counted: "leaves out output_padding", rule: "it adds its rows at the end of the output")
        },
    ]
}

/// The numbers of a transposed convolution along the height, for the output-size mistakes.
struct TransposedNumbers {
    var framework: Framework
    var n: Int, k: Int, s: Int, d: Int, p: Int
    var same: Bool
    var outputPadding: Int?
    /// The right height.
    var correct: Int

    init(_ layer: LayerFacts) {
        framework = layer.framework
        (n, k, s) = (layer.inSpatial.first ?? 1, layer.kernel.first ?? 1, layer.strides.first ?? 1)
        (d, p) = (layer.dilation.first ?? 1, layer.padding.amount(axis: 0))
        same = layer.padding == .same
        outputPadding = layer.outputPadding?.first
        correct = layer.outSpatial.first ?? 0
    }
}
