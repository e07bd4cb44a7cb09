/// The known mistakes: which apply to each skill, the wrong number each gives, and what to say
/// when an answer shows one.
public enum MisconceptionLibrary {
    /// The misconceptions a skill's questions can show, in the order they are usually made.
    /// A question lists those that fit its own numbers in `Question.distractors`.
    public static func applicable(to skill: Skill) -> [MisconceptionID] {
        switch skill {
        case .conv2d:
            return [.forgotBiases, .forgotInputDepth, .noWeightSharing, .multipliedByOutputSize, .biasPerWeight,
                    .filtersAsDepth, .offByOneFilter, .oneBiasForLayer, .countedAsDense]
        case .conv2dNoBias:
            return [.countedMissingBiases, .forgotInputDepth, .noWeightSharing, .multipliedByOutputSize,
                    .filtersAsDepth, .offByOneFilter, .countedAsDense]
        case .conv2dRect:
            return [.forgotBiases, .forgotInputDepth, .squaredKernel, .noWeightSharing, .biasPerWeight,
                    .filtersAsDepth, .oneBiasForLayer]
        case .conv2dHidden:
            return [.usedModelInputDepth, .forgotInputDepth, .forgotBiases, .countedWholeModel, .noWeightSharing,
                    .filtersAsDepth]
        case .conv1d:
            return [.forgotBiases, .forgotInputDepth, .squaredKernel, .noWeightSharing, .filtersAsDepth, .biasPerWeight]
        case .conv3d:
            return [.forgotBiases, .forgotInputDepth, .kernelDepthFromInput, .forgotKernelDepth, .noWeightSharing,
                    .filtersAsDepth]
        case .depthwise:
            return [.depthwiseAsStandard, .forgotBiases, .ignoredDepthMultiplier, .oneKernelForAllChannels,
                    .noWeightSharing]
        case .separable:
            return [.separableBiasOnBoth, .separableAsStandard, .forgotBiases, .forgotPointwise, .forgotDepthwise,
                    .ignoredDepthMultiplier]
        case .grouped:
            return [.ignoredGroups, .dividedFiltersByGroups, .biasPerGroup, .forgotBiases, .forgotInputDepth]
        case .transposed:
            return [.swappedTransposedChannels, .forgotBiases, .forgotInputDepth, .multipliedByOutputSize, .countedStride]
        case .outputShape:
            return [.forgotPadding, .assumedSamePadding, .forgotStride, .forgotDilation, .forgotPlusOne, .roundedUp]
        case .denseAfterFlatten:
            return [.flattenedModelInput, .forgotFlatten, .forgotBiases, .assumedSamePadding, .countedWholeModel,
                    .forgotPlusOne, .forgotPooling]
        case .network:
            return [.forgotBiases, .usedModelInputDepth, .forgotInputDepth, .filtersAsDepth, .answeredOneLayer]
        case .batchnorm:
            return [.leftOutBatchNormStatistics, .countedBatchNormStatistics, .allBatchNormNonTrainable,
                    .batchNormOnInputChannels, .batchNormPerValue, .forgotBiases]
        case .macs:
            return [.answeredParameters, .macsOverInputSize, .macsCountedBiases, .flopsNotMACs, .forgotInputDepth,
                    .oneFilterOnly]
        }
    }

    /// The mistake a wrong answer shows, or nil when the answer is right or matches no known mistake.
    public static func diagnose(_ answer: Int, for question: Question) -> Diagnosis? {
        guard answer != question.answer, !question.analysis.layers.isEmpty,
              let id = question.distractors.first(where: { $0.value == answer })?.key else { return nil }
        let facts = QuizFacts(question)
        return Diagnosis(misconception: Misconception(id),
                         message: MisconceptionMessages.message(id, value: answer, facts: facts))
    }

    /// The wrong numbers for a question's facts, keeping only those that are positive and tell the
    /// mistakes apart; `complete` is false when some applicable mistake had to be left out.
    static func distractors(for facts: QuizFacts) -> (values: [MisconceptionID: Int], complete: Bool) {
        let candidates = MisconceptionCandidates.of(facts)
        var counts: [Int: Int] = [facts.answer: 1]
        for candidate in candidates {
            if let value = candidate.value.value { counts[value, default: 0] += 1 }
        }
        var values: [MisconceptionID: Int] = [:]
        for candidate in candidates {
            guard let value = candidate.value.value, value > 0, counts[value] == 1 else { continue }
            values[candidate.id] = value
        }
        return (values, values.count == candidates.count)
    }
}
