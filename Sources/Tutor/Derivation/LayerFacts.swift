import ConvMath

/// One analyzed layer's numbers in the terms a derivation talks in: filters, kernel, depths and
/// sizes, with its place in the model.
struct LayerFacts: Sendable {
    enum Kind: Equatable, Sendable {
        case convolution, transposed, depthwise, separable, dense, batchNormalization, pooling, flatten, other
    }

    var kind: Kind
    /// The index of the layer in the model's analyzed layers.
    var index: Int
    var framework: Framework
    /// The layer's type as the framework names it: `Conv2D`, `nn.Conv2d`.
    var typeName: String
    /// Output channels: filters, depthwise kernels (channels × multiplier) or dense units.
    var filters = 0
    var kernel: [Int] = []
    var inChannels = 0
    var inSpatial: [Int] = []
    var outSpatial: [Int] = []
    var outChannels = 0
    var groups = 1
    var depthMultiplier = 1
    var strides: [Int] = []
    var dilation: [Int] = []
    var padding = Padding.valid
    var ceilMode = false
    /// A transposed convolution's output_padding, when given.
    var outputPadding: [Int]?
    var useBias = false
    /// Dense: the size of the input's last axis.
    var inputs = 0
    /// Batch normalization: learned numbers per channel (scale and shift: 2).
    var learnedPerChannel = 0
    /// Keras' `trainable=False`.
    var frozen = false
    /// What the weights of a normalization or an embedding are for, with their sizes.
    var held: HeldWeights?
    /// A second call of a layer object already counted (PyTorch's `self.pool` used twice): no new parameters.
    var sharedCall = false
    /// Where the layer sits in a model read from source: `layer1.0.conv1`, a Keras layer's name.
    var path: String?
    var parameters: ParameterCount
    var multiplyAccumulates: Int
    var inputShape: TensorShape
    var outputShape: TensorShape

    init(_ layer: AnalyzedLayer, index: Int) {
        self.index = index
        framework = layer.spec.type.framework
        typeName = layer.spec.type.name
        frozen = layer.spec.frozen
        sharedCall = layer.sharedCall
        path = layer.path
        let layout = framework.channelLayout
        parameters = layer.result.parameters
        held = layer.result.held
        multiplyAccumulates = layer.result.multiplyAccumulates
        inputShape = layer.inputShape
        outputShape = layer.result.outputShape
        inChannels = layer.inputShape.channels(layout)
        inSpatial = layer.inputShape.spatial(layout)
        outSpatial = layer.result.outputShape.spatial(layout)
        outChannels = layer.result.outputShape.channels(layout)
        switch layer.spec.operation {
        case .convolution(let conv):
            kind = .convolution
            (filters, kernel, groups, strides, dilation, padding, useBias) =
                (conv.filters, conv.kernelSize, conv.groups, conv.strides, conv.dilation, conv.padding, conv.useBias)
        case .transposedConvolution(let conv):
            kind = .transposed
            (filters, kernel, groups, strides, dilation, padding, useBias) =
                (conv.filters, conv.kernelSize, conv.groups, conv.strides, conv.dilation, conv.padding, conv.useBias)
            outputPadding = conv.outputPadding
        case .depthwiseConvolution(let conv):
            kind = .depthwise
            (filters, kernel, depthMultiplier, strides, dilation, padding, useBias) =
                (inChannels * conv.depthMultiplier, conv.kernelSize, conv.depthMultiplier, conv.strides, conv.dilation,
                 conv.padding, conv.useBias)
        case .separableConvolution(let conv):
            kind = .separable
            (filters, kernel, depthMultiplier, strides, dilation, padding, useBias) =
                (conv.filters, conv.kernelSize, conv.depthMultiplier, conv.strides, conv.dilation, conv.padding, conv.useBias)
        case .dense(let dense):
            kind = .dense
            (filters, useBias, inputs) = (dense.units, dense.useBias, layer.inputShape.dimensions.last ?? 0)
        case .batchNormalization(let norm):
            kind = .batchNormalization
            learnedPerChannel = (norm.center ? 1 : 0) + (norm.scale ? 1 : 0)
            if framework == .keras {
                let axis = norm.axis < 0 ? norm.axis + layer.inputShape.rank : norm.axis - 1
                filters = layer.inputShape.dimensions.indices.contains(axis) ? layer.inputShape.dimensions[axis] : outChannels
            } else {
                filters = layer.inputShape.dimensions.first ?? 0
            }
        case .pooling(let pool):
            kind = .pooling
            (kernel, strides, dilation, padding, ceilMode) = (pool.poolSize, pool.strides, pool.dilation, pool.padding, pool.ceilMode)
        case .flatten:
            kind = .flatten
        default:
            kind = .other
        }
    }

    var total: Int { parameters.total }
    var biases: Int { useBias ? filters : 0 }
    var weights: Int { total - biases }
    /// Cells in one channel of a kernel: K·K, kh·kw, K or kd·kh·kw.
    var cells: Int { kernel.reduce(1, *) }
    /// The channels one kernel reaches through: the input's, a group's share, or one.
    var kernelDepth: Int {
        switch kind {
        case .convolution: return inChannels / max(groups, 1)
        case .depthwise, .separable: return 1
        default: return inChannels
        }
    }
    var perKernel: Int { cells * kernelDepth }
    var inPositions: Int { inSpatial.reduce(1, *) }
    var outPositions: Int { outSpatial.reduce(1, *) }
    /// True for the layers whose count a derivation builds from kernels.
    var hasKernels: Bool { [.convolution, .transposed, .depthwise, .separable].contains(kind) }
    /// `3×3`, `1×7`, `5`, `3×3×3`.
    var kernelText: String { kernel.map(String.init).joined(separator: "×") }
    var inSpatialText: String { inSpatial.map(String.init).joined(separator: "×") }
    var outSpatialText: String { outSpatial.map(String.init).joined(separator: "×") }
    /// The input in the framework's own order: `24×24×3` for Keras, `3×24×24` for PyTorch.
    var inputText: String { inputShape.timesDescription }
    var outputText: String { outputShape.timesDescription }
}
