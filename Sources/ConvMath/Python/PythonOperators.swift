extension PythonInterpreter {
    /// A binary operator with Python's semantics: exact integers (overflow is an error), floor
    /// division and modulo that round toward negative infinity, string and list arithmetic, and
    /// element-wise tensor arithmetic whose shapes must agree.
    func binary(_ op: String, _ a: PyValue, _ b: PyValue, at span: SourceSpan, left: SourceSpan,
                right: SourceSpan) throws(ModelError) -> PyValue {
        if let opaque = a.opaque ?? b.opaque { return .opaque(opaque) }
        switch (a, b) {
        case (.tensor(let x), .tensor(let y)):
            return computed(try broadcast(x, y, op: op, at: span), from: [x, y])
        case (.tensor(let x), .integer), (.tensor(let x), .float), (.tensor(let x), .bool):
            return computed(SymbolicTensor(id: makeID(), shape: x.shape, framework: x.framework), from: [x])
        case (.integer, .tensor(let y)), (.float, .tensor(let y)), (.bool, .tensor(let y)):
            return computed(SymbolicTensor(id: makeID(), shape: y.shape, framework: y.framework), from: [y])
        case (.batch, _), (_, .batch):
            return .opaque(Opaque(origin: text(span), span: span))
        case (.string(let x), .string(let y)) where op == "+":
            guard x.utf8.count + y.utf8.count <= Self.maximumItems else { throw tooLarge(span) }
            return .string(x + y)
        case (.string(let x), _) where op == "%":
            if case .tuple(let items) = b, let opaque = items.lazy.compactMap(\.opaque).first { return .opaque(opaque) }
            if case .batch = b { return .opaque(Opaque(origin: text(span), span: span)) }
            return .string(try percentFormat(x, b, at: span))
        case (.string(let x), .integer(let n)) where op == "*":
            guard n <= 0 || x.utf8.count.multipliedReportingOverflow(by: n).partialValue <= Self.maximumItems,
                  n <= Self.maximumItems else { throw tooLarge(span) }
            return .string(String(repeating: x, count: max(0, n)))
        case (.list(let x), .list(let y)) where op == "+":
            guard x.items.count + y.items.count <= Self.maximumItems else { throw tooLarge(span) }
            return try checkNesting(.list(PyList(x.items + y.items)), at: span)
        case (.tuple(let x), .tuple(let y)) where op == "+":
            guard x.count + y.count <= Self.maximumItems else { throw tooLarge(span) }
            return try checkNesting(.tuple(x + y), at: span)
        case (.list(let x), .integer(let n)) where op == "*":
            return .list(PyList(try repeated(x.items, n, at: span)))
        case (.tuple(let x), .integer(let n)) where op == "*": return .tuple(try repeated(x, n, at: span))
        case (.integer(let n), .list(let x)) where op == "*": return .list(PyList(try repeated(x.items, n, at: span)))
        default: break
        }
        if let x = intValue(a), let y = intValue(b) { return try integerOperation(op, x, y, at: span, right: right) }
        if let x = doubleValue(a), let y = doubleValue(b) {
            switch op {
            case "+": return .float(x + y)
            case "-": return .float(x - y)
            case "*": return .float(x * y)
            case "/":
                guard y != 0 else { throw programError("division by zero", at: right) }
                return .float(x / y)
            case "//":
                guard y != 0 else { throw programError("division by zero", at: right) }
                return .float(WholeNumbers.floor(x / y))
            case "%":
                guard y != 0 else { throw programError("modulo by zero", at: right) }
                let r = x - WholeNumbers.floor(x / y) * y
                return .float(r)
            case "**": return try power(x, y, at: span)
            default: break
            }
        }
        throw programError("'\(op)' cannot combine \(a.typeName) and \(b.typeName)", at: span)
    }

    /// `x ** y` for floats: whole exponents exactly as repeated products, and
    /// otherwise an unknown value (the reader has no use for other powers).
    private func power(_ x: Double, _ y: Double, at span: SourceSpan) throws(ModelError) -> PyValue {
        if WholeNumbers.isWhole(y), abs(y) <= 4096 {
            var result = 1.0
            for _ in 0..<Int(abs(y)) { result *= x }
            return .float(y < 0 ? 1 / result : result)
        }
        return .opaque(Opaque(origin: text(span), span: span))
    }

    /// How many items a list, or characters a string, may hold: far more than model code needs, and
    /// few enough that no program can exhaust memory by doubling one.
    static let maximumItems = 1_000_000

    private func tooLarge(_ span: SourceSpan) -> ModelError {
        error("this makes a list or string of more than a million items, more than any model needs", at: span)
    }

    private func repeated(_ items: [PyValue], _ n: Int, at span: SourceSpan) throws(ModelError) -> [PyValue] {
        guard n > 0 else { return [] }
        guard items.count.multipliedReportingOverflow(by: n).partialValue <= Self.maximumItems, n <= Self.maximumItems else {
            throw tooLarge(span)
        }
        return Array([[PyValue]](repeating: items, count: n).joined())
    }

    func intValue(_ value: PyValue) -> Int? {
        switch value {
        case .integer(let i): return i
        case .bool(let b): return b ? 1 : 0
        default: return nil
        }
    }

    func doubleValue(_ value: PyValue) -> Double? {
        switch value {
        case .integer(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        case .float(let f): return f
        default: return nil
        }
    }

    private func integerOperation(_ op: String, _ x: Int, _ y: Int, at span: SourceSpan, right: SourceSpan) throws(ModelError) -> PyValue {
        func exact(_ body: () throws(ArithmeticOverflow) -> Int) throws(ModelError) -> PyValue {
            do { return .integer(try body()) } catch {
                throw self.error("this value does not fit in 64 bits", at: span, hint: "no size in a real model is this large")
            }
        }
        switch op {
        case "+": return try exact { () throws(ArithmeticOverflow) in try Exact.add(x, y) }
        case "-": return try exact { () throws(ArithmeticOverflow) in try Exact.subtract(x, y) }
        case "*": return try exact { () throws(ArithmeticOverflow) in try Exact.multiply(x, y) }
        case "/":
            guard y != 0 else { throw programError("division by zero", at: right) }
            return .float(Double(x) / Double(y))
        case "//", "%":
            guard y != 0 else { throw programError(op == "//" ? "division by zero" : "modulo by zero", at: right) }
            let quotient = try exact { () throws(ArithmeticOverflow) in try Exact.floorDivide(x, y) }
            guard case .integer(let q) = quotient else { return quotient }
            if op == "//" { return quotient }
            return try exact { () throws(ArithmeticOverflow) in try Exact.subtract(x, try Exact.multiply(q, y)) }
        case "**":
            if y < 0 { return try power(Double(x), Double(y), at: span) }
            return try exact { () throws(ArithmeticOverflow) in
                var result = 1
                for _ in 0..<min(y, 64) { result = try Exact.multiply(result, x) }
                if y > 64 && abs(x) > 1 { throw ArithmeticOverflow() }
                return y > 64 && x == -1 ? (y % 2 == 0 ? 1 : -1) : (y > 64 && x == 0 ? 0 : result)
            }
        case "<<":
            guard y >= 0, y < 63 else { throw error("this shift does not fit in 64 bits", at: span) }
            return try exact { () throws(ArithmeticOverflow) in try Exact.multiply(x, 1 << y) }
        case ">>":
            guard y >= 0 else { throw programError("negative shift count", at: right) }
            return .integer(y >= 64 ? (x < 0 ? -1 : 0) : x >> y)
        case "&": return .integer(x & y)
        case "|": return .integer(x | y)
        case "^": return .integer(x ^ y)
        default:
            throw programError("'\(op)' cannot combine two integers", at: span)
        }
    }

    func unary(_ op: String, _ operand: PyValue, at span: SourceSpan) throws(ModelError) -> PyValue {
        if op == "not" {
            if operand.opaque != nil { return operand }
            return .bool(!(try truth(operand, at: span)))
        }
        switch operand {
        case .opaque: return operand
        case .tensor(let t): return computed(SymbolicTensor(id: makeID(), shape: t.shape, framework: t.framework), from: [t])
        case .float(let f):
            return op == "-" ? .float(-f) : op == "+" ? .float(f) : try typeError(op, operand, span)
        default:
            guard let i = intValue(operand) else { return try typeError(op, operand, span) }
            switch op {
            case "-":
                guard i != Int.min else { throw error("this value does not fit in 64 bits", at: span) }
                return .integer(-i)
            case "+": return .integer(i)
            default: return .integer(~i)
            }
        }
    }

    private func typeError(_ op: String, _ operand: PyValue, _ span: SourceSpan) throws(ModelError) -> PyValue {
        throw programError("'\(op)' does not apply to \(operand.typeName)", at: span)
    }

    func compare(_ op: String, _ a: PyValue, _ b: PyValue, at span: SourceSpan) throws(ModelError) -> PyValue {
        switch op {
        case "is", "is not":
            if let opaque = a.opaque ?? b.opaque { return .opaque(opaque) }
            var same = PyValue.identical(a, b)
            if case .list(let x) = a, case .list(let y) = b { same = x === y }
            return .bool(op == "is" ? same : !same)
        case "in", "not in":
            if let opaque = a.opaque ?? b.opaque { return .opaque(opaque) }
            let found: Bool
            switch b {
            case .string(let haystack):
                guard case .string(let needle) = a else { throw programError("'in <string>' needs a string", at: span) }
                found = haystack.contains(needle)
            case .dict(let dict):
                if let opaque = dict.unknown { return .opaque(opaque) }
                found = dict.index(of: a) != nil
            default:
                switch try iterate(b, at: span) {
                case .known(let items): found = items.contains { PyValue.identical($0, a) }
                case .unknown(let opaque): return .opaque(opaque)
                }
            }
            return .bool(op == "in" ? found : !found)
        case "==", "!=":
            if let opaque = a.opaque ?? b.opaque { return .opaque(opaque) }
            if case .batch = a { return .opaque(Opaque(origin: text(span), span: span)) }
            if case .batch = b { return .opaque(Opaque(origin: text(span), span: span)) }
            let same = PyValue.identical(a, b)
            return .bool(op == "==" ? same : !same)
        default:
            if let opaque = a.opaque ?? b.opaque { return .opaque(opaque) }
            if case .batch = a { return .opaque(Opaque(origin: text(span), span: span)) }
            if case .batch = b { return .opaque(Opaque(origin: text(span), span: span)) }
            guard let order = try ordering(a, b, at: span) else {
                throw programError("'\(op)' cannot compare \(a.typeName) and \(b.typeName)", at: span)
            }
            switch op {
            case "<": return .bool(order < 0)
            case "<=": return .bool(order <= 0)
            case ">": return .bool(order > 0)
            default: return .bool(order >= 0)
            }
        }
    }

    /// -1, 0 or 1 for values Python orders; nil where it refuses to.
    private func ordering(_ a: PyValue, _ b: PyValue, at span: SourceSpan, depth: Int = 0) throws(ModelError) -> Int? {
        guard depth < 32 else { throw error("these values nest too deeply to compare", at: span) }
        if let x = intValue(a), let y = intValue(b) { return x < y ? -1 : x == y ? 0 : 1 }
        if let x = doubleValue(a), let y = doubleValue(b) { return x < y ? -1 : x == y ? 0 : 1 }
        if case .string(let x) = a, case .string(let y) = b { return x < y ? -1 : x == y ? 0 : 1 }
        var left: [PyValue]?
        var right: [PyValue]?
        if case .tuple(let x) = a, case .tuple(let y) = b { (left, right) = (x, y) }
        if case .list(let x) = a, case .list(let y) = b { (left, right) = (x.items, y.items) }
        if let left, let right {
            for (x, y) in zip(left, right) {
                guard let order = try ordering(x, y, at: span, depth: depth + 1) else { return nil }
                if order != 0 { return order }
            }
            return left.count < right.count ? -1 : left.count == right.count ? 0 : 1
        }
        return nil
    }

    /// A tensor made by arithmetic, remembered with the tensors it was computed from.
    private func computed(_ result: SymbolicTensor, from operands: [SymbolicTensor]) -> PyValue {
        tensorOperands[result.id] = operands.map(\.id)
        return .tensor(result)
    }

    // MARK: - Text

    /// `str(value)` as Python writes it.
    func show(_ value: PyValue, depth: Int = 0) -> String {
        guard depth < 16 else { return "[...]" }
        func represent(_ item: PyValue) -> String {
            if case .string(let s) = item { return "'" + s + "'" }
            return show(item, depth: depth + 1)
        }
        switch value {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .integer(let i): return String(i)
        case .float(let f):
            if WholeNumbers.isWhole(f) && abs(f) < 1e16 { return String(Int(f)) + ".0" }
            return String(f)
        case .string(let s): return s
        case .list(let list): return "[" + list.items.map(represent).joined(separator: ", ") + "]"
        case .tuple(let items):
            if items.count == 1 { return "(" + represent(items[0]) + ",)" }
            return "(" + items.map(represent).joined(separator: ", ") + ")"
        case .dict(let dict):
            return "{" + zip(dict.keys, dict.values).map { represent($0) + ": " + represent($1) }.joined(separator: ", ") + "}"
        default: return "<\(value.typeName)>"
        }
    }

    func represent(_ value: PyValue) -> String {
        if case .string(let s) = value { return "'" + s + "'" }
        return show(value)
    }

    /// A value as `format()` and f-strings show it with `spec` (`!r`, `!s` and a format spec), or nil
    /// where the reader does not follow Python's rule for it.
    func formatValue(_ value: PyValue, spec: String, at span: SourceSpan) -> String? {
        var conversion: Character?
        var trimmed = spec
        if spec.hasPrefix("!") {
            conversion = spec.dropFirst().first
            trimmed = String(spec.drop { $0 != ":" }.dropFirst())
        }
        let shown = conversion == "r" || conversion == "a" ? represent(value) : show(value)
        if trimmed.isEmpty { return shown }
        guard let format = FormatSpec(trimmed) else { return nil }
        return format.format(conversion == nil ? value : .string(shown), shown: shown)
    }

    /// `"conv_%d" % i` for the conversions names use: %d %i %s %r %f %x and %%.
    private func percentFormat(_ format: String, _ argument: PyValue, at span: SourceSpan) throws(ModelError) -> String {
        var values: [PyValue]
        if case .tuple(let items) = argument { values = items } else { values = [argument] }
        var result = ""
        var characters = format[...]
        while let c = characters.first {
            characters = characters.dropFirst()
            guard c == "%" else { result.append(c); continue }
            var flags = ""
            while let f = characters.first, "0123456789.-+ ".contains(f) {
                flags.append(f)
                characters = characters.dropFirst()
            }
            guard let conversion = characters.first else {
                throw programError("this format ends in the middle of a '%' conversion", at: span)
            }
            characters = characters.dropFirst()
            if conversion == "%" { result.append("%"); continue }
            guard !values.isEmpty else { throw programError("not enough arguments for the format string", at: span) }
            let value = values.removeFirst()
            switch conversion {
            case "d", "i":
                guard let i = intValue(value) ?? doubleValue(value).map({ Int($0) }) else {
                    throw programError("%d needs a number, not \(value.typeName)", at: span)
                }
                guard let formatted = formatValue(.integer(i), spec: flags + "d", at: span) else {
                    throw programError("'%\(flags)d' is not a conversion the reader follows", at: span)
                }
                result += formatted
            case "r": result += represent(value)
            case "x": result += intValue(value).map { String($0, radix: 16) } ?? show(value)
            default: result += show(value)
            }
        }
        return result
    }
}
