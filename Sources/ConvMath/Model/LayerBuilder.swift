/// Turns a call's bound arguments into a `LayerSpec`, checking what the framework checks when the
/// layer is constructed.
enum LayerBuilder {
    static func build(_ arguments: BoundArguments) throws(ModelError) -> LayerSpec {
        let type = arguments.type
        let operation = try operation(for: arguments)
        var trainable = true
        if type.framework == .keras { trainable = try arguments.bool("trainable", default: true) }
        return LayerSpec(type: type, operation: operation, call: arguments.call,
                         declaredInputShape: try declaredInputShape(arguments), frozen: !trainable)
    }

    private static func declaredInputShape(_ a: BoundArguments) throws(ModelError) -> TensorShape? {
        if let shape = try a.shape("input_shape") { return TensorShape(shape) }
        if a.has("input_dim") { return TensorShape([try a.integer("input_dim")]) }
        return nil
    }

    private static func operation(for a: BoundArguments) throws(ModelError) -> LayerOperation {
        let type = a.type
        let rank = type.rank
        let ones = Array(repeating: 1, count: rank)
        switch (type.family, type.framework) {
        case (.input, _):
            if let shape = try a.shape("shape") { return .input(TensorShape(shape)) }
            if a.has("batch_shape") {
                return .input(TensorShape(Array(try batchShape(a).dropFirst())))
            }
            throw ModelError("\(type.name) needs shape=(…), the size of one sample without the batch axis",
                             at: a.call.span, hint: "write it as Input(shape=(24, 24, 3))")

        case (.convolution, .keras):
            try requireChannelsLast(a)
            let filters = try a.integer("filters")
            let strides = try a.integers("strides", count: rank, default: ones)
            let dilation = try a.integers("dilation_rate", count: rank, default: ones)
            let groups = try a.integer("groups", default: 1)
            try kerasStrideDilation(a, strides: strides, dilation: dilation)
            guard filters % groups == 0 else {
                throw a.error("\(type.name): filters=\(filters) cannot be split into \(groups) equal groups", at: "groups",
                              hint: "groups must divide filters")
            }
            return .convolution(Convolution(
                framework: .keras, filters: filters, kernelSize: try a.integers("kernel_size", count: rank),
                strides: strides, padding: try kerasPadding(a, allowCausal: rank == 1), dilation: dilation,
                groups: groups, useBias: try a.bool("use_bias", default: true)))

        case (.convolution, .pytorch):
            let inChannels = try a.integer("in_channels")
            let outChannels = try a.integer("out_channels")
            let groups = try a.integer("groups", default: 1)
            let strides = try a.integers("stride", count: rank, default: ones)
            try pytorchGroups(a, inChannels: inChannels, outChannels: outChannels, groups: groups)
            let padding = try pytorchPadding(a, rank: rank, allowStrings: true)
            if padding == .same && strides.contains(where: { $0 > 1 }) {
                throw a.error("\(type.name): padding='same' is not supported for strided convolutions", at: "padding",
                              hint: "PyTorch allows 'same' only with stride=1; give the padding as a number")
            }
            return .convolution(Convolution(
                framework: .pytorch, filters: outChannels, kernelSize: try a.integers("kernel_size", count: rank),
                strides: strides, padding: padding, dilation: try a.integers("dilation", count: rank, default: ones),
                groups: groups, useBias: try a.bool("bias", default: true), declaredInChannels: inChannels))

        case (.transposedConvolution, .keras):
            try requireChannelsLast(a)
            let strides = try a.integers("strides", count: rank, default: ones)
            let dilation = try a.integers("dilation_rate", count: rank, default: ones)
            try kerasStrideDilation(a, strides: strides, dilation: dilation)
            let outputPadding = a.has("output_padding") ? try a.integers("output_padding", count: rank, minimum: 0) : nil
            if let outputPadding, zip(outputPadding, strides).contains(where: { $0 >= $1 }) {
                throw a.error("\(type.name): output_padding must be smaller than strides", at: "output_padding",
                              hint: "strides are \(TensorShape(strides)); lower output_padding")
            }
            return .transposedConvolution(TransposedConvolution(
                framework: .keras, filters: try a.integer("filters"), kernelSize: try a.integers("kernel_size", count: rank),
                strides: strides, padding: try kerasPadding(a, allowCausal: false), outputPadding: outputPadding,
                dilation: dilation, useBias: try a.bool("use_bias", default: true)))

        case (.transposedConvolution, .pytorch):
            let inChannels = try a.integer("in_channels")
            let outChannels = try a.integer("out_channels")
            let groups = try a.integer("groups", default: 1)
            try pytorchGroups(a, inChannels: inChannels, outChannels: outChannels, groups: groups)
            let strides = try a.integers("stride", count: rank, default: ones)
            let dilation = try a.integers("dilation", count: rank, default: ones)
            let outputPadding = try a.integers("output_padding", count: rank, default: Array(repeating: 0, count: rank), minimum: 0)
            for axis in 0..<rank where outputPadding[axis] >= strides[axis] && outputPadding[axis] >= dilation[axis] {
                throw a.error("\(type.name): output padding must be smaller than either stride or dilation", at: "output_padding")
            }
            return .transposedConvolution(TransposedConvolution(
                framework: .pytorch, filters: outChannels, kernelSize: try a.integers("kernel_size", count: rank),
                strides: strides, padding: try pytorchPadding(a, rank: rank, allowStrings: false),
                outputPadding: outputPadding, dilation: dilation, groups: groups,
                useBias: try a.bool("bias", default: true), declaredInChannels: inChannels))

        case (.depthwiseConvolution, _):
            try requireChannelsLast(a)
            let strides = try a.integers("strides", count: rank, default: ones)
            let dilation = try a.integers("dilation_rate", count: rank, default: ones)
            try kerasStrideDilation(a, strides: strides, dilation: dilation)
            return .depthwiseConvolution(DepthwiseConvolution(
                kernelSize: try a.integers("kernel_size", count: rank), strides: strides,
                padding: try kerasPadding(a, allowCausal: false),
                depthMultiplier: try a.integer("depth_multiplier", default: 1), dilation: dilation,
                useBias: try a.bool("use_bias", default: true)))

        case (.separableConvolution, _):
            try requireChannelsLast(a)
            let strides = try a.integers("strides", count: rank, default: ones)
            let dilation = try a.integers("dilation_rate", count: rank, default: ones)
            try kerasStrideDilation(a, strides: strides, dilation: dilation)
            return .separableConvolution(SeparableConvolution(
                filters: try a.integer("filters"), kernelSize: try a.integers("kernel_size", count: rank),
                strides: strides, padding: try kerasPadding(a, allowCausal: false),
                depthMultiplier: try a.integer("depth_multiplier", default: 1), dilation: dilation,
                useBias: try a.bool("use_bias", default: true)))

        case (.dense, .keras):
            return .dense(Dense(framework: .keras, units: try a.integer("units"), useBias: try a.bool("use_bias", default: true)))
        case (.dense, .pytorch):
            return .dense(Dense(framework: .pytorch, units: try a.integer("out_features"),
                                useBias: try a.bool("bias", default: true), declaredInputs: try a.integer("in_features")))

        case (.flatten, .keras):
            try requireChannelsLast(a)
            return .flatten(Flatten(framework: .keras))
        case (.flatten, .pytorch):
            return .flatten(Flatten(framework: .pytorch,
                                    startDim: try a.integer("start_dim", default: 1, minimum: Int.min),
                                    endDim: try a.integer("end_dim", default: -1, minimum: Int.min)))

        case (.maxPooling, .keras), (.averagePooling, .keras):
            try requireChannelsLast(a)
            let pool = try a.integers("pool_size", count: rank, default: Array(repeating: 2, count: rank))
            return .pooling(Pooling(
                framework: .keras, kind: type.family == .maxPooling ? .max : .average, poolSize: pool,
                strides: try a.integers("strides", count: rank, default: pool),
                padding: try kerasPadding(a, allowCausal: false)))
        case (.maxPooling, .pytorch), (.averagePooling, .pytorch):
            let kernel = try a.integers("kernel_size", count: rank)
            let isMax = type.family == .maxPooling
            let dilation = isMax ? try a.integers("dilation", count: rank, default: ones) : ones
            let padding = try a.integers("padding", count: rank, default: Array(repeating: 0, count: rank), minimum: 0)
            for axis in 0..<rank where padding[axis] * 2 > (kernel[axis] - 1) * dilation[axis] + 1 {
                throw a.error("\(type.name): pad should be at most half of the (effective) kernel size", at: "padding",
                              hint: "padding \(padding[axis]) is more than half of \((kernel[axis] - 1) * dilation[axis] + 1)")
            }
            return .pooling(Pooling(
                framework: .pytorch, kind: isMax ? .max : .average, poolSize: kernel,
                strides: try a.integers("stride", count: rank, default: kernel), padding: .explicit(padding),
                dilation: dilation, ceilMode: try a.bool("ceil_mode", default: false)))

        case (.globalAveragePooling, _), (.globalMaxPooling, _):
            try requireChannelsLast(a)
            return .globalPooling(GlobalPooling(rank: rank, keepDims: try a.bool("keepdims", default: false), name: type.name))

        case (.adaptiveAveragePooling, _), (.adaptiveMaxPooling, _):
            return .adaptivePooling(AdaptivePooling(outputSize: try adaptiveSize(a, rank: rank), name: type.name))

        case (.batchNormalization, .keras):
            return .batchNormalization(BatchNormalization(
                framework: .keras, axis: try a.integer("axis", default: -1, minimum: Int.min),
                center: try a.bool("center", default: true), scale: try a.bool("scale", default: true)))
        case (.batchNormalization, .pytorch):
            let affine = try a.bool("affine", default: true)
            return .batchNormalization(BatchNormalization(
                framework: .pytorch, declaredFeatures: try a.integer("num_features"), rank: rank,
                center: affine, scale: affine))

        case (.elementwise, _):
            return .elementwise
        }
    }

