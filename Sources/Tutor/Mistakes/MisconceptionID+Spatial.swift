extension MisconceptionID {
    /// The names of the mistakes about receptive fields, dilation, pooling and sizes that fit.
    var spatialName: String {
        switch self {
        case .receptiveFieldIgnoredStrides: return "left out the strides before a layer"
        case .receptiveFieldOwnStride: return "multiplied a layer's window by its own stride"
        case .receptiveFieldAddedKernels: return "added the kernel sizes, as if the windows did not overlap"
        case .receptiveFieldLastKernel: return "took the last layer's kernel for the receptive field"
        case .receptiveFieldSkippedPooling: return "left the pooling out of the receptive field"
        case .singleLayerForgotDepth: return "made the single layer's kernels one channel deep"
        case .savingPerChannelPair: return "gave the saving for one input channel and one filter"
        case .dilationTimesKernel: return "took a dilated kernel's span as k·d"
        case .dilationGapsOnce: return "added the dilation's skipped rows once instead of in every gap"
        case .ignoredCeilMode: return "rounded down although ceil_mode=True"
        case .keptWindowInPadding: return "kept a last pooling window that starts in the padding"
        case .countedPoolingWeights: return "gave a pooling layer weights"
        case .leftoverAsMissing: return "gave the rows missing instead of the rows left over"
        case .fitAddedLeftover: return "added the leftover rows instead of the missing ones"
        case .fitShrankInput: return "cut the leftover rows off instead of growing the input"
        case .transposedAsConvolution: return "worked out a transposed size as for a convolution"
        case .transposedTimesStride: return "multiplied the input by the stride"
        case .transposedAddedPadding: return "added a transposed convolution's padding"
        case .transposedForgotOutputPadding: return "left out output_padding"
        default: return rawValue
        }
    }
}
