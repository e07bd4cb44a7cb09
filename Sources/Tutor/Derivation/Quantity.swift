/// A number that a derivation computes on its way to the answer, and that a wrong rule can replace:
/// the kernel's depth, the number of filters, the biases, an output size, a model's total, ...
public enum Quantity: String, Sendable, Hashable, CaseIterable {
    /// The channels a layer receives: the model's input, or the previous layer's output.
    case inputChannels
    /// The channels one kernel reaches through.
    case kernelDepth
    /// The cells of one kernel in one channel: K·K, KH·KW, K, KD·KH·KW.
    case kernelCells
    /// The filters (units, output channels, depthwise kernels) a layer has.
    case filters
    /// How many kernels the weights are counted for.
    case kernelCount
    case allWeights
    case biases
    case layerTotal
    /// Channels between a separable layer's two stages.
    case middleChannels
    case depthwiseStage
    case pointwiseStage
    /// The inputs each unit of a Dense layer sees.
    case denseInputs
    /// The values a Flatten lays out in one row.
    case flattenSize
    /// The channels a Flatten receives.
    case flattenChannels
    /// The channels a batch normalization normalizes.
    case normalizedChannels
    /// Batch normalization's learned scale and shift.
    case learned
    /// Batch normalization's moving mean and variance.
    case statistics
    /// The positions at which a convolution's kernels are applied.
    case outputPositions
    case multiplyAccumulates
    /// A model's parameters, trainable and not.
    case modelTotal
    case trainableTotal
    case nonTrainableTotal
    /// The parameters of the standard convolution a separable one replaces.
    case standardTotal
    /// How many fewer parameters a separable convolution has than the standard one.
    case savings
    /// The multiply-accumulates of a path of layers, added up.
    case pathMultiplyAccumulates
    /// The multiply-accumulates a convolution would do directly on the model's input.
    case directMultiplyAccumulates
    /// How many fewer multiply-accumulates a bottleneck path does than the direct convolution.
    case bottleneckSavings
    /// Floating-point operations: two per multiply-accumulate, and the bias additions if counted.
    case flops
    /// What the question asks for, at the very end.
    case answer
    // Receptive fields and stacks (see `DerivationBuilder+ReceptiveField`)
    /// The field of one input value before any layer: 1.
    case receptiveStart
    /// Input positions between the values a layer's window falls on: the product of the strides before it.
    case receptiveJump
    /// What a layer adds to the receptive field: d·(k − 1)·J.
    case receptiveGrowth
    /// The channels a single layer equivalent to a stack reaches through.
    case equivalentDepth
    /// How many fewer weights a stack has than the single layer that sees as much.
    case stackSaving
    // Sizes that fit (see `DerivationBuilder+WindowFit`)
    /// The rows after a layer's last window that no window reaches.
    case leftoverRows
    /// The rows an input lacks for one more step of the window.
    case missingRows
    /// The smallest input at which the windows fit exactly.
    case fittingInput
    // Memory (see `DerivationBuilder+Memory`)
    /// The values kept in memory: parameters, or a layer's output for one input.
    case storedValues
    /// The bytes one value takes in the question's data type.
    case bytesPerValue
    /// The inputs of a batch, each keeping its own outputs.
    case batchSize
    /// The size in bytes.
    case memoryBytes
    /// The bytes in the unit the question asks for: 1,024 in a KB.
    case memoryUnit
    /// The number, from 1, of the layer that holds the most.
    case largestLayer
    // Solving a count backwards (see `DerivationBuilder+SolveBackwards`)
    /// The weights in a given count: the count less the biases.
    case backwardsWeights
    /// What the unknown multiplies in the count, to divide by: one filter's parameters, M·K·K, M·D.
    case backwardsDivisor
    /// K·K, the cells of one slice of a kernel, found from a count.
    case kernelArea
    /// The hidden size, found.
    case backwardsUnknown
    // Weight sharing (see `DerivationBuilder+Sharing`)
    /// The parameters one output value would own without sharing: a kernel and its bias.
    case unsharedPerValue
    /// A convolution's parameters without weight sharing.
    case unsharedTotal
}
