import ConvMath

/// Reads layers the way the command line does: each string is its own source.
func analyze(_ layers: [String], input: String?) throws -> ModelAnalysis {
    let sources = layers.enumerated().map { SourceText(name: "layer \($0.offset + 1)", text: $0.element) }
    return try ModelReader.read(sources, inputShape: try input.map(ShapeParser.parse)).analyze()
}

/// Reads one pasted file.
func analyzeFile(_ text: String, input: String? = nil) throws -> ModelAnalysis {
    try ModelReader.read([SourceText(name: "model.py", text: text)], inputShape: try input.map(ShapeParser.parse)).analyze()
}

/// The error a model description raises, or nil when it reads and analyzes cleanly.
func modelError(_ layers: [String], input: String?) -> ModelError? {
    do {
        _ = try analyze(layers, input: input)
        return nil
    } catch let error as ModelError {
        return error
    } catch {
        return ModelError("unexpected error type: \(error)")
    }
}

enum Published {
    /// VGG16 as Keras Applications builds it (include_top=True), on 224×224×3.
    static let vgg16Keras: [String] = {
        var layers: [String] = []
        for (filters, count) in [(64, 2), (128, 2), (256, 3), (512, 3), (512, 3)] {
            for _ in 0..<count {
                layers.append("layers.Conv2D(\(filters), (3, 3), activation='relu', padding='same')")
            }
            layers.append("layers.MaxPooling2D((2, 2), strides=(2, 2))")
        }
        return layers + [
            "layers.Flatten(name='flatten')",
            "layers.Dense(4096, activation='relu', name='fc1')",
            "layers.Dense(4096, activation='relu', name='fc2')",
            "layers.Dense(1000, activation='softmax', name='predictions')",
        ]
    }()

    /// AlexNet as torchvision writes it (features, avgpool, classifier), with the flatten its forward() does.
    static let alexNetTorchvision = """
        nn.Sequential(
            nn.Conv2d(3, 64, kernel_size=11, stride=4, padding=2),
            nn.ReLU(inplace=True),
            nn.MaxPool2d(kernel_size=3, stride=2),
            nn.Conv2d(64, 192, kernel_size=5, padding=2),
            nn.ReLU(inplace=True),
            nn.MaxPool2d(kernel_size=3, stride=2),
            nn.Conv2d(192, 384, kernel_size=3, padding=1),
            nn.ReLU(inplace=True),
            nn.Conv2d(384, 256, kernel_size=3, padding=1),
            nn.ReLU(inplace=True),
            nn.Conv2d(256, 256, kernel_size=3, padding=1),
            nn.ReLU(inplace=True),
            nn.MaxPool2d(kernel_size=3, stride=2),
        )
        nn.AdaptiveAvgPool2d((6, 6))
        nn.Flatten()
        nn.Sequential(
            nn.Dropout(p=0.5),
            nn.Linear(256 * 6 * 6, 4096),
            nn.ReLU(inplace=True),
            nn.Dropout(p=0.5),
            nn.Linear(4096, 4096),
            nn.ReLU(inplace=True),
            nn.Linear(4096, 1000),
        )
        """
}
