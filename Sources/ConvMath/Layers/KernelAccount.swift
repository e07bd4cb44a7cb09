/// The weights of a layer made of `units` kernels of `perUnit` cells each, plus optional biases:
/// the count, the kernel and bias tensors, and the formula `units·(perUnit…)+biases`.
struct KernelAccount {
    var framework: Framework
    var units: Int
    var perUnit: [Int]
    var kernelShape: [Int]
    var biases: Int?

    func analysis(outputShape: TensorShape, multiplyAccumulates: Int) throws(LayerProblem) -> LayerAnalysis {
        let weightCount = try exact { () throws(ArithmeticOverflow) in try Exact.product([units] + perUnit) }
        let total = try exact { () throws(ArithmeticOverflow) in try Exact.add(weightCount, biases ?? 0) }
        var weights = [WeightTensor(framework == .keras ? "kernel" : "weight", kernelShape)]
        if let biases { weights.append(WeightTensor("bias", [biases])) }
        let product = Formula.product([.number(units), .grouped(perUnit)])
        return LayerAnalysis(outputShape: outputShape, parameters: ParameterCount(trainable: total), weights: weights,
                             formula: biases.map { .sum([product, .number($0)]) } ?? product,
                             multiplyAccumulates: multiplyAccumulates)
    }
}
