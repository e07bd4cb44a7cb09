/// What weight sharing saves: a convolution beside the layer that would see the same windows with a
/// separate copy of its kernels and biases at every output position (a locally connected layer).
public enum WeightSharing {
    /// The parameters without sharing: the layer's own count at each of its output positions. Nil
    /// for a layer that is not a convolution, and when the count does not fit in 64 bits.
    public static func unsharedParameters(_ layer: AnalyzedLayer, layout: ChannelLayout) -> Int? {
        guard case .convolution = layer.spec.operation else { return nil }
        let positions = layer.result.outputShape.spatial(layout)
        return try? Exact.product(positions + [layer.result.parameters.total])
    }
}
