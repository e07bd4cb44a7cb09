/// What part of a count a mistake gets wrong. A classroom slide names one wrong answer per theme, so
/// the few it shows are different mistakes rather than variations of one.
public enum MistakeTheme: Int, CaseIterable, Sendable, Comparable {
    case biases
    case kernelDepth
    case filters
    case weightSharing
    case kernelCells
    case separableStages
    case model
    case outputSize
    case flatten
    case batchNormalization
    case cost
    case receptiveField
    case windows
    case memory

    public static func < (lhs: MistakeTheme, rhs: MistakeTheme) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension MisconceptionID {
    public var theme: MistakeTheme {
        switch self {
        case .forgotBiases, .countedMissingBiases, .biasPerWeight, .oneBiasForLayer, .biasPerInputChannel,
             .biasPerOutputValue, .biasPerGroup, .separableBiasOnBoth:
            return .biases
        case .forgotInputDepth, .filtersAsDepth, .usedModelInputDepth, .ignoredGroups, .groupsAsDepth,
             .depthwiseAsStandard:
            return .kernelDepth
        case .squaredKernel, .squaredSmallerSide, .kernelDepthFromInput, .framesAsChannels, .forgotKernelDepth:
            return .kernelCells
        case .forgotFilterCount, .oneFilterOnly, .offByOneFilter, .oneGroupOnly, .dividedFiltersByGroups,
             .ignoredDepthMultiplier:
            return .filters
        case .noWeightSharing, .multipliedByOutputSize, .countedAsDense, .countedStride:
            return .weightSharing
        case .separableAsStandard, .forgotPointwise, .forgotDepthwise, .answeredSeparableCount, .answeredStandardCount,
             .pointwiseAsFullKernel:
            return .separableStages
        case .countedWholeModel, .answeredOneLayer, .answeredZero:
            return .model
        case .forgotPadding, .assumedSamePadding, .forgotStride, .forgotDilation, .forgotPlusOne, .roundedUp:
            return .outputSize
        case .flattenedModelInput, .forgotFlatten, .flattenedInputChannels, .forgotPooling:
            return .flatten
        case .leftOutBatchNormStatistics, .countedBatchNormStatistics, .allBatchNormNonTrainable,
             .batchNormOnInputChannels, .batchNormPerValue, .convAloneInBatchNormTotal:
            return .batchNormalization
        case .answeredParameters, .macsOverInputSize, .macsCountedBiases, .flopsNotMACs, .forgotReductionCost,
             .answeredDirectCost, .answeredPathCost, .answeredMACsForFLOPs, .otherBiasConvention:
            return .cost
        case .receptiveFieldIgnoredStrides, .receptiveFieldOwnStride, .receptiveFieldAddedKernels, .receptiveFieldLastKernel,
             .receptiveFieldSkippedPooling, .singleLayerForgotDepth, .savingPerChannelPair:
            return .receptiveField
        case .dilationTimesKernel, .dilationGapsOnce, .ignoredCeilMode, .keptWindowInPadding, .countedPoolingWeights,
             .leftoverAsMissing, .fitAddedLeftover, .fitShrankInput, .transposedAsConvolution, .transposedTimesStride,
             .transposedAddedPadding, .transposedForgotOutputPadding:
            return .windows
        case .forgotBytesPerValue, .countedBits, .decimalMemoryUnits, .forgotBatch, .sizedInputNotOutput,
             .swappedParametersAndActivations, .pickedWidestLayer:
            return .memory
        case .backwardsForgotBias, .backwardsCountAsWeights: return .biases
        case .backwardsForgotInputDepth: return .kernelDepth
        case .backwardsForgotFilters: return .filters
        case .backwardsAnsweredKernelCells: return .kernelCells
        case .depthFromListedLayer, .imageDepthInNetwork: return .kernelDepth
        case .countedFollowingBatchNorm: return .batchNormalization
        case .answeredSharedCount: return .weightSharing
        case .unsharedWithoutBiases: return .biases
        }
    }
}