    // MARK: - Shared checks

    private static func kerasPadding(_ a: BoundArguments, allowCausal: Bool) throws(ModelError) -> Padding {
        let options = allowCausal ? ["valid", "same", "causal"] : ["valid", "same"]
        switch try a.choice("padding", among: options, default: "valid") {
        case "same": return .same
        case "causal": return .causal
        default: return .valid
        }
    }

    private static func pytorchPadding(_ a: BoundArguments, rank: Int, allowStrings: Bool) throws(ModelError) -> Padding {
        if let argument = a.argument("padding"), case .string = argument.value.kind {
            guard allowStrings else {
                throw a.error("\(a.type.name): padding must be a number or a tuple of numbers", at: "padding")
            }
            return try a.choice("padding", among: ["valid", "same"], default: "valid") == "same" ? .same : .valid
        }
        return .explicit(try a.integers("padding", count: rank, default: Array(repeating: 0, count: rank), minimum: 0))
    }

    private static func kerasStrideDilation(_ a: BoundArguments, strides: [Int], dilation: [Int]) throws(ModelError) {
        if strides.contains(where: { $0 > 1 }) && dilation.contains(where: { $0 > 1 }) {
            throw a.error("\(a.type.name): strides > 1 are not supported together with dilation_rate > 1",
                          at: "dilation_rate", hint: "Keras refuses this combination; use one or the other")
        }
    }

