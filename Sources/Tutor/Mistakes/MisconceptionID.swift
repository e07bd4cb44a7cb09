/// A known way of getting a count wrong, by the name it is stored under. `MistakeCatalog` holds the
/// wrong rule of each and what to say about it.
public enum MisconceptionID: String, CaseIterable, Sendable {
    // Biases
    case forgotBiases
    case countedMissingBiases
    case biasPerWeight
    case oneBiasForLayer
    case biasPerInputChannel
    case biasPerOutputValue
    case biasPerGroup
    case separableBiasOnBoth
    // Kernel depth
    case forgotInputDepth
    case filtersAsDepth
    case usedModelInputDepth
    case ignoredGroups
    case groupsAsDepth
    case depthwiseAsStandard
    // Kernel cells
    case squaredKernel
    case squaredSmallerSide
    case kernelDepthFromInput
    case framesAsChannels
    case forgotKernelDepth
    // Filters and kernels
    case forgotFilterCount
    case oneFilterOnly
    case offByOneFilter
    case oneGroupOnly
    case dividedFiltersByGroups
    case ignoredDepthMultiplier
    // Weights
    case noWeightSharing
    case multipliedByOutputSize
    case countedAsDense
    case countedStride
    // Separable stages
    case separableAsStandard
    case forgotPointwise
    case forgotDepthwise
    // Models
    case countedWholeModel
    case answeredOneLayer
    case answeredZero
    // Output size
    case forgotPadding
    case assumedSamePadding
    case forgotStride
    case forgotDilation
    case forgotPlusOne
    case roundedUp
    // Flatten
    case flattenedModelInput
    case forgotFlatten
    case flattenedInputChannels
    case forgotPooling
    // Batch normalization
    case leftOutBatchNormStatistics
    case countedBatchNormStatistics
    case allBatchNormNonTrainable
    case batchNormOnInputChannels
    case batchNormPerValue
    case convAloneInBatchNormTotal
    // Multiply-accumulates
    case answeredParameters
    case macsOverInputSize
    case macsCountedBiases
    case flopsNotMACs
    // Separable savings
    case answeredSeparableCount
    case answeredStandardCount
    case pointwiseAsFullKernel
    // Bottlenecks
    case forgotReductionCost
    case answeredDirectCost
    case answeredPathCost
    // FLOPs
    case answeredMACsForFLOPs
    case otherBiasConvention
    // Receptive fields and stacks (named in `MisconceptionID+Spatial`)
    case receptiveFieldIgnoredStrides
    case receptiveFieldOwnStride
    case receptiveFieldAddedKernels
    case receptiveFieldLastKernel
    case receptiveFieldSkippedPooling
    case singleLayerForgotDepth
    case savingPerChannelPair
    case dilationTimesKernel
    case dilationGapsOnce
    case ignoredCeilMode
    case keptWindowInPadding
    case countedPoolingWeights
    case leftoverAsMissing
    case fitAddedLeftover
    case fitShrankInput
    case transposedAsConvolution
    case transposedTimesStride
    case transposedAddedPadding
    case transposedForgotOutputPadding
    // Memory (named in `MisconceptionID+Memory`)
    case forgotBytesPerValue
    case countedBits
    case decimalMemoryUnits
    case forgotBatch
    case sizedInputNotOutput
    case swappedParametersAndActivations
    case pickedWidestLayer
    // Solving a count backwards
    case backwardsForgotBias
    case backwardsCountAsWeights
    case backwardsForgotInputDepth
    case backwardsForgotFilters
    case backwardsAnsweredKernelCells
    // Layers of famous networks and weight sharing
    case depthFromListedLayer
    case imageDepthInNetwork
    case countedFollowingBatchNorm
    case answeredSharedCount
    case unsharedWithoutBiases

