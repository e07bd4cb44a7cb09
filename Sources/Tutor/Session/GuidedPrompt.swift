/// The question guided mode asks for each kind of derivation step.
public enum GuidedPrompt {
    public static func ask(_ step: DerivationStep) -> String {
        switch step.kind {
        case .kernelDepth: return "How deep is each kernel?"
        case .weightsPerKernel: return "How many weights does one kernel hold?"
        case .allWeights: return "How many weights do all the kernels hold together?"
        case .biases: return "How many biases does the layer have?"
        case .total: return "How many parameters in total?"
        case .depthwiseStage: return "How many weights does the depthwise stage have?"
        case .pointwiseStage: return "How many weights does the pointwise stage have?"
        case .statistics: return "How many moving statistics are kept?"
        case .outputShape, .noWeights: return "What is the result?"
        }
    }
}
