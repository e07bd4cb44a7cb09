/// What a layer does, independent of how a framework spells it.
public enum LayerFamily: Sendable, Equatable {
    case input
    case convolution
    case transposedConvolution
    case depthwiseConvolution
    case separableConvolution
    case dense
    case flatten
    case maxPooling
    case averagePooling
    case globalAveragePooling
    case globalMaxPooling
    case adaptiveAveragePooling
    case adaptiveMaxPooling
    case batchNormalization
    /// Layers with no weights that keep the shape: dropout, activations.
    case elementwise
}
