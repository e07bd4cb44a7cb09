extension ModelAnalysis {
    /// What layer `index` would do applied directly to the model's input, without the layers before
    /// it (a convolution without the 1×1 reduction in front of it); nil when it cannot take that input.
    public func direct(_ index: Int) -> LayerAnalysis? {
        guard layers.indices.contains(index) else { return nil }
        return try? layers[index].spec.analyze(inputShape)
    }

    /// How many fewer multiply-accumulates the whole model does than layer `index` alone would do on
    /// the model's input; nil when that layer cannot take the input or the difference overflows.
    public func multiplyAccumulatesSaved(against index: Int) -> Int? {
        guard let direct = direct(index) else { return nil }
        return try? Exact.subtract(direct.multiplyAccumulates, multiplyAccumulates)
    }
}
