/// Floating-point operations (FLOPs) counted from a layer's multiply-accumulates: two per MAC, a
/// multiplication and an addition, and, in the convention that counts them, one addition per output
/// value for the biases. Tools differ here (fvcore reports MACs as "flops"; ptflops and thop differ
/// on the biases), so a count says which convention it follows.
public enum FloatingPointOperations {
    /// The FLOPs of a layer that does `multiplyAccumulates` and adds a bias to each of `outputValues`
    /// values when `biasAdditions` is set; nil when the count does not fit in 64 bits.
    public static func count(multiplyAccumulates: Int, outputValues: Int, biasAdditions: Bool) -> Int? {
        try? Exact.add(Exact.multiply(2, multiplyAccumulates), biasAdditions ? outputValues : 0)
    }

    /// The FLOPs of an analyzed layer; its bias tensor, when it has one and `biasAdditions` is set,
    /// adds one operation per output value.
    public static func count(_ layer: LayerAnalysis, biasAdditions: Bool) -> Int? {
        let hasBias = layer.weights.contains { $0.name == "bias" && !$0.isBuffer }
        return count(multiplyAccumulates: layer.multiplyAccumulates, outputValues: layer.outputShape.elementCount ?? 0,
                     biasAdditions: biasAdditions && hasBias)
    }
}
