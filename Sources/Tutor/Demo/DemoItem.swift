import ConvMath

/// One slide of classroom mode: the plain sentence, the code, and the derivation to reveal (a layer's
/// count, or a whole model's: every layer, then the sum).
public struct DemoItem: Sendable, Equatable {
    public var sentence: String
    public var code: [String]
    public var derivation: Derivation
    /// What the slide is in a walk through a model ("layer 2 of 3", "the whole model"); nil in the
    /// fixed sequence, where each slide is a layer of its own.
    public var place: String?
    /// What the answer counts, after the number: "parameters", "rows", "MACs".
    public var unit: String
    /// Shown once the answer is: a question set's notes for the presenter, and the wrong answers to expect.
    public var notes: [String]
    /// The numbers the question gives, to show large before any step is revealed.
    public var givens: [DemoGiven]

    /// A slide; without `givens`, those of the derivation's layer (`modelInput`, by default the layer's
    /// own input, and what the layer is made of).
    public init(sentence: String, code: [String], derivation: Derivation, place: String? = nil, unit: String = "parameters",
                notes: [String] = [], givens: [DemoGiven]? = nil, modelInput: TensorShape? = nil) {
        self.sentence = sentence
        self.code = code
        self.derivation = derivation
        self.place = place
        self.unit = unit
        self.notes = notes
        self.givens = givens ?? DemoGiven.of(AnalyzedLayer(spec: derivation.layer, inputShape: derivation.inputShape,
                                                           result: derivation.analysis),
                                             modelInput: modelInput ?? derivation.inputShape)
    }

    /// The number the slide arrives at.
    public var answer: Int { derivation.answer }
}

/// The layers a classroom demo walks through, from the classic example to separable and
/// transposed convolutions, or the one layer the presenter gave.
public enum DemoSequence {
    /// The fixed sequence: the classic example first, then one new idea at a time.
    static let canonical: [(input: String, layers: [String], sentence: String)] = [
        ("24x24x3", ["Conv2D(10, kernel_size=3)"], "10 filters of 3×3 over a 24×24×3 input, with biases."),
        ("24x24x3", ["Conv2D(10, kernel_size=3, use_bias=False)"], "The same layer without biases."),
        ("300x300x3", ["Conv2D(100, kernel_size=5)"], "100 filters of 5×5 over a 300×300×3 image: the image's size does not matter."),
        ("24x24x3", ["Conv2D(10, kernel_size=3)", "Conv2D(16, kernel_size=3)"],
         "A second layer of 16 filters of 3×3 on top: its kernels are as deep as the first layer has filters."),
        ("100x8", ["Conv1D(32, kernel_size=5)"], "32 filters of length 5 over a sequence of 100 steps with 8 channels."),
        ("16x32x32x4", ["Conv3D(16, kernel_size=(3, 3, 3))"], "16 filters of 3×3×3 over a 16-frame clip of 32×32 with 4 channels."),
        ("56x56x64", ["Conv2D(32, kernel_size=1)"], "A 1×1 convolution: 32 filters over 64 channels."),
        ("24x24x32", ["DepthwiseConv2D(kernel_size=3)"], "A depthwise 3×3 convolution over 32 channels."),
        ("24x24x32", ["SeparableConv2D(64, kernel_size=3)"], "A separable 3×3 convolution from 32 to 64 channels."),
        ("24x24x32", ["Conv2D(64, kernel_size=3, groups=4)"], "64 filters of 3×3 over 32 channels, in 4 groups."),
        ("8x8x32", ["Conv2DTranspose(16, kernel_size=3, strides=2, padding='same')"],
         "A transposed 3×3 convolution from 32 to 16 channels that doubles the size."),
    ]

