import ConvMath
import NetworksBundle

/// A famous network that ships with convtutor as PyTorch model code (`Networks/`), read by the
/// engine's Python reader: questions about its layers take their counts from that reading.
public enum FamousNetwork: String, CaseIterable, Sendable {
    case alexNet = "alexnet"
    case vgg16
    case resNet50 = "resnet50"
    case mobileNetV2 = "mobilenet_v2"

    /// The name people know it by.
    public var title: String {
        switch self {
        case .alexNet: return "AlexNet"
        case .vgg16: return "VGG16"
        case .resNet50: return "ResNet-50"
        case .mobileNetV2: return "MobileNetV2"
        }
    }

    /// The image every network is read on: 3 channels of 224×224, channels first.
    public static let inputShape = TensorShape([3, 224, 224])

    /// The file of `Networks/` that defines it.
    public var fileName: String { rawValue + ".py" }

    /// Its model code as shipped.
    public var source: String {
        EmbeddedNetworks.files.first { $0.name == fileName }?.text ?? ""
    }

    /// Reads the network with the engine, every time it is called.
    public func read() throws(ModelError) -> ModelAnalysis {
        var analysis = try SourceModelReader.read(SourceText(name: fileName, text: source),
                                                  options: SourceModelReader.Options(inputShape: Self.inputShape))
        analysis.modelName = title
        return analysis
    }

    /// The engine's reading, made once per process: a question about a layer looks it up here
    /// rather than reading the whole network again. Nil only if the shipped code does not read.
    public var analysis: ModelAnalysis? {
        switch self {
        case .alexNet: return Self.alexNetAnalysis
        case .vgg16: return Self.vgg16Analysis
        case .resNet50: return Self.resNet50Analysis
        case .mobileNetV2: return Self.mobileNetV2Analysis
        }
    }

    private static let alexNetAnalysis = try? FamousNetwork.alexNet.read()
    private static let vgg16Analysis = try? FamousNetwork.vgg16.read()
    private static let resNet50Analysis = try? FamousNetwork.resNet50.read()
    private static let mobileNetV2Analysis = try? FamousNetwork.mobileNetV2.read()

    /// The network a model name names, as `read()` names it.
    static func named(_ title: String?) -> FamousNetwork? {
        allCases.first { $0.title == title }
    }
}
