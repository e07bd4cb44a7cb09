extension PythonInterpreter {
    enum Iteration {
        case known([PyValue])
        case unknown(Opaque)
    }

    func evaluate(_ expression: PyExpr, in scope: PyScope) throws(ModelError) -> PyValue {
        let value = try evaluateUnchecked(expression, in: scope)
        if case .opaque(let opaque) = value, let failure = opaque.failure { dependsOnFailures.insert(failure) }
        return value
    }

    private func evaluateUnchecked(_ expression: PyExpr, in scope: PyScope) throws(ModelError) -> PyValue {
        try countStep(expression.span)
        switch expression.kind {
        case .name(let name):
            return lookup(name, in: scope)
        case .integer(let value): return .integer(value)
        case .float(let value): return .float(value)
        case .string(let value): return .string(value)
        case .bool(let value): return .bool(value)
        case .none: return .none
        case .ellipsis: return .none
        case .formatted(let parts):
            var text = ""
            for part in parts {
                switch part {
                case .text(let literal): text += literal
                case .field(let field, let format):
                    let value = try evaluate(field, in: scope)
                    if value.opaque != nil { return .opaque(Opaque(origin: self.text(expression.span), span: expression.span)) }
                    guard let formatted = formatValue(value, spec: format, at: field.span) else {
                        return .opaque(Opaque(origin: self.text(expression.span), span: expression.span))
                    }
                    text += formatted
                }
            }
            return .string(text)
        case .attribute(let base, let name):
            if !overrides.isEmpty, let path = dottedPath(expression), let value = overrides[path.joined(separator: ".")] {
                return value
            }
            return try getAttribute(try evaluate(base, in: scope), name, at: expression.span)
        case .index(let base, let index):
            return try getItem(try evaluate(base, in: scope), try evaluate(index, in: scope), at: expression.span,
                               indexSpan: index.span)
        case .slice(let lower, let upper, let step):
            var bounds: [Int?] = []
            for bound in [lower, upper, step] {
                guard let bound else { bounds.append(nil); continue }
                let value = try evaluate(bound, in: scope)
                if case .none = value { bounds.append(nil); continue }
                if value.opaque != nil { return value }
                bounds.append(try integer(value, at: bound.span, decides: "decides a slice"))
            }
            return .slice(bounds[0], bounds[1], bounds[2])
        case .call(let callee, let arguments):
            let function = try evaluate(callee, in: scope)
            var evaluated = PyCallArguments(span: expression.span)
            evaluated.calleeSpan = callee.span
            // An unknown `*args` or `**kwargs` is harmless in a call to a library function that
            // builds nothing the model is made of; the result is unknown too.
            let unknownResult = Frameworks.buildsNothing(function) ? Opaque(origin: text(expression.span), span: expression.span) : nil
            for argument in arguments {
                if let unknownResult, argument.kind.isUnpacking {
                    let value = try evaluate(argument.value, in: scope)
                    var unknown = value.opaque
                    if case .dict(let dict) = value { unknown = dict.unknown }
                    if case .list(let list) = value { unknown = list.unknown }
                    if unknown != nil { return .opaque(unknownResult) }
                }
                switch argument.kind {
                case .positional:
                    evaluated.positional.append((try evaluate(argument.value, in: scope), argument.value.span))
                case .keyword(let name):
                    evaluated.keywords.append((name, try evaluate(argument.value, in: scope), argument.value.span))
                case .unpacked:
                    let value = try evaluate(argument.value, in: scope)
                    for item in try knownItems(value, at: argument.value.span, decides: "decides the call's arguments") {
                        evaluated.positional.append((item, argument.value.span))
                    }
                case .unpackedKeywords:
                    let value = try evaluate(argument.value, in: scope)
                    guard case .dict(let dict) = value else {
                        if let opaque = value.opaque {
                            throw unknownValue(opaque, decides: "decides the call's arguments", at: argument.value.span)
                        }
                        throw programError("** needs a dict, not \(value.typeName)", at: argument.value.span)
                    }
                    if let opaque = dict.unknown {
                        throw unknownValue(opaque, decides: "decides the call's arguments", at: argument.value.span)
                    }
                    for (key, value) in zip(dict.keys, dict.values) {
                        guard case .string(let name) = key else {
                            throw programError("keywords must be strings", at: argument.value.span)
                        }
                        evaluated.keywords.append((name, value, argument.value.span))
                    }
                }
            }
            return try call(function, evaluated)
        case .binary(let op, let left, let right):
            return try binary(op, try evaluate(left, in: scope), try evaluate(right, in: scope), at: expression.span,
                              left: left.span, right: right.span)
        case .unary(let op, let operandExpression):
            let operand = try evaluate(operandExpression, in: scope)
            return try unary(op, operand, at: expression.span)
        case .compare(let first, let rest):
            var left = try evaluate(first, in: scope)
            var leftSpan = first.span
            for (op, rightExpression) in rest {
                let right = try evaluate(rightExpression, in: scope)
                let result = try compare(op, left, right, at: leftSpan.through(rightExpression.span))
                if case .bool(false) = result { return result }
                if result.opaque != nil { return result }
                left = right
                leftSpan = rightExpression.span
            }
            return .bool(true)
        case .and(let items):
            var value = PyValue.bool(true)
            for item in items {
                value = try evaluate(item, in: scope)
                if value.opaque != nil { return value }
                if !(try truth(value, at: item.span)) { return value }
            }
            return value
        case .or(let items):
            var value = PyValue.bool(false)
            for item in items {
                value = try evaluate(item, in: scope)
                if value.opaque != nil { return value }
                if try truth(value, at: item.span) { return value }
            }
            return value
        case .conditional(let condition, let then, let otherwise):
            let decider = try evaluate(condition, in: scope)
            if let opaque = decider.opaque {
                let a = try evaluate(then, in: scope)
                let b = try evaluate(otherwise, in: scope)
                if PyValue.identical(a, b) { return a }
                return .opaque(opaque)
            }
            return try evaluate(try truth(decider, at: condition.span) ? then : otherwise, in: scope)
        case .tuple(let items):
            return try checkNesting(.tuple(try evaluateItems(items, in: scope)), at: expression.span)
        case .list(let items):
            return try checkNesting(.list(PyList(try evaluateItems(items, in: scope))), at: expression.span)
        case .set(let items):
            return try checkNesting(.list(PyList(try evaluateItems(items, in: scope))), at: expression.span)
        case .dict(let entries):
            let dict = PyDict()
            for (keyExpression, valueExpression) in entries {
                let value = try evaluate(valueExpression, in: scope)
                if let keyExpression {
                    dict[try evaluate(keyExpression, in: scope)] = value
                } else {
                    guard case .dict(let other) = value else {
                        throw unknownOrType(value, wanted: "a dict", at: valueExpression.span)
                    }
                    for (key, item) in zip(other.keys, other.values) { dict[key] = item }
                }
            }
            return try checkNesting(.dict(dict), at: expression.span)
        case .starred:
            throw error("a starred expression cannot be used here", at: expression.span)
        case .lambda(let parameters, let body):
            let returnStatement = PyStmt(.returnValue(body), body.span)
            let definition = PyFunctionDefinition(name: "<lambda>", parameters: parameters, body: [returnStatement],
                                                  decorators: [], span: expression.span)
            var defaults: [PyValue?] = []
            for parameter in parameters.parameters {
                defaults.append(try parameter.defaultValue.map { (e) throws(ModelError) in try evaluate(e, in: scope) })
            }
            return .function(PyFunction(definition: definition, closure: scope.closureScope, defaults: defaults))
        case .comprehension(let kind, let element, let value, let clauses):
            let inner = PyScope(parent: scope)
            var results: [PyValue] = []
            let dict = PyDict()
            var unknown: Opaque?
            try comprehend(clauses[...], in: inner, unknown: &unknown) { () throws(ModelError) in
                let item = try evaluate(element, in: inner)
                if let value {
                    dict[item] = try evaluate(value, in: inner)
                } else {
                    results.append(item)
                }
            }
            if let unknown { return .opaque(unknown) }
            if kind == .dict { return try checkNesting(.dict(dict), at: expression.span) }
            return try checkNesting(.list(PyList(results)), at: expression.span)
        }
    }

    /// Runs a comprehension's clauses; an iterable the reader cannot know makes the whole result unknown.
    private func comprehend(_ clauses: ArraySlice<ComprehensionClause>, in scope: PyScope, unknown: inout Opaque?,
                            _ body: () throws(ModelError) -> Void) throws(ModelError) {
        guard let clause = clauses.first else {
            try body()
            return
        }
        let iterable = try evaluate(clause.iterable, in: scope)
        let items: [PyValue]
        switch try iterate(iterable, at: clause.iterable.span) {
        case .known(let known): items = known
        case .unknown(let opaque):
            unknown = opaque
            return
        }
        for item in items {
            try assign(item, to: clause.target, in: scope, valueSpan: clause.iterable.span)
            var keep = true
            for condition in clause.conditions {
                let value = try evaluate(condition, in: scope)
                if let opaque = value.opaque {
                    throw unknownValue(opaque, decides: "decides which items the comprehension keeps", at: condition.span)
                }
                if !(try truth(value, at: condition.span)) { keep = false; break }
            }
            if keep { try comprehend(clauses.dropFirst(), in: scope, unknown: &unknown, body) }
            if unknown != nil { return }
        }
    }

    private func evaluateItems(_ items: [PyExpr], in scope: PyScope) throws(ModelError) -> [PyValue] {
        var values: [PyValue] = []
        for item in items {
            if case .starred(let inner) = item.kind {
                values += try knownItems(try evaluate(inner, in: scope), at: inner.span, decides: "decides how many items there are")
            } else {
                values.append(try evaluate(item, in: scope))
            }
        }
        return values
    }

    /// `a.b.c` as its parts, when the expression is a plain dotted name.
    func dottedPath(_ expression: PyExpr) -> [String]? {
        switch expression.kind {
        case .name(let name): return [name]
        case .attribute(let base, let name): return dottedPath(base).map { $0 + [name] }
        default: return nil
        }
    }

    func lookup(_ name: String, in scope: PyScope) -> PyValue {
        var current: PyScope? = scope
        while let level = current, level !== globals {
            if let value = level.names[name] { return value }
            current = level.parent
            while let next = current, next.isClassBody, next !== globals { current = next.parent }
        }
        if let value = overrides[name] { return value }
        if let value = globals.names[name] { return value }
        if let builtin = Builtins.value(named: name) { return builtin }
        return .external([name])
    }

    // MARK: - Reading values

    func truth(_ value: PyValue, at span: SourceSpan) throws(ModelError) -> Bool {
        switch value {
        case .none: return false
        case .bool(let b): return b
        case .integer(let i): return i != 0
        case .float(let f): return f != 0
        case .string(let s): return !s.isEmpty
        case .list(let list):
            if let opaque = list.unknown { throw unknownValue(opaque, decides: "decides a branch", at: span) }
            return !list.items.isEmpty
        case .tuple(let items): return !items.isEmpty
        case .dict(let dict):
            if let opaque = dict.unknown { throw unknownValue(opaque, decides: "decides a branch", at: span) }
            return !dict.keys.isEmpty
        case .opaque(let opaque): throw unknownValue(opaque, decides: "decides a branch", at: span)
        case .batch: return true
        default: return true
        }
    }

    func iterate(_ value: PyValue, at span: SourceSpan) throws(ModelError) -> Iteration {
        switch value {
        case .list(let list):
            if let opaque = list.unknown { return .unknown(opaque) }
            return .known(list.items)
        case .tuple(let items): return .known(items)
        case .string(let text): return .known(text.map { .string(String($0)) })
        case .dict(let dict):
            if let opaque = dict.unknown { return .unknown(opaque) }
            return .known(dict.keys)
        case .opaque(let opaque): return .unknown(opaque)
        case .external: return .unknown(Opaque(origin: text(span), span: span))
        case .layer(let layer):
            if let children = layer.children { return .known(children.map(\.value)) }
            throw programError("\(layer.typeName) cannot be iterated over", at: span)
        case .instance(let object):
            if let (method, _) = object.cls.lookup("__iter__"), case .function(let function) = method {
                return try iterate(try invoke(function, PyCallArguments(span: span), bound: value), at: span)
            }
            throw programError("\(object.cls.name) cannot be iterated over", at: span)
        default:
            throw programError("\(value.typeName) cannot be iterated over", at: span)
        }
    }

    /// The items of an iterable that must be known (they decide a count, a shape or a structure).
    func knownItems(_ value: PyValue, at span: SourceSpan, decides what: String) throws(ModelError) -> [PyValue] {
        switch try iterate(value, at: span) {
        case .known(let items): return items
        case .unknown(let opaque): throw unknownValue(opaque, decides: what, at: span)
        }
    }

    func integer(_ value: PyValue, at span: SourceSpan, decides what: String) throws(ModelError) -> Int {
        switch value {
        case .integer(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .opaque(let opaque): throw unknownValue(opaque, decides: what, at: span)
        case .external(let path):
            throw unknownValue(Opaque(origin: path.joined(separator: "."), span: SourceSpan(line: 0, column: 0, length: 1)),
                               decides: what, at: span)
        case .float(let f) where WholeNumbers.isWhole(f) && abs(f) < 9e15: return Int(f)
        default: throw programError("'\(text(span).excerpt)' must be a whole number here, not \(value.typeName)", at: span)
        }
    }

    func unknownOrType(_ value: PyValue, wanted: String, at span: SourceSpan) -> ModelError {
        if let opaque = value.opaque { return unknownValue(opaque, decides: "decides the model's structure", at: span) }
        return programError("'\(text(span).excerpt)' must be \(wanted), not \(value.typeName)", at: span)
    }
}
