/// A call's arguments matched to the names its layer type takes, with typed readers that point
/// at the offending value when it is not what the layer needs.
public struct BoundArguments: Sendable {
    public var type: LayerType
    public var call: LayerCall
    private var values: [String: CallArgument]

    init(type: LayerType, call: LayerCall, values: [String: CallArgument]) {
        self.type = type
        self.call = call
        self.values = values
    }

    /// Matches positional and keyword arguments to the layer's parameters, as Python would.
    public static func bind(_ call: LayerCall, to type: LayerType) throws(ModelError) -> BoundArguments {
        let parameters = type.parameters
        let positional = parameters.filter(\.isPositional)
        var values: [String: CallArgument] = [:]
        var index = 0
        for argument in call.arguments {
            if let label = argument.label {
                guard parameters.contains(where: { $0.name == label }) else {
                    throw ModelError("\(type.name) has no argument '\(label.excerpt)'",
                                     at: argument.labelSpan ?? argument.span,
                                     hint: unknownArgumentHint(label, type: type))
                }
                guard values[label] == nil else {
                    throw ModelError("\(type.name) is given '\(label.excerpt)' twice", at: argument.span)
                }
                values[label] = argument
            } else {
                guard index < positional.count else {
                    let names = positional.prefix(4).map(\.name).joined(separator: ", ")
                    throw ModelError("\(type.name) takes at most \(positional.count) positional arguments",
                                     at: argument.span,
                                     hint: positional.isEmpty ? "\(type.name) takes no positional arguments"
                                        : "its positional arguments are \(names)…; name this one, as kernel_size=3")
                }
                let name = positional[index].name
                guard values[name] == nil else {
                    throw ModelError("\(type.name) is given '\(name)' twice", at: argument.span)
                }
                values[name] = argument
                index += 1
            }
        }
        for parameter in parameters where parameter.isRequired && values[parameter.name] == nil {
            throw ModelError("\(type.name) needs the argument '\(parameter.name)'", at: call.span,
                             hint: "write it as \(type.signature)")
        }
        return BoundArguments(type: type, call: call, values: values)
    }

    private static func unknownArgumentHint(_ label: String, type: LayerType) -> String {
        let names = type.countedParameterNames
        let takes = "\(type.name) takes " + (names.isEmpty ? "no arguments that change its counts" : names.joined(separator: ", "))
        let candidates = type.parameters.map(\.name)
        if let close = Spelling.closest(to: label, among: candidates) {
            return "did you mean '\(close)'? \(takes)"
        }
        return takes
    }

    // MARK: - Reading values

    public func has(_ name: String) -> Bool {
        guard let argument = values[name] else { return false }
        if case .none = argument.value.kind { return false }
        return true
    }

    public func argument(_ name: String) -> CallArgument? { values[name] }

    /// Where a named argument stands, or the whole call when it was not given.
    public func span(of name: String) -> SourceSpan {
        values[name]?.span ?? call.span
    }

    func error(_ message: String, at name: String, hint: String? = nil) -> ModelError {
        ModelError(message, at: span(of: name), hint: hint)
    }

    /// A whole number; `minimum` is checked with a message naming the argument.
    public func integer(_ name: String, default fallback: Int? = nil, minimum: Int = 1) throws(ModelError) -> Int {
        guard let argument = values[name], argument.value.kind != .none else {
            if let fallback { return fallback }
            throw ModelError("\(type.name) needs the argument '\(name)'", at: call.span, hint: "write it as \(type.signature)")
        }
        let value = try IntegerEvaluator.evaluate(argument.value, argument: name, layer: type.name)
        guard value >= minimum else {
            throw ModelError("\(type.name): '\(name)' must be at least \(minimum), got \(value)", at: argument.value.span)
        }
        return value
    }

    /// One whole number per spatial axis: `3` is `(3, 3)` for a 2-D layer; `(3, 5)` is taken as written.
    public func integers(_ name: String, count: Int, default fallback: [Int]? = nil, minimum: Int = 1) throws(ModelError) -> [Int] {
        guard let argument = values[name], argument.value.kind != .none else {
            if let fallback { return fallback }
            throw ModelError("\(type.name) needs the argument '\(name)'", at: call.span, hint: "write it as \(type.signature)")
        }
        let expressions: [Expression]
        switch argument.value.kind {
        case .tuple(let elements), .list(let elements):
            expressions = elements
            guard elements.count == count else {
                throw ModelError("\(type.name): '\(name)' needs \(count) value\(count == 1 ? "" : "s") (one per spatial axis), got \(elements.count)",
                                 at: argument.value.span,
                                 hint: "write one number, or a tuple of \(count)")
            }
        default:
            let single = try IntegerEvaluator.evaluate(argument.value, argument: name, layer: type.name)
            expressions = []
            guard single >= minimum else {
                throw ModelError("\(type.name): '\(name)' must be at least \(minimum), got \(single)", at: argument.value.span)
            }
            return Array(repeating: single, count: count)
        }
        var result: [Int] = []
        for expression in expressions {
            let value = try IntegerEvaluator.evaluate(expression, argument: name, layer: type.name)
            guard value >= minimum else {
                throw ModelError("\(type.name): every value of '\(name)' must be at least \(minimum), got \(value)",
                                 at: expression.span)
            }
            result.append(value)
        }
        return result
    }

    public func bool(_ name: String, default fallback: Bool) throws(ModelError) -> Bool {
        guard let argument = values[name] else { return fallback }
        switch argument.value.kind {
        case .bool(let value): return value
        case .integer(let value) where value == 0 || value == 1: return value == 1
        default:
            throw ModelError("\(type.name): '\(name)' must be True or False", at: argument.value.span)
        }
    }

    /// A string from a fixed set, compared without regard to case.
    public func choice(_ name: String, among options: [String], default fallback: String) throws(ModelError) -> String {
        guard let argument = values[name], argument.value.kind != .none else { return fallback }
        guard case .string(let text) = argument.value.kind else {
            throw ModelError("\(type.name): '\(name)' must be one of \(options.quotedList)", at: argument.value.span)
        }
        guard let match = options.first(where: { $0 == text.lowercased() }) else {
            throw ModelError("\(type.name): '\(name)' must be one of \(options.quotedList), not '\(text.excerpt)'",
                             at: argument.value.span)
        }
        return match
    }

    /// A list of sizes such as an input shape; `None` is refused because it cannot be counted.
    public func shape(_ name: String) throws(ModelError) -> [Int]? {
        guard let argument = values[name], argument.value.kind != .none else { return nil }
        let elements: [Expression]
        switch argument.value.kind {
        case .tuple(let items), .list(let items): elements = items
        default: elements = [argument.value]
        }
        var result: [Int] = []
        for element in elements {
            if element.kind == .none {
                throw ModelError("\(type.name): a size of None cannot be counted", at: element.span,
                                 hint: "give every size of '\(name)' as a number")
            }
            let value = try IntegerEvaluator.evaluate(element, argument: name, layer: type.name)
            guard value >= 1 else {
                throw ModelError("\(type.name): every size in '\(name)' must be at least 1, got \(value)", at: element.span)
            }
            result.append(value)
        }
        guard !result.isEmpty else {
            throw ModelError("\(type.name): '\(name)' is empty", at: argument.value.span)
        }
        return result
    }
}

extension Array where Element == String {
    var quotedList: String { map { "'\($0)'" }.joined(separator: ", ") }
}
