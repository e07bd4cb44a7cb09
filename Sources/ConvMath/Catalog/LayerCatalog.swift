/// Every layer class convtutor knows, in both frameworks' spellings.
public enum LayerCatalog {
    public static let all: [LayerType] = keras + pytorch

    /// The types with this class name (one per framework at most: `Flatten` is in both).
    public static func types(named name: String) -> [LayerType] {
        index[name] ?? []
    }

    private static let index: [String: [LayerType]] = {
        var index: [String: [LayerType]] = [:]
        index.reserveCapacity(all.count)
        for type in all { index[type.name, default: []].append(type) }
        return index
    }()

    // MARK: - Keras

    private static let kerasConvTail =
        "~activation use_bias ~kernel_initializer ~bias_initializer ~kernel_regularizer ~bias_regularizer "
        + "~activity_regularizer ~kernel_constraint ~bias_constraint"

    private static func kerasConv(_ name: String, rank: Int) -> LayerType {
        LayerType(name, .keras, .convolution, rank: rank,
                  positional: "filters! kernel_size! strides padding data_format dilation_rate groups " + kerasConvTail,
                  keywordOnly: "~lora_rank ~lora_alpha")
    }

    private static func kerasTransposed(_ name: String, rank: Int) -> LayerType {
        LayerType(name, .keras, .transposedConvolution, rank: rank,
                  positional: "filters! kernel_size! strides padding output_padding data_format dilation_rate "
                    + kerasConvTail)
    }

    private static func kerasPool(_ name: String, _ family: LayerFamily, rank: Int) -> LayerType {
        LayerType(name, .keras, family, rank: rank, positional: "pool_size strides padding data_format")
    }

    private static func kerasGlobalPool(_ name: String, _ family: LayerFamily, rank: Int) -> LayerType {
        LayerType(name, .keras, family, rank: rank, positional: "data_format keepdims")
    }

    private static let depthwiseTail =
        "~activation use_bias ~depthwise_initializer ~bias_initializer ~depthwise_regularizer ~bias_regularizer "
        + "~activity_regularizer ~depthwise_constraint ~bias_constraint"

    /// What Keras 2's depthwise and separable convolutions passed on to the convolution they are
    /// built on, which takes and ignores them (NASNet gives kernel_initializer): accepted as Keras 2 did.
    private static let keras2ConvolutionKeywords = "~kernel_initializer ~kernel_regularizer ~kernel_constraint"

    static let keras: [LayerType] = {
        var types: [LayerType] = []
        for rank in 1...3 {
            types.append(kerasConv("Conv\(rank)D", rank: rank))
            types.append(kerasConv("Convolution\(rank)D", rank: rank))
            types.append(kerasTransposed("Conv\(rank)DTranspose", rank: rank))
            types.append(kerasTransposed("Convolution\(rank)DTranspose", rank: rank))
            for name in ["MaxPooling\(rank)D", "MaxPool\(rank)D"] {
                types.append(kerasPool(name, .maxPooling, rank: rank))
            }
            for name in ["AveragePooling\(rank)D", "AvgPool\(rank)D"] {
                types.append(kerasPool(name, .averagePooling, rank: rank))
            }
            for name in ["GlobalAveragePooling\(rank)D", "GlobalAvgPool\(rank)D"] {
                types.append(kerasGlobalPool(name, .globalAveragePooling, rank: rank))
            }
            for name in ["GlobalMaxPooling\(rank)D", "GlobalMaxPool\(rank)D"] {
                types.append(kerasGlobalPool(name, .globalMaxPooling, rank: rank))
            }
            types.append(LayerType("SpatialDropout\(rank)D", .keras, .elementwise, positional: "rate! ~data_format ~seed"))
        }
        types.append(LayerType("DepthwiseConv2D", .keras, .depthwiseConvolution, rank: 2,
                               positional: "kernel_size! strides padding depth_multiplier data_format dilation_rate "
                                + depthwiseTail, keywordOnly: keras2ConvolutionKeywords))
        for name in ["SeparableConv2D", "SeparableConvolution2D"] {
            types.append(LayerType(name, .keras, .separableConvolution, rank: 2,
                                   positional: "filters! kernel_size! strides padding data_format dilation_rate "
                                    + "depth_multiplier ~activation use_bias ~depthwise_initializer "
                                    + "~pointwise_initializer ~bias_initializer ~depthwise_regularizer "
                                    + "~pointwise_regularizer ~bias_regularizer ~activity_regularizer "
                                    + "~depthwise_constraint ~pointwise_constraint ~bias_constraint",
                                   keywordOnly: keras2ConvolutionKeywords))
        }
        types.append(LayerType("Dense", .keras, .dense,
                               positional: "units! ~activation use_bias ~kernel_initializer ~bias_initializer "
                                + "~kernel_regularizer ~bias_regularizer ~activity_regularizer ~kernel_constraint "
                                + "~bias_constraint",
                               keywordOnly: "~lora_rank ~lora_alpha"))
        types.append(LayerType("Flatten", .keras, .flatten, positional: "data_format"))
        types.append(LayerType("BatchNormalization", .keras, .batchNormalization,
                               positional: "axis ~momentum ~epsilon center scale ~beta_initializer ~gamma_initializer "
                                + "~moving_mean_initializer ~moving_variance_initializer ~beta_regularizer "
                                + "~gamma_regularizer ~beta_constraint ~gamma_constraint ~synchronized"))
        types.append(LayerType("Dropout", .keras, .elementwise, positional: "rate! ~noise_shape ~seed"))
        types.append(LayerType("Activation", .keras, .elementwise, positional: "~activation!"))
        types.append(LayerType("Rescaling", .keras, .elementwise, positional: "~scale! ~offset"))
        // Augmentation and noise: no weights, and the shape they are given (they act in training only).
        types.append(LayerType("RandomFlip", .keras, .elementwise, positional: "~mode ~seed"))
        types.append(LayerType("RandomRotation", .keras, .elementwise,
                               positional: "~factor! ~fill_mode ~interpolation ~seed ~fill_value ~value_range ~data_format"))
        types.append(LayerType("RandomZoom", .keras, .elementwise,
                               positional: "~height_factor! ~width_factor ~fill_mode ~interpolation ~seed ~fill_value ~data_format"))
        types.append(LayerType("RandomTranslation", .keras, .elementwise,
                               positional: "~height_factor! ~width_factor! ~fill_mode ~interpolation ~seed ~fill_value ~data_format"))
        types.append(LayerType("RandomContrast", .keras, .elementwise, positional: "~factor! ~seed ~value_range"))
        types.append(LayerType("RandomBrightness", .keras, .elementwise, positional: "~factor! ~value_range ~seed"))
        types.append(LayerType("GaussianNoise", .keras, .elementwise, positional: "~stddev! ~seed"))
        types.append(LayerType("GaussianDropout", .keras, .elementwise, positional: "~rate! ~seed"))
        types.append(LayerType("AlphaDropout", .keras, .elementwise, positional: "~rate! ~noise_shape ~seed"))
        types.append(LayerType("ReLU", .keras, .elementwise, positional: "~max_value ~negative_slope ~threshold"))
        types.append(LayerType("LeakyReLU", .keras, .elementwise, positional: "~negative_slope", keywordOnly: "~alpha"))
        types.append(LayerType("Softmax", .keras, .elementwise, positional: "~axis"))
        types.append(LayerType("Input", .keras, .input,
                               positional: "shape batch_size ~dtype ~sparse batch_shape ~name ~tensor ~optional"))
        types.append(LayerType("InputLayer", .keras, .input,
                               positional: "shape batch_size ~dtype ~sparse batch_shape ~input_tensor ~optional ~name"))
        return types
    }()

