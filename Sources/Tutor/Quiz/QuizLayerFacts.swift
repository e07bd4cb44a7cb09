import ConvMath

/// One analyzed layer's numbers in the terms the quiz talks in: filters, kernel, depths and sizes.
struct LayerFacts {
    enum Kind: Equatable {
        case convolution, transposed, depthwise, separable, dense, batchNormalization, pooling, other
    }

    var kind: Kind
    /// Output channels: filters, depthwise kernels (channels × multiplier) or dense units.
    var filters = 0
    var kernel: [Int] = []
    var inChannels = 0
    var inSpatial: [Int] = []
    var outSpatial: [Int] = []
    var groups = 1
    var depthMultiplier = 1
    var strides: [Int] = []
    var dilation: [Int] = []
    var padding = Padding.valid
    var useBias = false
    /// Dense: the size of the input's last axis.
    var inputs = 0
    var parameters: ParameterCount
    var multiplyAccumulates: Int

    init(_ layer: AnalyzedLayer) {
        let layout = layer.spec.type.framework.channelLayout
        parameters = layer.result.parameters
        multiplyAccumulates = layer.result.multiplyAccumulates
        inChannels = layer.inputShape.channels(layout)
        inSpatial = layer.inputShape.spatial(layout)
        outSpatial = layer.result.outputShape.spatial(layout)
        switch layer.spec.operation {
        case .convolution(let conv):
            kind = .convolution
            (filters, kernel, groups, strides, dilation, padding, useBias) =
                (conv.filters, conv.kernelSize, conv.groups, conv.strides, conv.dilation, conv.padding, conv.useBias)
        case .transposedConvolution(let conv):
            kind = .transposed
            (filters, kernel, groups, strides, dilation, padding, useBias) =
                (conv.filters, conv.kernelSize, conv.groups, conv.strides, conv.dilation, conv.padding, conv.useBias)
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
        case .batchNormalization:
            kind = .batchNormalization
            filters = layer.result.outputShape.channels(layout)
        case .pooling(let pool):
            kind = .pooling
            (kernel, strides, padding) = (pool.poolSize, pool.strides, pool.padding)
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
    /// `3×3`, `1×7`, `5`, `3×3×3`.
    var kernelText: String { kernel.map(String.init).joined(separator: "×") }
    var inSpatialText: String { inSpatial.map(String.init).joined(separator: "×") }
    var outSpatialText: String { outSpatial.map(String.init).joined(separator: "×") }
    var inputText: String { (inSpatial + [inChannels]).map(String.init).joined(separator: "×") }
    var outputText: String { (outSpatial + [filters]).map(String.init).joined(separator: "×") }
}
