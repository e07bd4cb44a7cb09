import ConvMath

/// A number about how the windows of a stack of layers cover its input, read from the engine:
/// the receptive field of a stack, and the weights a single layer with the same field would need.
public enum SpatialTarget: Sendable, Equatable {
    /// How many rows of the model's input one value of the focus layer's output sees.
    case receptiveField
    /// The weights of one convolution (without biases) that sees as much of the input as the stack
    /// up to the focus layer: a kernel as large as the stack's receptive field, from the model's input
    /// channels to the focus layer's filters.
    case singleLayerWeights
    /// How many fewer weights the stack (the whole model) has than that single convolution.
    case stackSaving
    /// How many rows of its input the focus layer's (dilated) kernel spans: d·(k − 1) + 1.
    case effectiveKernel
    /// The smallest input height, from the focus layer's own up, at which its windows fit exactly.
    case fittingInput
    /// The rows of the focus layer's input after its last window, which no window reaches.
    case leftoverRows

    /// The asked-for number, or nil when the engine cannot give it (a layer that is not a window,
    /// a count past 64 bits).
    public func value(in analysis: ModelAnalysis, focusLayer: Int) -> Int? {
        switch self {
        case .receptiveField:
            return (try? ReceptiveField.of(analysis, throughLayer: focusLayer))?.size.first
        case .singleLayerWeights:
            return Self.singleLayer(in: analysis, focusLayer: focusLayer)?.result.parameters.total
        case .stackSaving:
            guard let single = Self.singleLayer(in: analysis, focusLayer: focusLayer)?.result.parameters.total else { return nil }
            let (saving, overflow) = single.subtractingReportingOverflow(analysis.parameters.total)
            return overflow ? nil : saving
        case .effectiveKernel:
            guard analysis.layers.indices.contains(focusLayer) else { return nil }
            return try? analysis.layers[focusLayer].spec.operation.slidingWindow?.effectiveKernel(axis: 0)
        case .fittingInput, .leftoverRows:
            guard let fit = Self.fit(in: analysis, focusLayer: focusLayer) else { return nil }
            return self == .fittingInput ? fit.smallestFittingInput : fit.leftover
        }
    }

    /// How the focus layer's windows fill the height of its input, as the engine works it out.
    static func fit(in analysis: ModelAnalysis, focusLayer: Int) -> WindowFit? {
        guard analysis.layers.indices.contains(focusLayer) else { return nil }
        let layer = analysis.layers[focusLayer]
        guard let window = layer.spec.operation.slidingWindow, let padding = layer.spec.operation.windowPadding,
              let n = layer.inputShape.spatial(analysis.framework.channelLayout).first else { return nil }
        return WindowFit(window, padding: padding, axis: 0, input: n)
    }

    /// The single convolution that sees what the stack up to `focusLayer` sees, analysed by the
    /// engine on the model's input: its kernel is the stack's receptive field, stride 1, no biases.
    static func singleLayer(in analysis: ModelAnalysis, focusLayer: Int) -> AnalyzedLayer? {
        guard let field = try? ReceptiveField.of(analysis, throughLayer: focusLayer) else { return nil }
        let layout = analysis.framework.channelLayout
        let filters = analysis.layers[focusLayer].result.outputShape.channels(layout)
        let convolution = Convolution(framework: analysis.framework, filters: filters, kernelSize: field.size, padding: .same,
                                      useBias: false)
        let rank = field.size.count
        let name = analysis.framework == .keras ? "Conv\(rank)D" : "Conv\(rank)d"
        guard let type = LayerCatalog.types(named: name).first(where: { $0.framework == analysis.framework }),
              let result = try? convolution.analyze(analysis.inputShape) else { return nil }
        return AnalyzedLayer(spec: LayerSpec(type: type, operation: .convolution(convolution)), inputShape: analysis.inputShape,
                             result: result)
    }
}
