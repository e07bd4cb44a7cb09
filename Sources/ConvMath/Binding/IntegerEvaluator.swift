/// Evaluates an integer argument such as `256 * 6 * 6` exactly, refusing what is not a whole number.
enum IntegerEvaluator {
    static func evaluate(_ expression: Expression, argument: String, layer: String) throws(ModelError) -> Int {
        try evaluate(expression, argument: argument, layer: layer, depth: 0)
    }

    private static func evaluate(_ expression: Expression, argument: String, layer: String, depth: Int) throws(ModelError) -> Int {
        guard depth < Expression.maximumDepth else {
            throw ModelError("\(layer): '\(argument)' nests more than \(Expression.maximumDepth) levels deep",
                             at: expression.span, hint: "write the number itself")
        }
        switch expression.kind {
        case .integer(let value):
            return value
        case .negate(let inner):
            let value = try evaluate(inner, argument: argument, layer: layer, depth: depth + 1)
            return try exact(expression) { () throws(ArithmeticOverflow) in try Exact.subtract(0, value) }
        case .binary(let op, let left, let right):
            let a = try evaluate(left, argument: argument, layer: layer, depth: depth + 1)
            let b = try evaluate(right, argument: argument, layer: layer, depth: depth + 1)
            switch op {
            case "+": return try exact(expression) { () throws(ArithmeticOverflow) in try Exact.add(a, b) }
            case "-": return try exact(expression) { () throws(ArithmeticOverflow) in try Exact.subtract(a, b) }
            case "*": return try exact(expression) { () throws(ArithmeticOverflow) in try Exact.multiply(a, b) }
            case "//", "%":
                guard b != 0 else { throw ModelError("\(layer): division by zero in '\(argument)'", at: right.span) }
                let quotient = try exact(expression) { () throws(ArithmeticOverflow) in try Exact.floorDivide(a, b) }
                return op == "//" ? quotient : a - quotient * b
            default:
                throw ModelError("\(layer): '\(argument)' must be a whole number; '\(op)' gives a fraction in Python",
                                 at: expression.span, hint: "use // for whole-number division")
            }
        case .bool:
            throw ModelError("\(layer): '\(argument)' must be a whole number, not True or False", at: expression.span)
        case .float(let value):
            throw ModelError("\(layer): '\(argument)' must be a whole number, got \(value)", at: expression.span)
        case .string(let text):
            throw ModelError("\(layer): '\(argument)' must be a whole number, got the string '\(text.excerpt)'", at: expression.span)
        case .name(let path):
            throw ModelError("\(layer): '\(argument)' is the variable '\(path.joined(separator: ".").excerpt)', whose value is unknown here",
                             at: expression.span, hint: "write the number itself")
        case .none:
            throw ModelError("\(layer): '\(argument)' must be a whole number, not None", at: expression.span)
        case .tuple, .list:
            throw ModelError("\(layer): '\(argument)' must be a single whole number here", at: expression.span)
        default:
            throw ModelError("\(layer): '\(argument)' must be a whole number", at: expression.span)
        }
    }

    private static func exact(_ expression: Expression, _ body: () throws(ArithmeticOverflow) -> Int) throws(ModelError) -> Int {
        do {
            return try body()
        } catch {
            throw ModelError("this value does not fit in 64 bits", at: expression.span)
        }
    }
}