    // MARK: - PyTorch

    static let pytorch: [LayerType] = {
        var types: [LayerType] = []
        for rank in 1...3 {
            types.append(LayerType("Conv\(rank)d", .pytorch, .convolution, rank: rank,
                                   positional: "in_channels! out_channels! kernel_size! stride padding dilation groups "
                                    + "bias ~padding_mode"))
            types.append(LayerType("ConvTranspose\(rank)d", .pytorch, .transposedConvolution, rank: rank,
                                   positional: "in_channels! out_channels! kernel_size! stride padding output_padding "
                                    + "groups bias dilation ~padding_mode"))
            types.append(LayerType("MaxPool\(rank)d", .pytorch, .maxPooling, rank: rank,
                                   positional: "kernel_size! stride padding dilation ~return_indices ceil_mode"))
            types.append(LayerType("AvgPool\(rank)d", .pytorch, .averagePooling, rank: rank,
                                   positional: "kernel_size! stride padding ceil_mode ~count_include_pad"
                                    + (rank == 1 ? "" : " ~divisor_override")))
            types.append(LayerType("AdaptiveAvgPool\(rank)d", .pytorch, .adaptiveAveragePooling, rank: rank,
                                   positional: "output_size!"))
            types.append(LayerType("AdaptiveMaxPool\(rank)d", .pytorch, .adaptiveMaxPooling, rank: rank,
                                   positional: "output_size! ~return_indices"))
            types.append(LayerType("BatchNorm\(rank)d", .pytorch, .batchNormalization, rank: rank,
                                   positional: "num_features! ~eps ~momentum affine ~track_running_stats"))
            types.append(LayerType("Dropout\(rank)d", .pytorch, .elementwise, positional: "~p ~inplace"))
        }
        types.append(LayerType("Linear", .pytorch, .dense, positional: "in_features! out_features! bias"))
        types.append(LayerType("Flatten", .pytorch, .flatten, positional: "start_dim end_dim"))
        types.append(LayerType("Dropout", .pytorch, .elementwise, positional: "~p ~inplace"))
        for name in ["ReLU", "ReLU6", "SiLU", "Hardswish", "Mish"] {
            types.append(LayerType(name, .pytorch, .elementwise, positional: "~inplace"))
        }
        types.append(LayerType("LeakyReLU", .pytorch, .elementwise, positional: "~negative_slope ~inplace"))
        types.append(LayerType("GELU", .pytorch, .elementwise, positional: "~approximate"))
        types.append(LayerType("Sigmoid", .pytorch, .elementwise, positional: ""))
        types.append(LayerType("Tanh", .pytorch, .elementwise, positional: ""))
        types.append(LayerType("Identity", .pytorch, .elementwise, positional: ""))
        types.append(LayerType("Softmax", .pytorch, .elementwise, positional: "~dim"))
        return types
    }()
}
