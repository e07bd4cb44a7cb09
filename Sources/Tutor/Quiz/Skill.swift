/// One kind of counting question the quiz practises.
public enum Skill: String, CaseIterable, Sendable {
    case conv2d
    case conv2dNoBias = "conv2d-nobias"
    case conv2dRect = "conv2d-rect"
    case conv2dHidden = "conv2d-hidden"
    case conv1d
    case conv3d
    case depthwise
    case separable
    case grouped
    case transposed
    case outputShape = "output-shape"
    case denseAfterFlatten = "dense-after-flatten"
    case network
    case batchnorm
    case macs
    case separableSavings = "separable-savings"
    case bottleneck
    case flops
    case receptiveField = "receptive-field"
    case stacked3x3 = "stacked-3x3"
    case dilation
    case pooling
    case validSizes = "valid-sizes"
    case transposedShape = "transposed-shape"
    case memory
    case solveBackwards = "solve-backwards"
    case famousLayers = "famous-layers"

    public var title: String {
        switch self {
        case .conv2d: return "Conv2D with biases"
        case .conv2dNoBias: return "Conv2D without biases"
        case .conv2dRect: return "Rectangular kernels"
        case .conv2dHidden: return "A hidden Conv2D"
        case .conv1d: return "Conv1D"
        case .conv3d: return "Conv3D"
        case .depthwise: return "Depthwise convolution"
        case .separable: return "Separable convolution"
        case .grouped: return "Grouped convolution"
        case .transposed: return "Transposed convolution"
        case .outputShape: return "Output size"
        case .denseAfterFlatten: return "Dense after Flatten"
        case .network: return "A small network"
        case .batchnorm: return "Batch normalization in Keras"
        case .macs: return "Multiply-accumulates"
        case .separableSavings: return "What separable saves"
        case .bottleneck: return "A 1×1 bottleneck"
        case .flops: return "FLOPs"
        case .receptiveField: return "Receptive field"
        case .stacked3x3: return "Three 3×3 against one 7×7"
        case .dilation: return "Dilated kernels"
        case .pooling: return "Pooling"
        case .validSizes: return "Does the layer fit?"
        case .transposedShape: return "Transposed output size"
        case .memory: return "Memory"
        case .solveBackwards: return "Solve backwards"
        case .famousLayers: return "Layers of famous networks"
        }
    }

    public var summary: String {
        switch self {
        case .conv2d:
            return "Count the weights and biases of M filters of K×K over an H×W×D input."
        case .conv2dNoBias:
            return "Count a convolution's weights alone, as when use_bias=False comes before batch normalization."
        case .conv2dRect:
            return "Count a Conv2D whose kernel is not square, such as 1×7 or 3×1."
        case .conv2dHidden:
            return "Count a second convolution, whose kernels are as deep as the first layer's filter count."
        case .conv1d:
            return "Count a 1-D convolution that slides along a sequence with several channels."
        case .conv3d:
            return "Count a 3-D convolution, whose kernel has a depth of its own besides the channels."
        case .depthwise:
            return "Count a DepthwiseConv2D, which gives every input channel kernels of its own."
        case .separable:
            return "Count a SeparableConv2D: a depthwise stage, then a pointwise stage that alone has biases."
        case .grouped:
            return "Count a convolution split into groups, whose kernels see only their own group's channels."
        case .transposed:
            return "Count a Conv2DTranspose, which stamps each input channel onto every output channel."
        case .outputShape:
            return "Work out a convolution's output height from its kernel, stride, padding and dilation."
        case .denseAfterFlatten:
            return "Count a Dense layer fed by a convolution's flattened output."
        case .network:
            return "Add up the parameters of a stack of two to four convolutions."
        case .batchnorm:
            return "Split a convolution with batch normalization into trainable and non-trainable parameters, as Keras does."
        case .macs:
            return "Count the multiply-accumulates (MACs) a convolution does for one input."
        case .separableSavings:
            return "Compare a standard convolution with its depthwise-separable version: each count, and how many fewer."
        case .bottleneck:
            return "Put a 1×1 reduction before a wide convolution, as Inception does: its parameters, its MACs and what it saves."
        case .flops:
            return "Count a convolution's FLOPs: two per multiply-accumulate, with or without the bias additions, as asked."
        case .receptiveField:
            return "Work out how much of the input one output value sees, through kernels, strides, dilations and pooling."
        case .stacked3x3:
            return "Compare a stack of 3×3 convolutions with the single layer that sees as much: 27C² against 49C² weights."
        case .dilation:
            return "Work out the span of a dilated kernel, k + (k − 1)(d − 1), and the output size it gives."
        case .pooling:
            return "Work out a pooling layer's output size, rounded down or with PyTorch's ceil_mode, and see that it has no parameters."
        case .validSizes:
            return "Tell whether a layer's windows fill its input exactly, what the frameworks do when not, and which input fits."
        case .transposedShape:
            return "Work out a transposed convolution's output size, (n − 1)·s − 2p + d·(k − 1) + output_padding + 1, in both frameworks."
        case .memory:
            return "Size parameters and activations in memory: values times bytes per value (4 in float32), times the batch, "
                + "in bytes or KB of 1,024; and find the layer that holds the most of each."
        case .solveBackwards:
            return "Given a convolution's parameter count, find the unknown: its filters, its input's depth or its kernel size."
        case .famousLayers:
            return "Count a layer of AlexNet, VGG16, ResNet-50 or MobileNetV2 by its module path, and what weight sharing saves."
        }
    }
}
