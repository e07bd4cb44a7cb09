import ConvMath

/// The names a summary shows for layers: Keras' automatic `conv2d`, `conv2d_1`, … (or the `name=`
/// argument), and torchsummary's `Conv2d-1`, `ReLU-2`, … for PyTorch.
public enum LayerNaming {
    public static func names(for layers: [AnalyzedLayer], framework: Framework) -> [String] {
        var seen: [String: Int] = [:]
        return layers.enumerated().map { index, layer in
            if framework == .pytorch { return "\(layer.spec.type.name)-\(index + 1)" }
            if let given = layer.spec.call?.arguments.first(where: { $0.label == "name" }),
               case .string(let name) = given.value.kind {
                return name
            }
            let base = snakeCase(layer.spec.type.className)
            let count = seen[base, default: 0]
            seen[base] = count + 1
            return count == 0 ? base : "\(base)_\(count)"
        }
    }

    /// Keras' rule: `MaxPooling2D` → `max_pooling2d`, `ReLU` → `re_lu`.
    public static func snakeCase(_ name: String) -> String {
        let characters = Array(name)
        var result = ""
        for (index, character) in characters.enumerated() {
            if index > 0, character.isUppercase {
                let previous = characters[index - 1]
                let next = index + 1 < characters.count ? characters[index + 1] : nil
                let startsWord = next.map { $0.isLowercase } ?? false
                if previous.isLowercase || (startsWord && previous != "_") {
                    result.append("_")
                }
            }
            result.append(character)
        }
        return result.lowercased()
    }
}
