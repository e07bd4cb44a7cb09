extension Skill {
    /// The skills that must be secure before this one unlocks (see `LearnerModel.unlockedSkills()`).
    ///
    /// Every skill builds on `conv2d`, directly or through others; each list names only the direct
    /// steps, and every prerequisite comes earlier in `Skill.allCases` than the skills it unlocks.
    public var prerequisites: [Skill] {
        switch self {
        case .conv2d: return []
        case .conv2dNoBias, .conv2dRect, .conv2dHidden, .outputShape: return [.conv2d]
        case .conv1d, .conv3d: return [.conv2dRect]
        case .depthwise, .grouped: return [.conv2dHidden]
        case .separable: return [.depthwise]
        case .transposed: return [.grouped]
        case .denseAfterFlatten: return [.outputShape]
        case .network: return [.denseAfterFlatten, .conv2dHidden]
        case .batchnorm: return [.conv2dNoBias]
        case .macs: return [.outputShape]
        case .separableSavings: return [.separable]
        case .bottleneck: return [.macs]
        case .flops: return [.macs]
        case .receptiveField: return [.outputShape]
        case .stacked3x3: return [.receptiveField, .conv2dNoBias]
        case .dilation: return [.outputShape]
        case .pooling: return [.outputShape]
        case .validSizes: return [.outputShape]
        case .transposedShape: return [.transposed, .outputShape]
        case .memory: return [.macs, .network]
        case .solveBackwards: return [.conv2dNoBias, .conv1d]
        case .famousLayers: return [.network, .batchnorm, .grouped]
        }
    }
}
