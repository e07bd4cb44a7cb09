/// Which picture a derivation step shows, with the numbers of the layer at hand.
public enum DerivationDiagram: Sendable, Equatable {
    case kernelMatchesInput(inputHeight: Int, inputWidth: Int, depth: Int, kernelHeight: Int, kernelWidth: Int)
    case kernelStack(kernelHeight: Int, kernelWidth: Int, depth: Int, count: Int, biases: Bool)
    case outputVolume(inputHeight: Int, inputWidth: Int, inputDepth: Int,
                      outputHeight: Int, outputWidth: Int, outputDepth: Int, caption: [String])
    case conv1D(length: Int, channels: Int, kernelSize: Int, filters: Int)
    case conv3D(inputDepth: Int, inputHeight: Int, inputWidth: Int, channels: Int,
                kernelDepth: Int, kernelHeight: Int, kernelWidth: Int)
    case depthwise(inputHeight: Int, inputWidth: Int, channels: Int, kernelHeight: Int, kernelWidth: Int, depthMultiplier: Int)
    case separable(inputHeight: Int, inputWidth: Int, channels: Int, kernelHeight: Int, kernelWidth: Int,
                   depthMultiplier: Int, filters: Int)
    case grouped(inputHeight: Int, inputWidth: Int, channels: Int, groups: Int, kernelHeight: Int, kernelWidth: Int, filters: Int)
    /// `outputSizeShown` is false in a step before the output's size is worked out: it is written `?`.
    case transposed(inputHeight: Int, inputWidth: Int, inputChannels: Int, outputHeight: Int, outputWidth: Int,
                    outputChannels: Int, kernelHeight: Int, kernelWidth: Int, outputSizeShown: Bool)
}
