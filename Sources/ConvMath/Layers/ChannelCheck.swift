/// Checks shared by the layers that declare or split channels.
enum ChannelCheck {
    /// A declared channel count (PyTorch's `in_channels`, `num_features`, `in_features`) must match the input.
    static func declared(_ declared: Int?, argument: String, layer: String, input: TensorShape, channels: Int,
                         what: String = "channels") throws(LayerProblem) {
        guard let declared, declared != channels else { return }
        throw LayerProblem("\(layer): \(argument) is \(declared) but the input has \(channels) \(what) (its shape is \(input))",
                           argument: argument,
                           hint: "set \(argument)=\(channels): it must equal what the previous layer produces")
    }

    static func groups(_ groups: Int, channels: Int, outputs: Int, layer: String, outputName: String) throws(LayerProblem) {
        guard channels % groups == 0 else {
            throw LayerProblem("\(layer): the input's \(channels) channels cannot be split into \(groups) equal groups",
                               argument: "groups",
                               hint: "groups must divide the input's channel count \(channels)")
        }
        guard outputs % groups == 0 else {
            throw LayerProblem("\(layer): \(outputName)=\(outputs) cannot be split into \(groups) equal groups",
                               argument: "groups",
                               hint: "groups must divide \(outputName)")
        }
    }
}
