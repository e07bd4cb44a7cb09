/// What a layer that the catalog does not hold keeps, with its sizes resolved against its input, so
/// that a derivation can say what each weight is for: the normalizations LayerNorm and GroupNorm
/// (and Keras' LayerNormalization, GroupNormalization and Normalization), and Embedding, which
/// the source reader counts alongside them.
public enum HeldWeights: Sendable, Equatable {
    /// A scale (weight, gamma) and a shift (bias, beta), each one value per element of the normalized
    /// axes, whose sizes are `sizes`; either can be switched off.
    case layerNormalization(sizes: [Int], scale: Bool, shift: Bool)
    /// A scale and a shift per channel; the groups only decide which values share a mean and variance.
    case groupNormalization(groups: Int, channels: Int, scale: Bool, shift: Bool)
    /// Keras' Normalization to be adapted: a mean and a variance for each element of the kept axes
    /// (`sizes`, empty for `axis=None`) and one count, none of them trainable.
    case adaptedStatistics(sizes: [Int])
    /// Keras' Normalization given its `mean` and `variance`: constants, no weights.
    case givenStatistics
    /// PyTorch's InstanceNorm with `affine=True`: a scale and a shift per channel, the statistics taken
    /// over each channel of each sample on its own.
    case instanceNormalization(channels: Int)
    /// A table of `count` vectors of `dimension` values, one looked up per index of the input.
    case embedding(count: Int, dimension: Int)
}
