/// A known way of getting a count wrong. Each gives a predictable wrong number, so an answer that
/// equals it can be explained.
public enum MisconceptionID: String, CaseIterable, Sendable {
    // Any convolution
    case forgotBiases
    case forgotInputDepth
    /// Multiplied the weights by the input's spatial size, as if no weights were shared.
    case noWeightSharing
    case multipliedByOutputSize
    case biasPerWeight
    case filtersAsDepth
    case offByOneFilter
    case oneBiasForLayer
    case countedAsDense
    case countedMissingBiases
    case squaredKernel
    case oneFilterOnly
    // Layers in a model
    case usedModelInputDepth
    case countedWholeModel
    case answeredOneLayer
    // Conv3D
    case kernelDepthFromInput
    case forgotKernelDepth
    // Depthwise and separable
    case depthwiseAsStandard
    case ignoredDepthMultiplier
    case oneKernelForAllChannels
    case separableBiasOnBoth
    case separableAsStandard
    case forgotPointwise
    case forgotDepthwise
    // Grouped
    case ignoredGroups
    case dividedFiltersByGroups
    case biasPerGroup
    // Transposed
    case swappedTransposedChannels
    case countedStride
    // Output size
    case forgotPadding
    case assumedSamePadding
    case forgotStride
    case forgotDilation
    case forgotPlusOne
    case roundedUp
    // Dense after Flatten
    case flattenedModelInput
    case forgotFlatten
    case forgotPooling
    // Batch normalization
    case countedBatchNormStatistics
    case leftOutBatchNormStatistics
    case allBatchNormNonTrainable
    case batchNormOnInputChannels
    case batchNormPerValue
    // Multiply-accumulates
    case answeredParameters
    case macsOverInputSize
    case macsCountedBiases
    case flopsNotMACs

    /// The mistake in a few words, completing "You …".
    public var name: String {
        switch self {
        case .forgotBiases: return "forgot the biases"
        case .forgotInputDepth: return "forgot the input's depth"
        case .noWeightSharing: return "multiplied by the input's size, as if no weights were shared"
        case .multipliedByOutputSize: return "multiplied by the output's size"
        case .biasPerWeight: return "gave every weight its own bias"
        case .filtersAsDepth: return "made the kernels as deep as the number of filters"
        case .offByOneFilter: return "counted one filter too many"
        case .oneBiasForLayer: return "gave the whole layer a single bias"
        case .countedAsDense: return "counted it as a fully connected layer"
        case .countedMissingBiases: return "counted biases the layer does not have"
        case .squaredKernel: return "took the kernel as square"
        case .oneFilterOnly: return "counted one filter only"
        case .usedModelInputDepth: return "used the model input's depth instead of the previous layer's filters"
        case .countedWholeModel: return "added the other layers' parameters"
        case .answeredOneLayer: return "counted the last layer, not the whole model"
        case .kernelDepthFromInput: return "made the kernel as deep as the input's frames"
        case .forgotKernelDepth: return "left out the kernel's own depth"
        case .depthwiseAsStandard: return "counted a depthwise layer as a standard convolution"
        case .ignoredDepthMultiplier: return "ignored the depth multiplier"
        case .oneKernelForAllChannels: return "counted one kernel for all channels"
        case .separableBiasOnBoth: return "put biases on both separable stages"
        case .separableAsStandard: return "counted a separable layer as a standard convolution"
        case .forgotPointwise: return "left out the pointwise stage"
        case .forgotDepthwise: return "left out the depthwise stage"
        case .ignoredGroups: return "ignored the groups"
        case .dividedFiltersByGroups: return "divided by the groups twice"
        case .biasPerGroup: return "gave one bias per group"
        case .swappedTransposedChannels: return "gave the transposed layer's biases to its input channels"
        case .countedStride: return "thought the stride adds weights"
        case .forgotPadding: return "forgot the padding"
        case .assumedSamePadding: return "assumed the size is kept, as with 'same' padding"
        case .forgotStride: return "forgot the stride"
        case .forgotDilation: return "forgot the dilation"
        case .forgotPlusOne: return "forgot the + 1"
        case .roundedUp: return "rounded up instead of down"
        case .flattenedModelInput: return "flattened the model's input instead of the convolution's output"
        case .forgotFlatten: return "connected the units to the channels only"
        case .forgotPooling: return "left out the pooling"
        case .countedBatchNormStatistics: return "counted the moving statistics as trainable"
        case .leftOutBatchNormStatistics: return "left out the moving statistics"
        case .allBatchNormNonTrainable: return "counted all of batch normalization as non-trainable"
        case .batchNormOnInputChannels: return "normalized the model input's channels"
        case .batchNormPerValue: return "gave every value its own batch-norm parameters"
        case .answeredParameters: return "gave the parameter count instead of the MACs"
        case .macsOverInputSize: return "slid the kernels over the input's size instead of the output's"
        case .macsCountedBiases: return "counted the bias additions as MACs"
        case .flopsNotMACs: return "counted FLOPs, two per MAC"
        }
    }
}
