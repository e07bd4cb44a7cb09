/// A fully connected layer (Keras `Dense`, PyTorch `nn.Linear`), applied to the last axis of its input.
public struct Dense: Sendable, Equatable {
    public var framework: Framework
    public var units: Int
    /// PyTorch's `in_features`; nil for Keras.
    public var declaredInputs: Int?
    public var useBias: Bool

    public init(framework: Framework, units: Int, useBias: Bool = true, declaredInputs: Int? = nil) {
        self.framework = framework
        self.units = units
        self.useBias = useBias
        self.declaredInputs = declaredInputs
    }

    var name: String { framework == .keras ? "Dense" : "Linear" }

    public func analyze(_ input: TensorShape) throws(LayerProblem) -> LayerAnalysis {
        guard let inputs = input.dimensions.last else {
            throw LayerProblem("\(name) needs an input with at least one axis")
        }
        if let declaredInputs, declaredInputs != inputs {
            throw LayerProblem("\(name): in_features is \(declaredInputs) but the input has \(inputs) features (its shape is \(input))",
                               argument: "in_features",
                               hint: input.rank > 1
                                ? "Linear works on the last axis: add nn.Flatten() before it, or set in_features=\(inputs)"
                                : "set in_features=\(inputs): it must equal what the previous layer produces")
        }
        let weightCount = try exact { () throws(ArithmeticOverflow) in try Exact.multiply(inputs, units) }
        let total = try exact { () throws(ArithmeticOverflow) in try Exact.add(weightCount, useBias ? units : 0) }
        let macs = try exact { () throws(ArithmeticOverflow) in try Exact.product(input.dimensions.dropLast() + [inputs, units]) }
        let weights: [WeightTensor]
        switch framework {
        case .keras: weights = [WeightTensor("kernel", [inputs, units])] + (useBias ? [WeightTensor("bias", [units])] : [])
        case .pytorch: weights = [WeightTensor("weight", [units, inputs])] + (useBias ? [WeightTensor("bias", [units])] : [])
        }
        let product = Formula.product([.number(units), .number(inputs)])
        return LayerAnalysis(
            outputShape: TensorShape(input.dimensions.dropLast() + [units]),
            parameters: ParameterCount(trainable: total),
            weights: weights,
            formula: useBias ? .sum([product, .number(units)]) : product,
            multiplyAccumulates: macs)
    }
}