    private static func pytorchGroups(_ a: BoundArguments, inChannels: Int, outChannels: Int, groups: Int) throws(ModelError) {
        if inChannels % groups != 0 {
            throw a.error("\(a.type.name): in_channels=\(inChannels) must be divisible by groups=\(groups)", at: "groups")
        }
        if outChannels % groups != 0 {
            throw a.error("\(a.type.name): out_channels=\(outChannels) must be divisible by groups=\(groups)", at: "groups")
        }
    }

    private static func requireChannelsLast(_ a: BoundArguments) throws(ModelError) {
        let format = try a.choice("data_format", among: ["channels_last", "channels_first"], default: "channels_last")
        if format == "channels_first" {
            throw a.error("\(a.type.name): data_format='channels_first' is not supported; Keras shapes here are channels-last",
                          at: "data_format", hint: "remove data_format and give the input as (height, width, channels)")
        }
    }

    private static func batchShape(_ a: BoundArguments) throws(ModelError) -> [Int] {
        guard let argument = a.argument("batch_shape") else { return [] }
        guard case .tuple(let items) = argument.value.kind, items.count >= 2 else {
            throw a.error("\(a.type.name): batch_shape must be a tuple such as (None, 24, 24, 3)", at: "batch_shape")
        }
        var sizes: [Int] = [0]
        for item in items.dropFirst() {
            sizes.append(try IntegerEvaluator.evaluate(item, argument: "batch_shape", layer: a.type.name))
        }
        return sizes
    }

    private static func adaptiveSize(_ a: BoundArguments, rank: Int) throws(ModelError) -> [Int?] {
        guard let argument = a.argument("output_size") else { return [] }
        switch argument.value.kind {
        case .tuple(let items), .list(let items):
            guard items.count == rank else {
                throw a.error("\(a.type.name): output_size needs \(rank) values, got \(items.count)", at: "output_size")
            }
            var sizes: [Int?] = []
            for item in items {
                if item.kind == .none { sizes.append(nil); continue }
                let value = try IntegerEvaluator.evaluate(item, argument: "output_size", layer: a.type.name)
                guard value >= 1 else {
                    throw ModelError("\(a.type.name): every output size must be at least 1", at: item.span)
                }
                sizes.append(value)
            }
            return sizes
        default:
            return try a.integers("output_size", count: rank).map { Optional($0) }
        }
    }
}
