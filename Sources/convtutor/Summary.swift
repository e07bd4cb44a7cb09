import ArgumentParser
import ConvMath
import Tutor

/// The layer names the engine knows, as `summary --help` lists them. They are written out rather
/// than read from `LayerCatalog`, because the argument parser builds every command's help text on
/// every run, and building the catalog for it cost a run of `--version` a third of its time. A test
/// keeps them equal to the catalog.
enum LayerNames {
    static let keras = """
        Conv1D, Convolution1D, Conv1DTranspose, Convolution1DTranspose, MaxPooling1D, MaxPool1D, \
        AveragePooling1D, AvgPool1D, GlobalAveragePooling1D, GlobalAvgPool1D, GlobalMaxPooling1D, \
        GlobalMaxPool1D, SpatialDropout1D, Conv2D, Convolution2D, Conv2DTranspose, Convolution2DTranspose, \
        MaxPooling2D, MaxPool2D, AveragePooling2D, AvgPool2D, GlobalAveragePooling2D, GlobalAvgPool2D, \
        GlobalMaxPooling2D, GlobalMaxPool2D, SpatialDropout2D, Conv3D, Convolution3D, Conv3DTranspose, \
        Convolution3DTranspose, MaxPooling3D, MaxPool3D, AveragePooling3D, AvgPool3D, GlobalAveragePooling3D, \
        GlobalAvgPool3D, GlobalMaxPooling3D, GlobalMaxPool3D, SpatialDropout3D, DepthwiseConv2D, \
        SeparableConv2D, SeparableConvolution2D, Dense, Flatten, BatchNormalization, Dropout, Activation, \
        Rescaling, RandomFlip, RandomRotation, RandomZoom, RandomTranslation, RandomContrast, \
        RandomBrightness, GaussianNoise, GaussianDropout, AlphaDropout, ReLU, LeakyReLU, Softmax, Input, InputLayer
        """

    static let pytorch = """
        Conv1d, ConvTranspose1d, MaxPool1d, AvgPool1d, AdaptiveAvgPool1d, AdaptiveMaxPool1d, BatchNorm1d, \
        Dropout1d, Conv2d, ConvTranspose2d, MaxPool2d, AvgPool2d, AdaptiveAvgPool2d, AdaptiveMaxPool2d, \
        BatchNorm2d, Dropout2d, Conv3d, ConvTranspose3d, MaxPool3d, AvgPool3d, AdaptiveAvgPool3d, \
        AdaptiveMaxPool3d, BatchNorm3d, Dropout3d, Linear, Flatten, Dropout, ReLU, ReLU6, SiLU, Hardswish, \
        Mish, LeakyReLU, GELU, Sigmoid, Tanh, Identity, Softmax
        """
}

extension DataType: ExpressibleByArgument {}

/// `convtutor summary`: the table a framework's summary prints, with the formula behind each count.
struct Summary: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary", _superCommandName: "convtutor",
        abstract: "Print each layer's output shape and parameter count, with the formula that gives it.",
        discussion: HelpText.plain("""
            Counts and shapes are exactly what Keras 3 and PyTorch report. The framework is told by the \
            names: Conv2D is Keras, nn.Conv2d (or Conv2d) is PyTorch. Arguments that change no count \
            (activation, name, kernel_initializer, inplace, ...) are accepted and ignored.

            After the totals, each count's size in memory is written as Keras writes it, \
            "Total params: 48,690 (190.20 KB)": the parameters times the bytes of one value (4 in \
            float32, the default; --dtype picks another), in units of 1,024 (1 KB = 1,024 bytes), with \
            two decimals. The last line adds up the values every layer outputs for one input, and their \
            size in the same type. That is all it counts: training also keeps gradients and optimizer \
            state, a batch multiplies the outputs, and a framework may free or reuse some of them.

            Examples:
              convtutor summary --input 24x24x3 'Conv2D(10, 3)' 'Flatten()' 'Dense(10)'
              convtutor summary --input 3x32x32 'nn.Conv2d(3, 16, 3)' 'nn.BatchNorm2d(16)'
              convtutor summary --json --file model.py
              convtutor summary --dtype float16 --file model.py
              convtutor summary --input 3x224x224 --depth 2 --file resnet.py
              cat model.py | convtutor summary --input 224x224x3 -


            Keras layers: \(LayerNames.keras)

            PyTorch layers (with or without nn.): \(LayerNames.pytorch)

            A model file given with --file may also use: padding, cropping, upsampling, Reshape, Resizing and \
            CenterCrop; Add, Concatenate, Multiply and the other merges; torch.cat, +, view, flatten and the \
            functional ops (F.relu, F.max_pool2d, F.pad, ...); LayerNorm, GroupNorm, InstanceNorm, Embedding, \
            LayerNormalization, GroupNormalization and Normalization; Lambda; nn.Sequential, nn.ModuleList and \
            nn.ModuleDict. A value it cannot know that would change a count or a shape is an error that says \
            what to supply, never a guess.
            """))

    @OptionGroup var model: ModelInputOptions

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    @Option(help: ArgumentHelp(
        "The type each value is stored as, for the sizes in memory: float32 (4 bytes, the default), float16 or bfloat16 (2), int8 (1), float64 (8).",
        valueName: DataType.names))
    var dtype: DataType = .float32

    @Option(help: ArgumentHelp(
        "Fold a PyTorch model's modules nested deeper than this into one row each, with their layers' parameters summed and the output of their last call (1 shows the model's own modules).",
        valueName: "levels"))
    var depth: Int?

    func validate() throws {
        if let depth, depth < 1 { throw ValidationError("--depth must be at least 1") }
    }

    func run() throws {
        try Self.run(model.request, json: json, dataType: dtype, depth: depth)
    }

    static func run(_ model: ModelRequest, json: Bool, dataType: DataType = .float32, depth: Int? = nil) throws {
        let report = SummaryReport(try model.readModel(), dataType: dataType, depth: depth)
        Console.print(json ? report.json().pretty() : report.text(width: model.columns, unicode: model.unicode))
    }
}