    /// The mistake in a few words, completing "You …".
    public var name: String {
        switch self {
        case .forgotBiases: return "forgot the biases"
        case .countedMissingBiases: return "counted biases the layer does not have"
        case .biasPerWeight: return "gave every weight its own bias"
        case .oneBiasForLayer: return "gave the whole layer a single bias"
        case .biasPerInputChannel: return "gave one bias per input channel"
        case .biasPerOutputValue: return "gave every output value its own bias"
        case .biasPerGroup: return "gave one bias per group"
        case .separableBiasOnBoth: return "put biases on both separable stages"
        case .forgotInputDepth: return "forgot the input's depth"
        case .filtersAsDepth: return "made the kernels as deep as the number of filters"
        case .usedModelInputDepth: return "used the model input's depth instead of the previous layer's channels"
        case .ignoredGroups: return "ignored the groups"
        case .groupsAsDepth: return "took the number of groups as the kernel's depth"
        case .depthwiseAsStandard: return "counted a depthwise layer as a standard convolution"
        case .squaredKernel: return "took the kernel as square"
        case .squaredSmallerSide: return "squared the kernel's shorter side"
        case .kernelDepthFromInput: return "made the kernel as deep as the input's frames"
        case .framesAsChannels: return "took the frames for channels"
        case .forgotKernelDepth: return "left out the kernel's own depth"
        case .forgotFilterCount: return "forgot to multiply by the number of filters"
        case .oneFilterOnly: return "counted one filter only"
        case .offByOneFilter: return "counted one filter too many"
        case .oneGroupOnly: return "counted one group only"
        case .dividedFiltersByGroups: return "divided by the groups twice"
        case .ignoredDepthMultiplier: return "ignored the depth multiplier"
        case .noWeightSharing: return "multiplied by the input's size, as if no weights were shared"
        case .multipliedByOutputSize: return "multiplied by the output's size"
        case .countedAsDense: return "counted it as a fully connected layer"
        case .countedStride: return "thought the stride adds weights"
        case .separableAsStandard: return "counted a separable layer as a standard convolution"
        case .forgotPointwise: return "left out the pointwise stage"
        case .forgotDepthwise: return "left out the depthwise stage"
        case .countedWholeModel: return "added the other layers' parameters"
        case .answeredOneLayer: return "counted the last layer, not the whole model"
        case .answeredZero: return "counted nothing at all"
        case .forgotPadding: return "worked out the size without the padding"
        case .assumedSamePadding: return "assumed the size is kept, as with 'same' padding"
        case .forgotStride: return "forgot the stride"
        case .forgotDilation: return "forgot the dilation"
        case .forgotPlusOne: return "forgot the + 1"
        case .roundedUp: return "rounded up instead of down"
        case .flattenedModelInput: return "flattened the model's input instead of the layer before the Dense"
        case .forgotFlatten: return "connected the units to the channels only"
        case .flattenedInputChannels: return "flattened the input's channels instead of the convolution's filters"
        case .forgotPooling: return "left out the pooling"
        case .leftOutBatchNormStatistics: return "left out the moving statistics"
        case .countedBatchNormStatistics: return "counted the moving statistics as trainable"
        case .allBatchNormNonTrainable: return "counted all of batch normalization as non-trainable"
        case .batchNormOnInputChannels: return "normalized the model input's channels"
        case .batchNormPerValue: return "gave every value its own batch-norm parameters"
        case .convAloneInBatchNormTotal: return "counted the convolution without its batch normalization"
        case .answeredParameters: return "gave the parameter count instead of the MACs"
        case .macsOverInputSize: return "slid the kernels over the input's size instead of the output's"
        case .macsCountedBiases: return "counted the bias additions as MACs"
        case .flopsNotMACs: return "counted FLOPs, two per MAC"
        case .answeredSeparableCount: return "gave the separable count"
        case .answeredStandardCount: return "gave the standard count, not how many fewer"
        case .pointwiseAsFullKernel: return "gave the pointwise stage full-size kernels"
        case .forgotReductionCost: return "left out the 1×1 reduction's own work"
        case .answeredDirectCost: return "gave the cost without the reduction"
        case .answeredPathCost: return "gave the bottleneck's cost, not the saving"
        case .answeredMACsForFLOPs: return "gave MACs, not FLOPs"
        case .otherBiasConvention: return "followed the other convention for the bias additions"
        case .receptiveFieldIgnoredStrides, .receptiveFieldOwnStride, .receptiveFieldAddedKernels, .receptiveFieldLastKernel,
             .receptiveFieldSkippedPooling, .singleLayerForgotDepth, .savingPerChannelPair,
             .dilationTimesKernel, .dilationGapsOnce, .ignoredCeilMode, .keptWindowInPadding, .countedPoolingWeights,
             .leftoverAsMissing, .fitAddedLeftover, .fitShrankInput,
             .transposedAsConvolution, .transposedTimesStride, .transposedAddedPadding, .transposedForgotOutputPadding:
            return spatialName
        case .forgotBytesPerValue, .countedBits, .decimalMemoryUnits, .forgotBatch, .sizedInputNotOutput,
             .swappedParametersAndActivations, .pickedWidestLayer:
            return memoryName
        case .backwardsForgotBias: return "divided by one filter's weights, leaving out its bias"
        case .backwardsCountAsWeights: return "took the whole count for weights, leaving the biases in"
        case .backwardsForgotInputDepth: return "left the input's depth out of the division"
        case .backwardsForgotFilters: return "left the filters out of the division"
        case .backwardsAnsweredKernelCells: return "gave K·K, not K"
        case .depthFromListedLayer: return "took the depth from the layer listed before it, not from its own input"
        case .imageDepthInNetwork: return "took the image's channels for a hidden layer's depth"
        case .countedFollowingBatchNorm: return "counted the batch normalization after the layer with it"
        case .answeredSharedCount: return "gave the shared count, not the count without sharing"
        case .unsharedWithoutBiases: return "left each position's biases out of the count without sharing"
        }
    }
}
