/// Batch normalization: a learned scale (gamma) and shift (beta) per channel, plus the moving mean
/// and variance, which Keras counts as non-trainable parameters and PyTorch keeps as buffers.
public struct BatchNormalization: Sendable, Equatable {
    public var framework: Framework
    /// Keras' `axis` (default -1, the channels).
    public var axis: Int
    /// PyTorch's `num_features`.
    public var declaredFeatures: Int?
    /// PyTorch's `BatchNorm1d/2d/3d` rank; nil for Keras, which takes any rank.
    public var rank: Int?
    public var center: Bool
    public var scale: Bool

    public init(framework: Framework, axis: Int = -1, declaredFeatures: Int? = nil, rank: Int? = nil,
                center: Bool = true, scale: Bool = true) {
        self.framework = framework
        self.axis = axis
        self.declaredFeatures = declaredFeatures
        self.rank = rank
        self.center = center
        self.scale = scale
    }

    public func analyze(_ input: TensorShape) throws(LayerProblem) -> LayerAnalysis {
        let channels: Int
        switch framework {
        case .keras:
            let index = axis < 0 ? axis + input.rank : axis - 1
            guard index >= 0, index < input.rank else {
                throw LayerProblem("BatchNormalization: axis=\(axis) is not an axis of the input \(input)", argument: "axis")
            }
            channels = input.dimensions[index]
        case .pytorch:
            let name = "BatchNorm\(rank ?? 2)d"
            let allowed = rank == 1 ? [1, 2] : [(rank ?? 2) + 1]
            guard allowed.contains(input.rank) else {
                throw LayerProblem("\(name) needs an input of rank \(allowed.map(String.init).joined(separator: " or ")), but its input is \(input)",
                                   hint: "use BatchNorm\(max(1, input.rank - 1))d for this input")
            }
            channels = input.dimensions[0]
            try ChannelCheck.declared(declaredFeatures, argument: "num_features", layer: name, input: input, channels: channels)
        }
        let learned = (center ? 1 : 0) + (scale ? 1 : 0)
        let trainable = try exact { () throws(ArithmeticOverflow) in try Exact.multiply(learned, channels) }
        let statistics = try exact { () throws(ArithmeticOverflow) in try Exact.multiply(2, channels) }
        var weights: [WeightTensor] = []
        switch framework {
        case .keras:
            if scale { weights.append(WeightTensor("gamma", [channels])) }
            if center { weights.append(WeightTensor("beta", [channels])) }
            weights.append(WeightTensor("moving_mean", [channels], trainable: false))
            weights.append(WeightTensor("moving_variance", [channels], trainable: false))
            _ = try exact { () throws(ArithmeticOverflow) in try Exact.add(trainable, statistics) }
            var terms: [Formula] = []
            if learned > 0 { terms.append(.times(learned == 1 ? [channels] : [learned, channels])) }
            terms.append(.times([2, channels]))
            return LayerAnalysis(outputShape: input,
                                 parameters: ParameterCount(trainable: trainable, nonTrainable: statistics),
                                 weights: weights,
                                 formula: terms.count == 1 ? terms[0] : .sum(terms))
        case .pytorch:
            if learned > 0 {
                weights.append(WeightTensor("weight", [channels]))
                weights.append(WeightTensor("bias", [channels]))
            }
            weights.append(WeightTensor("running_mean", [channels], trainable: false, isBuffer: true))
            weights.append(WeightTensor("running_var", [channels], trainable: false, isBuffer: true))
            weights.append(WeightTensor("num_batches_tracked", [], trainable: false, isBuffer: true))
            return LayerAnalysis(outputShape: input,
                                 parameters: ParameterCount(trainable: trainable),
                                 weights: weights,
                                 formula: learned == 0 ? .zero : .times([learned, channels]))
        }
    }
}
