extension LayerCall {
    /// The call as Python with every argument a literal: the first two positional arguments as they
    /// are, the others by their parameter's name, and arguments that change no count (read as
    /// `None`) left out; `torch.nn.` is written `nn.`, as model code does. A call the Python reader built from variables (`conv3x3(planes, planes,
    /// stride)`) reads back as the layer it made: `nn.Conv2d(64, 64, kernel_size=3, stride=1, ...)`.
    /// Nil when an argument is not a literal (a call read from text, not evaluated).
    public func pythonText(_ type: LayerType) -> String? {
        let positionalNames = type.parameters.filter(\.isPositional).map(\.name)
        var parts: [String] = []
        var position = 0
        var byName = false
        for argument in arguments {
            guard let value = Self.literalText(argument.value) else { return nil }
            let label = argument.label ?? (position < positionalNames.count ? positionalNames[position] : nil)
            if argument.label == nil { position += 1 }
            let affectsCount = label.flatMap { type.parameter(named: $0) }?.affectsCount ?? true
            if case .none = argument.value.kind, !affectsCount {
                byName = byName || argument.label == nil
                continue
            }
            if argument.label == nil, position <= 2, !byName {
                parts.append(value)
            } else if let label {
                parts.append("\(label)=\(value)")
            } else {
                return nil
            }
        }
        // `import torch.nn as nn` makes the reader see `torch.nn.Conv2d`; model code writes `nn.Conv2d`.
        let shownPrefix = prefix.starts(with: ["torch", "nn"]) ? Array(prefix.dropFirst()) : prefix
        return "\((shownPrefix + [name]).joined(separator: "."))(\(parts.joined(separator: ", ")))"
    }

    private static func literalText(_ expression: Expression, depth: Int = 0) -> String? {
        guard depth < 16 else { return nil }
        switch expression.kind {
        case .integer(let value): return String(value)
        case .float(let value): return String(value)
        case .bool(let value): return value ? "True" : "False"
        case .none: return "None"
        case .string(let text):
            guard !text.contains("'"), !text.contains("\\"), !text.contains("\n") else { return nil }
            return "'\(text)'"
        case .tuple(let items):
            var texts: [String] = []
            for item in items {
                guard let text = literalText(item, depth: depth + 1) else { return nil }
                texts.append(text)
            }
            return texts.count == 1 ? "(\(texts[0]),)" : "(\(texts.joined(separator: ", ")))"
        case .list(let items):
            var texts: [String] = []
            for item in items {
                guard let text = literalText(item, depth: depth + 1) else { return nil }
                texts.append(text)
            }
            return "[\(texts.joined(separator: ", "))]"
        default:
            return nil
        }
    }
}
