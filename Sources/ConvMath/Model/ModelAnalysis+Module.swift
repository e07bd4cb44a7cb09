extension ModelAnalysis {
    /// The rows of the module at a PyTorch path (`features.0`, a block such as `layer1.1`) as a model
    /// of its own, given the input the module gets here: its count is the module's count in this
    /// model. Nil when no row has that path, or when the rows do not follow one another (a block
    /// with a layer on its shortcut, whose input is not the previous row's output).
    public func module(_ path: String) -> ModelAnalysis? {
        let rows = layers.filter { row in row.path == path || row.path?.hasPrefix(path + ".") == true }
        guard let first = rows.first else { return nil }
        var shape = first.inputShape
        var trainable = 0, nonTrainable = 0, macs = 0
        for row in rows {
            guard row.inputShape == shape else { return nil }
            shape = row.result.outputShape
            guard !row.sharedCall else { continue }
            guard let sums = try? (Exact.add(trainable, row.result.parameters.trainable),
                                   Exact.add(nonTrainable, row.result.parameters.nonTrainable),
                                   Exact.add(macs, row.result.multiplyAccumulates)),
                  (try? Exact.add(sums.0, sums.1)) != nil else { return nil }
            (trainable, nonTrainable, macs) = sums
        }
        return ModelAnalysis(framework: framework, inputShape: first.inputShape, layers: rows,
                             parameters: ParameterCount(trainable: trainable, nonTrainable: nonTrainable),
                             multiplyAccumulates: macs, modelName: modelName)
    }
}
