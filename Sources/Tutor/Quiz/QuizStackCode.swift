/// One layer of a stack as the quiz writes it: a convolution, or a max pooling window.
enum StackLayerCode {
    case convolution(ConvolutionCode)
    case pooling(size: Int, stride: Int)

    /// The output channels after this layer, given the channels before it.
    func channels(after input: Int) -> Int {
        if case .convolution(let code) = self { return code.filters }
        return input
    }

    var keras: String {
        switch self {
        case .convolution(let code): return code.keras
        case .pooling(let size, let stride):
            let strides = stride == size ? "" : ", strides=\(kerasTuple([stride, stride]))"
            return "MaxPooling2D(pool_size=\(kerasTuple([size, size]))\(strides))"
        }
    }

    func pytorch(inChannels: Int) -> String? {
        switch self {
        case .convolution(let code): return code.pytorch(inChannels: inChannels)
        case .pooling(let size, let stride):
            return "nn.MaxPool2d(\(size)" + (stride == size ? ")" : ", stride=\(stride))")
        }
    }

    /// "64 filters of 3×3 ('same' padding)", "3×3 max pooling (stride 2)".
    var phrase: String {
        switch self {
        case .convolution(let code): return code.phrase
        case .pooling(let size, let stride):
            return "\(size)×\(size) max pooling" + (stride == size ? "" : " (stride \(stride))")
        }
    }

    /// A stack over an input in Keras and PyTorch (empty when PyTorch cannot pad the same way), with
    /// the stack in words: "64 filters of 3×3, then 2×2 max pooling".
    static func stack(_ layers: [StackLayerCode], input shape: [Int]) -> (keras: [String], pytorch: [String], words: String) {
        var channels = shape.last ?? 1
        var pytorch: [String] = []
        for layer in layers {
            if let line = layer.pytorch(inChannels: channels) { pytorch.append(line) }
            channels = layer.channels(after: channels)
        }
        return ([QuizDrafts.kerasInput(shape)] + layers.map(\.keras), pytorch.count == layers.count ? pytorch : [],
                layers.map(\.phrase).joined(separator: ", then "))
    }
}
