import ConvMath

extension QuizDrafts {
    // MARK: - Layers of famous networks

    /// A module of a famous network by its path, counted from the network's own code: a plain
    /// convolution of AlexNet or VGG16 (`.mental`); a layer of ResNet-50 or MobileNetV2, grouped,
    /// depthwise, without bias, or a Linear layer (`.typical`); what weight sharing saves, or a
    /// whole block (`.interview`).
    static func famousLayer(_ difficulty: Difficulty, random: inout SeededGenerator) -> QuizDraft {
        switch difficulty {
        case .mental:
            let network = random.pick([FamousNetwork.alexNet, .vgg16])
            return famousLayerDraft(network, path: random.pick(famousPaths(network, convolutionsOnly: true)))
        case .typical:
            let network = random.pick([FamousNetwork.resNet50, .resNet50, .mobileNetV2, .mobileNetV2, .alexNet, .vgg16])
            let convolutions = network == .resNet50 || network == .mobileNetV2
            var paths = famousPaths(network, convolutionsOnly: convolutions, linearOnly: !convolutions)
            let shortcuts = paths.filter { $0.hasSuffix("downsample.0") }
            if !shortcuts.isEmpty, random.chance(1, in: 4) { paths = shortcuts }
            return famousLayerDraft(network, path: random.pick(paths))
        case .interview:
            if random.chance(1, in: 2) {
                let network = random.pick([FamousNetwork.alexNet, .alexNet, .vgg16, .resNet50])
                let path = network == .alexNet || random.chance(1, in: 2)
                    ? famousPaths(network, convolutionsOnly: true)[0]
                    : random.pick(famousPaths(network, convolutionsOnly: true))
                return famousSharingDraft(network, path: path)
            }
            let network = random.pick([FamousNetwork.mobileNetV2, .mobileNetV2, .resNet50])
            return famousBlockDraft(network, path: random.pick(famousBlocks(network)))
        }
    }

    /// The paths of a network's convolutions (or of its Linear layers), in order.
    static func famousPaths(_ network: FamousNetwork, convolutionsOnly: Bool = false, linearOnly: Bool = false) -> [String] {
        let paths = (network.analysis?.layers ?? []).compactMap { row -> String? in
            guard !row.sharedCall, let path = row.path else { return nil }
            switch row.spec.operation {
            case .convolution: return linearOnly ? nil : path
            case .dense: return convolutionsOnly ? nil : path
            default: return nil
            }
        }
        return paths.isEmpty ? ["features.0"] : paths
    }

    /// The paths of the blocks whose layers follow one another: MobileNetV2's inverted residuals,
    /// ResNet-50's bottlenecks without a layer on the shortcut.
    static func famousBlocks(_ network: FamousNetwork) -> [String] {
        var blocks: [String] = []
        for row in network.analysis?.layers ?? [] {
            guard let parts = row.path?.split(separator: "."), parts.count > 2 else { continue }
            let block = parts.prefix(2).joined(separator: ".")
            if blocks.last != block, FamousModule(network, path: block) != nil { blocks.append(block) }
        }
        return blocks.isEmpty ? ["features.1"] : blocks
    }

    private static func famousPlace(_ module: FamousModule) -> String {
        "In \(module.network.title), as torchvision builds it on a 3×224×224 image, \(module.path) receives "
            + "\(module.inputShape.timesDescription) (channels first)"
    }

    /// One layer: its own call, with the input it gets in the network.
    static func famousLayerDraft(_ network: FamousNetwork, path: String) -> QuizDraft {
        guard let module = FamousModule(network, path: path), module.isLayer else { return famousFallback() }
        let kind = module.rows[0].spec.type.name
        return QuizDraft(sentence: famousPlace(module) + ". It is this \(kind):",
                         ask: "How many parameters does \(path) have?", target: .layerParameters, keras: [],
                         pytorch: module.code, pytorchInput: module.inputShape, focusLayer: 0, engine: .pytorch,
                         analysis: module.analysis, keepsDraw: true)
    }

    /// A convolution's count without weight sharing.
    static func famousSharingDraft(_ network: FamousNetwork, path: String) -> QuizDraft {
        guard let module = FamousModule(network, path: path), module.isLayer else { return famousFallback() }
        return QuizDraft(sentence: famousPlace(module) + ". Each of its filters uses one kernel at every position:",
                         ask: "Without weight sharing, with a kernel and bias of its own at every output position (a locally "
                            + "connected layer), how many parameters would \(path) have?",
                         target: .unsharedParameters, keras: [], pytorch: module.code, pytorchInput: module.inputShape,
                         focusLayer: 0, engine: .pytorch, analysis: module.analysis, keepsDraw: true)
    }

    /// A whole block: every module under its path.
    static func famousBlockDraft(_ network: FamousNetwork, path: String) -> QuizDraft {
        guard let module = FamousModule(network, path: path), !module.isLayer else { return famousFallback() }
        let what = network == .mobileNetV2 ? "inverted residual block" : "bottleneck block"
        return QuizDraft(sentence: famousPlace(module) + ". It is one \(what), made of these modules:",
                         ask: "How many parameters does \(path) have in all?", target: .modelParameters, keras: [],
                         pytorch: module.code, pytorchInput: module.inputShape, focusLayer: 0, engine: .pytorch,
                         analysis: module.analysis, keepsDraw: true)
    }

    /// AlexNet's first convolution written out, read by the line reader: only if the shipped
    /// networks could not be read, which the tests rule out.
    private static func famousFallback() -> QuizDraft {
        QuizDraft(sentence: "AlexNet's first convolution, features.0, on a 3×224×224 image:",
                  ask: QuizDraft.layerAsk, target: .layerParameters, keras: [],
                  pytorch: ["nn.Conv2d(3, 64, kernel_size=11, stride=4, padding=2)"],
                  pytorchInput: TensorShape([3, 224, 224]), focusLayer: 0, engine: .pytorch)
    }
}
