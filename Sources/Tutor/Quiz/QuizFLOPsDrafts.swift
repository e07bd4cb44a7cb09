extension QuizDrafts {
    // MARK: - FLOPs

    /// A convolution's FLOPs, the question saying whether the bias additions count.
    static func floatingPointOperations(_ difficulty: Difficulty, random: inout SeededGenerator) -> QuizDraft {
        // The few classic interview layers leave too little variety here, so half the time a realistic layer is drawn.
        let sizes: Difficulty = difficulty == .interview && random.chance(1, in: 2) ? .typical : difficulty
        var draft = multiplyAccumulates(sizes, random: &random)
        let biasAdditions = random.chance(1, in: 2)
        draft.target = .layerFLOPs(biasAdditions: biasAdditions)
        draft.ask = "How many FLOPs does this layer do for one input? Count a multiply-accumulate as two FLOPs, and "
            + (biasAdditions ? "each bias addition as one." : "leave out the bias additions.")
        return draft
    }
}
