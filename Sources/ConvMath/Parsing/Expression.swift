/// A Python-like expression as written in model code, with where it stands.
public struct Expression: Sendable, Equatable {
    public indirect enum Kind: Sendable, Equatable {
        case integer(Int)
        case float(Double)
        case string(String)
        case bool(Bool)
        case none
        /// A possibly dotted name: `nn.Conv2d` is `["nn", "Conv2d"]`.
        case name([String])
        case tuple([Expression])
        case list([Expression])
        case dictionary
        case call(callee: Expression, arguments: [CallArgument])
        case binary(String, Expression, Expression)
        case negate(Expression)
        case lambda
    }

    public var kind: Kind
    public var span: SourceSpan

    /// How deep an expression may nest (brackets, calls, signs and operators in a row, each one
    /// level) before it is refused, so that nothing that reads or walks one can run out of stack.
    /// Python's own parser stops at 200 brackets; a layer's arguments need a handful.
    public static let maximumDepth = 100

    public init(_ kind: Kind, span: SourceSpan) {
        self.kind = kind
        self.span = span
    }

    /// The dotted name when this is a plain name.
    public var dottedName: [String]? {
        if case .name(let parts) = kind { return parts }
        return nil
    }
}

/// One argument of a call: `10`, or `kernel_size=3`.
public struct CallArgument: Sendable, Equatable {
    public var label: String?
    public var labelSpan: SourceSpan?
    public var value: Expression

    public init(label: String? = nil, labelSpan: SourceSpan? = nil, value: Expression) {
        self.label = label
        self.labelSpan = labelSpan
        self.value = value
    }

    /// The whole argument, label included.
    public var span: SourceSpan { labelSpan.map { $0.through(value.span) } ?? value.span }
}
