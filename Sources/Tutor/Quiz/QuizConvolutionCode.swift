/// A convolution as the quiz writes it: Keras with keyword arguments, PyTorch positionally, as
/// each framework's documentation does.
struct ConvolutionCode {
    var filters: Int
    /// One size per spatial axis: 1-D, 2-D or 3-D.
    var kernel: [Int]
    var strides = 1
    var same = false
    var dilation = 1
    var groups = 1
    var useBias = true
    /// Writes `padding='valid'` even though it is the default, when the question is about padding.
    var showPadding = false

    var rank: Int { kernel.count }
    var kernelText: String { kernel.map(String.init).joined(separator: "×") }

    /// "96 filters of 11×11 (stride 4)", "64 filters of 3×3 ('same' padding)".
    var phrase: String {
        var details: [String] = []
        if strides > 1 { details.append("stride \(strides)") }
        if dilation > 1 { details.append("dilation \(dilation)") }
        if same { details.append("'same' padding") }
        return "\(filters) filters of \(kernelText)" + (details.isEmpty ? "" : " (" + details.joined(separator: ", ") + ")")
    }

    var keras: String {
        var arguments = ["filters=\(filters)", "kernel_size=\(kerasTuple(kernel))"]
        if strides > 1 { arguments.append("strides=\(kerasTuple(Array(repeating: strides, count: rank)))") }
        if same || showPadding { arguments.append("padding='\(same ? "same" : "valid")'") }
        if dilation > 1 { arguments.append("dilation_rate=\(kerasTuple(Array(repeating: dilation, count: rank)))") }
        if groups > 1 { arguments.append("groups=\(groups)") }
        arguments.append("use_bias=\(useBias ? "True" : "False")")
        return "Conv\(rank)D(" + arguments.joined(separator: ", ") + ")"
    }

    /// The PyTorch call for an input of `inChannels`, or nil when PyTorch cannot pad the same way
    /// (its 'same' works only with stride 1).
    func pytorch(inChannels: Int) -> String? {
        var arguments = ["\(inChannels)", "\(filters)", "kernel_size=\(pytorchSize(kernel))"]
        if strides > 1 { arguments.append("stride=\(strides)") }
        let reach = kernel.map { dilation * ($0 - 1) }
        if same, reach.contains(where: { $0 > 0 }) {
            if reach.allSatisfy({ $0 % 2 == 0 }) {
                arguments.append("padding=\(pytorchSize(reach.map { $0 / 2 }))")
            } else if strides == 1 {
                arguments.append("padding='same'")
            } else {
                return nil
            }
        }
        if dilation > 1 { arguments.append("dilation=\(dilation)") }
        if groups > 1 { arguments.append("groups=\(groups)") }
        if !useBias { arguments.append("bias=False") }
        return "nn.Conv\(rank)d(" + arguments.joined(separator: ", ") + ")"
    }
}

/// `(3, 3)`; a single size stays a number, as Keras accepts it for Conv1D.
func kerasTuple(_ sizes: [Int]) -> String {
    sizes.count == 1 ? "\(sizes[0])" : "(" + sizes.map(String.init).joined(separator: ", ") + ")"
}

/// `3` when every size is the same, `(1, 7)` otherwise: PyTorch's usual spelling.
func pytorchSize(_ sizes: [Int]) -> String {
    if let first = sizes.first, sizes.allSatisfy({ $0 == first }) { return "\(first)" }
    return "(" + sizes.map(String.init).joined(separator: ", ") + ")"
}

/// `24×24×3`.
func timesText(_ sizes: [Int]) -> String {
    sizes.map(String.init).joined(separator: "×")
}
