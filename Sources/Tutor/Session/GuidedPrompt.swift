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
        case .inputChannels: return "How many channels does this layer receive?"
        case .learned: return "How many scales and shifts does batch normalization learn?"
        case .layerTotal: return "How many parameters does this layer have?"
        case .modelTotal: return "How many parameters does the model have in total?"
        case .trainable: return "How many of them are trainable?"
        case .nonTrainable: return "How many of them are non-trainable?"
        case .paddedSize: return "How tall is the input with its padding?"
        case .kernelReach: return "How many rows does the kernel reach over?"
        case .outputSize: return "How many positions are there along this axis?"
        case .outputPositions: return "At how many positions are the kernels applied?"
        case .productsPerValue: return "How many multiplications make one output value?"
        case .outputValues: return "How many output values are there?"
        case .multiplyAccumulates: return "How many multiply-accumulates in all?"
        case .flattenSize: return "How many values does the Flatten lay out?"
        case .outputShape, .noWeights: return "What is the result?"
        case .receptiveField: return "How many rows of the input does one value see after this layer?"
        case .singleLayerWeights: return "How many weights does the single layer hold?"
        case .stackSaving: return "How many fewer weights does the stack hold?"
        case .leftoverRows: return "How many rows does no window reach?"
        case .missingRows: return "How many rows are missing for one more step?"
        case .fittingInput: return "What is the smallest input height that fits?"
        }
    }
}