    /// The canonical sequence, or with a seed, the same progression of ideas with other numbers.
    public static func items(seed: UInt64?) -> [DemoItem] {
        guard let seed else {
            return canonical.compactMap { item(input: $0.input, layers: $0.layers, sentence: $0.sentence) }
        }
        var generator = SeededGenerator(seed: seed)
        let skills: [Skill] = [.conv2d, .conv2dNoBias, .conv2dHidden, .conv1d, .conv3d, .depthwise, .separable, .grouped, .transposed]
        return skills.map { skill in
            let question = QuestionGenerator.generate(skill, difficulty: .typical, using: &generator)
            let layer = question.analysis.layers[question.focusLayer]
            return DemoItem(sentence: question.sentence, code: question.kerasCode,
                            derivation: Derivation(layer: layer.spec, inputShape: layer.inputShape, analysis: layer.result),
                            modelInput: question.analysis.inputShape)
        }
    }


    /// The layers the presenter gave, as a lecture builds up a model: a slide per layer with its own
    /// derivation, then a closing slide with the model's total, every layer then the sum. One layer is
    /// one slide.
    public static func model(input: String, layers: [String]) throws(ModelError) -> [DemoItem] {
        let sources = layers.enumerated().map { SourceText(name: "layer \($0.offset + 1)", text: $0.element) }
        let analysis = try ModelReader.read(sources, inputShape: try ShapeParser.parse(input)).analyze()
        guard analysis.layers.count > 1 else { return [try custom(input: input, layers: layers)] }
        return model(analysis, code: ["Input(shape=\(analysis.inputShape))"] + layers, named: false)
    }

    /// A model read from a file or typed as layers, walked a layer a slide, then its total. A layer
    /// object called again (a pool used twice) adds no parameters, so its second call has no slide of
    /// its own; `code` is what the closing slide shows for the whole model. With `named`, layers are
    /// called as the framework names them (`conv1`, `layer1.0.conv1`, Keras' `conv2d_1`) rather than by
    /// their place.
    public static func model(_ read: ModelAnalysis, code: [String], named: Bool = false) -> [DemoItem] {
        var analysis = read
        if named {
            let names = LayerNaming.names(for: analysis.layers, framework: analysis.framework)
            for index in analysis.layers.indices where analysis.layers[index].path == nil {
                analysis.layers[index].path = names[index]
            }
        }
        let own = analysis.layers.filter { !$0.sharedCall }
        let count = own.count
        var items = own.enumerated().map { index, layer in
            let derivation = Derivation(layer: layer.spec, inputShape: layer.inputShape, analysis: layer.result)
            let call = layer.spec.call.map(ExplanationReport.callText) ?? layer.spec.type.name
            let name = layer.path.map { "\($0): " } ?? ""
            return DemoItem(sentence: "Layer \(index + 1) of \(count)\(layer.path.map { ", \($0)" } ?? ""): \(derivation.headline).",
                            code: ["Input: \(layer.inputShape.timesDescription)", name + call],
                            derivation: derivation, place: "layer \(index + 1) of \(count)")
        }
        let total = Derivation(target: .modelParameters, analysis: analysis, focus: analysis.layers.count - 1,
                               answer: analysis.parameters.total)
        items.append(DemoItem(sentence: "The whole model: every layer's count, then the sum.",
                              code: code, derivation: total, place: "the whole model",
                              givens: [DemoGiven(label: "input", value: analysis.inputShape.timesDescription)]))
        return items
    }

    /// One item for layers the presenter typed; the last layer is the one derived.
    public static func item(input: String, layers: [String], sentence: String? = nil) -> DemoItem? {
        try? custom(input: input, layers: layers, sentence: sentence)
    }

    public static func custom(input: String, layers: [String], sentence: String? = nil) throws(ModelError) -> DemoItem {
        let sources = layers.enumerated().map { SourceText(name: "layer \($0.offset + 1)", text: $0.element) }
        let analysis = try ModelReader.read(sources, inputShape: try ShapeParser.parse(input)).analyze()
        guard let layer = analysis.layers.last else { throw ModelError("no layer to explain") }
        let derivation = Derivation(layer: layer.spec, inputShape: layer.inputShape, analysis: layer.result)
        return DemoItem(sentence: sentence ?? derivation.headline + ".",
                        code: ["Input(shape=\(analysis.inputShape))"] + layers, derivation: derivation,
                        modelInput: analysis.inputShape)
    }
}
