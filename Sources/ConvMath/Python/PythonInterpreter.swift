/// Runs the Python subset of a model file, with tensors as shapes and layers as the engine's specs.
///
/// Everything is bounded: a step budget, a call depth and the parser's nesting limit. A value the
/// reader cannot know is opaque; a branch or loop that depends on one is run in an *uncertain*
/// mode in which every assignment gives an opaque value, every container it changes becomes
/// unknown and making a layer is an error, so nothing it did can reach a count unnoticed.
final class PythonInterpreter {
    static let maximumSteps = 3_000_000
    static let maximumCallDepth = 40

    let fileSource: SourceText
    /// Set while the `--model` expression is evaluated: errors outside the file's functions point into it.
    var expressionSource: SourceText?
    var source: SourceText { expressionSource ?? fileSource }
    let globals = PyScope(parent: nil)
    /// Values given with `--set`, by name or dotted path; they win over the file's own.
    var overrides: [String: PyValue] = [:]
    /// How many layers of the catalog the run has made, models or not.
    var layersMade = 0
    /// How many calls named like a layer of the catalog went to something the reader cannot see
    /// (`layers.Conv2D` where `layers` came from outside the file).
    var unseenLayerCalls = 0
    var steps = 0
    var callDepth = 0
    private var nextID = 0
    /// The layers applied to tensors, in order.
    var applications: [LayerApplication] = []
    /// Where each layer object's first call is in `applications`.
    var firstApplication: [ObjectIdentifier: Int] = [:]
    /// The framework the file's first framework-specific name pinned down.
    var framework: Framework?
    /// Set while running code whose effect the reader cannot know (a branch on an unknown value).
    var uncertainty: Opaque?
    /// The tensors each arithmetic result (`x + 3.0`, `a * b`) was computed from: no layer makes it,
    /// and a Keras functional model is traced through it to its inputs.
    var tensorOperands: [Int: [Int]] = [:]
    /// `--input`: the sizes of a Keras `Input` that leaves some open (None).
    var openInputShape: TensorShape?
    /// The inputs whose open sizes `--input` filled: a model may take only one of them.
    var filledOpenInputs: Set<Int> = []
    /// Set when the error being thrown is one the file raised itself (`raise`), which `try` catches.
    var raisedByProgram = false
    /// How many `try` blocks the running code is inside: an error the program raises there is theirs to catch.
    var tryDepth = 0
    /// The errors found so far, in the order they were found: a statement that fails is recorded here
    /// and the run goes on with the next one, as a compiler does.
    var problems: [ModelError] = []
    /// The failures the statement running now has read a result of (indices into `problems`).
    var dependsOnFailures: Set<Int> = []
    /// The failures some later code depended on, which was therefore not checked.
    var failuresWithUncheckedCode: Set<Int> = []
    /// Set by an error after which nothing can be run (a budget spent): it ends the run.
    var stopsTheRun = false
    private var frames: [Frame] = []

    private struct Frame {
        var function: PyFunction
        var firstArgument: PyValue?
        var returnedUncertainly: Opaque?
    }

    /// What `super()` means in the function running now: its class and its first argument.
    var superContext: (PyClass, PyInstance)? {
        guard let frame = frames.last, let owner = frame.function.owner,
              case .instance(let instance)? = frame.firstArgument else { return nil }
        return (owner, instance)
    }

    enum Flow {
        case normal
        case breakLoop
        case continueLoop
        case returned(PyValue)
    }

    init(source: SourceText) {
        self.fileSource = source
        globals.bind("__name__", .string("__main__"))
        globals.bind("__file__", .string(source.name))
    }

    func makeID() -> Int {
        nextID += 1
        return nextID
    }

    /// Runs the module's statements.
    func run(_ statements: [PyStmt]) throws(ModelError) {
        _ = try execute(statements, in: globals)
    }

    // MARK: - Errors

    /// The text an expression was written as, for messages.
    func text(_ span: SourceSpan) -> String {
        guard let line = source.line(span.line) else { return "" }
        let characters = Array(line)
        let start = max(0, min(span.column - 1, characters.count))
        let end = min(characters.count, start + span.length)
        return String(characters[start..<end])
    }

    func error(_ message: String, at span: SourceSpan?, hint: String? = nil) -> ModelError {
        ModelError(message, at: span, hint: hint).located(in: source)
    }

    /// An error the program itself would raise (a KeyError, an IndexError): `try` may catch it.
    func programError(_ message: String, at span: SourceSpan, hint: String? = nil) -> ModelError {
        raisedByProgram = true
        return error(message, at: span, hint: hint)
    }

    /// The error for an unknown value that would decide a count, a shape or a branch.
    func unknownValue(_ opaque: Opaque, decides what: String, at span: SourceSpan) -> ModelError {
        if let failure = opaque.failure { dependsOnFailures.insert(failure) }
        let written = text(span)
        if opaque.span.line == 0 {
            let name = opaque.origin
            return error("'\(name.excerpt)' is not defined in this file, and it \(what)", at: span,
                         hint: "give it with --set \(name)=VALUE")
        }
        let from = opaque.origin == written ? "" :
            ": it comes from '\(opaque.origin.excerpt)' (line \(opaque.span.line)), which convtutor does not run"
        let isName = !written.isEmpty && written.allSatisfy { $0 == "_" || $0 == "." || $0.isLetter || $0.isNumber }
            && !(written.first?.isNumber ?? true)
        let hint = isName ? "give it with --set \(written)=VALUE" : "give the names it is computed from with --set NAME=VALUE"
        return error("the value of '\(written.excerpt)' is unknown here, and it \(what)\(from)", at: span, hint: hint)
    }

    /// How deep lists, tuples and dicts may nest: far more than any model needs, and little enough
    /// that freeing them cannot exhaust the stack.
    static let maximumNesting = 200

    /// Refuses a value that nests deeper than `maximumNesting`.
    @discardableResult
    func checkNesting(_ value: PyValue, at span: SourceSpan) throws(ModelError) -> PyValue {
        if value.nesting > Self.maximumNesting {
            stopsTheRun = true
            throw error("these lists nest more than \(Self.maximumNesting) deep, more than any model needs", at: span)
        }
        return value
    }

    func countStep(_ span: SourceSpan) throws(ModelError) {
        steps += 1
        if steps > Self.maximumSteps {
            stopsTheRun = true
            throw error("the file takes more than \(Self.maximumSteps) steps to run, more than any model needs",
                        at: span, hint: "check for a loop that never ends, or give the model with --model")
        }
    }

    // MARK: - Statements

    func execute(_ statements: [PyStmt], in scope: PyScope) throws(ModelError) -> Flow {
        for statement in statements {
            let flow = try executeRecovering(statement, in: scope)
            if case .normal = flow { continue }
            return flow
        }
        return .normal
    }

    func execute(_ statement: PyStmt, in scope: PyScope) throws(ModelError) -> Flow {
        try countStep(statement.span)
        switch statement.kind {
        case .expression(let expression):
            _ = try evaluate(expression, in: scope)
        case .assign(let targets, let valueExpression):
            let value = try evaluate(valueExpression, in: scope)
            for target in targets { try assign(value, to: target, in: scope, valueSpan: valueExpression.span) }
        case .augmented(let target, let op, let valueExpression):
            let current = try evaluate(target, in: scope)
            let value = try evaluate(valueExpression, in: scope)
            if op == "+", case .list(let list) = current {
                try extend(list, with: value, at: valueExpression.span)
            } else {
                let result = try binary(op, current, value, at: statement.span.through(valueExpression.span),
                                        left: target.span, right: valueExpression.span)
                try assign(result, to: target, in: scope, valueSpan: valueExpression.span)
            }
        case .annotated(let target, let valueExpression):
            if let valueExpression {
                try assign(try evaluate(valueExpression, in: scope), to: target, in: scope, valueSpan: valueExpression.span)
            }
        case .conditional(let branches, let otherwise):
            for (condition, body) in branches {
                let value = try evaluate(condition, in: scope)
                if let opaque = value.opaque {
                    var bodies = branches.drop { $0.0 !== condition }.map(\.1)
                    bodies.append(otherwise)
                    return try runUncertain(bodies, because: opaque, in: scope)
                }
                if try truth(value, at: condition.span) { return try execute(body, in: scope) }
            }
            return try execute(otherwise, in: scope)
        case .forLoop(let target, let iterableExpression, let body, let otherwise):
            let iterable = try evaluate(iterableExpression, in: scope)
            return try runFor(target, over: iterable, at: iterableExpression.span, body: body, otherwise: otherwise, in: scope)
        case .whileLoop(let condition, let body, let otherwise):
            return try runWhile(condition, body: body, otherwise: otherwise, in: scope)
        case .function(let definition):
            let function = try makeFunction(definition, in: scope)
            var value = PyValue.function(function)
            for decorator in definition.decorators.reversed() {
                let applied = try evaluate(decorator, in: scope)
                if case .function = applied {
                    var arguments = PyCallArguments(span: decorator.span)
                    arguments.positional = [(value, decorator.span)]
                    value = try call(applied, arguments)
                }
            }
            try bindName(definition.name, value, in: scope)
        case .classDefinition(let definition):
            try bindName(definition.name, try makeClass(definition, in: scope), in: scope)
        case .returnValue(let expression):
            return .returned(try expression.map { (e) throws(ModelError) in try evaluate(e, in: scope) } ?? .none)
        case .pass:
            break
        case .breakLoop:
            return .breakLoop
        case .continueLoop:
            return .continueLoop
        case .raise(let expression):
            if uncertainty != nil { break }
            let what = expression.map { text($0.span) } ?? "the error being handled"
            throw programError("the file raises \(what.excerpt) here", at: statement.span,
                               hint: "the code stops here when run; check the values that lead to it")
        case .assert(let condition, _):
            let value = try evaluate(condition, in: scope)
            if value.opaque != nil || uncertainty != nil { break }
            if !(try truth(value, at: condition.span)) {
                throw programError("this assertion fails: '\(text(condition.span).excerpt)' is false", at: condition.span)
            }
        case .importModules(let modules):
            for module in modules {
                if let alias = module.alias {
                    try bindName(alias, .external(module.path), in: scope)
                } else {
                    try bindName(module.path[0], .external([module.path[0]]), in: scope)
                }
            }
        case .importFrom(let path, let names):
            for (name, alias) in names {
                try bindName(alias ?? name, .external(path + [name]), in: scope)
            }
        case .with(let items, let body):
            for (context, target) in items {
                let value = try evaluate(context, in: scope)
                if let target { try assign(value, to: target, in: scope, valueSpan: context.span) }
            }
            return try execute(body, in: scope)
        case .tryBlock(let body, let handlers, let otherwise, let finally):
            var flow = Flow.normal
            do {
                raisedByProgram = false
                tryDepth += 1
                defer { tryDepth -= 1 }
                flow = try execute(body, in: scope)
                if case .normal = flow { flow = try execute(otherwise, in: scope) }
            } catch {
                guard raisedByProgram, let handler = handlers.first else { throw error }
                raisedByProgram = false
                flow = try execute(handler, in: scope)
            }
            let after = try execute(finally, in: scope)
            if case .normal = after { return flow }
            return after
        case .delete:
            break
        case .scopeDeclaration(let names, let nonlocal):
            if !nonlocal { scope.globalNames.formUnion(names) }
        }
        return .normal
    }

    /// Runs every branch of an `if` the reader cannot decide, uncertainly.
    private func runUncertain(_ bodies: [[PyStmt]], because opaque: Opaque, in scope: PyScope) throws(ModelError) -> Flow {
        let saved = uncertainty
        uncertainty = saved ?? opaque
        defer { uncertainty = saved }
        for body in bodies {
            let flow = try execute(body, in: scope)
            if case .returned = flow, !frames.isEmpty, frames[frames.count - 1].returnedUncertainly == nil {
                frames[frames.count - 1].returnedUncertainly = uncertainty
            }
        }
        return .normal
    }

    private func runFor(_ target: PyExpr, over iterable: PyValue, at span: SourceSpan, body: [PyStmt],
                        otherwise: [PyStmt], in scope: PyScope) throws(ModelError) -> Flow {
        let items: [PyValue]
        switch try iterate(iterable, at: span) {
        case .known(let known): items = known
        case .unknown(let opaque):
            let saved = uncertainty
            uncertainty = saved ?? opaque
            defer { uncertainty = saved }
            try assign(.opaque(opaque), to: target, in: scope, valueSpan: span)
            if case .returned = try execute(body, in: scope), !frames.isEmpty {
                frames[frames.count - 1].returnedUncertainly = uncertainty
            }
            _ = try execute(otherwise, in: scope)
            return .normal
        }
        for item in items {
            try assign(item, to: target, in: scope, valueSpan: span)
            switch try execute(body, in: scope) {
            case .breakLoop: return .normal
            case .returned(let value): return .returned(value)
            case .normal, .continueLoop: continue
            }
        }
        return try execute(otherwise, in: scope)
    }

    private func runWhile(_ condition: PyExpr, body: [PyStmt], otherwise: [PyStmt], in scope: PyScope) throws(ModelError) -> Flow {
        while true {
            let value = try evaluate(condition, in: scope)
            if let opaque = value.opaque {
                return try runUncertain([body, otherwise], because: opaque, in: scope)
            }
            if uncertainty != nil {
                // A loop whose state is unknown: its body is run once, uncertainly.
                if try truth(value, at: condition.span) { _ = try execute(body, in: scope) }
                return .normal
            }
            guard try truth(value, at: condition.span) else { break }
            switch try execute(body, in: scope) {
            case .breakLoop: return .normal
            case .returned(let value): return .returned(value)
            case .normal, .continueLoop: continue
            }
        }
        return try execute(otherwise, in: scope)
    }

    // MARK: - Binding

    func bindName(_ name: String, _ value: PyValue, in scope: PyScope) throws(ModelError) {
        var stored: PyValue = uncertainty.map { .opaque($0) } ?? value
        if case .opaque(let opaque) = value, opaque.failure != nil { stored = value }
        if scope.globalNames.contains(name) {
            globals.bind(name, stored)
        } else {
            // `--set NAME=VALUE` fills a local variable the file leaves unknown; a known one keeps its value.
            if scope !== globals, stored.opaque != nil, let given = overrides[name] { stored = given }
            scope.bind(name, stored)
        }
    }

    func assign(_ value: PyValue, to target: PyExpr, in scope: PyScope, valueSpan: SourceSpan) throws(ModelError) {
        switch target.kind {
        case .name(let name):
            try bindName(name, value, in: scope)
        case .attribute(let base, let name):
            let object = try evaluate(base, in: scope)
            try setAttribute(object, name, value, at: target.span)
        case .index(let base, let indexExpression):
            let container = try evaluate(base, in: scope)
            let index = try evaluate(indexExpression, in: scope)
            try setItem(container, index, value, at: target.span)
        case .tuple(let targets), .list(let targets):
            let values = try unpack(value, into: targets, at: valueSpan)
            for (item, itemTarget) in zip(values, targets) {
                try assign(item, to: itemTarget, in: scope, valueSpan: valueSpan)
            }
        case .starred(let inner):
            try assign(value, to: inner, in: scope, valueSpan: valueSpan)
        default:
            throw error("cannot assign to this expression", at: target.span)
        }
    }

    private func unpack(_ value: PyValue, into targets: [PyExpr], at span: SourceSpan) throws(ModelError) -> [PyValue] {
        let items: [PyValue]
        switch try iterate(value, at: span) {
        case .known(let known): items = known
        case .unknown(let opaque): return targets.map { _ in .opaque(opaque) }
        }
        if let star = targets.firstIndex(where: { if case .starred = $0.kind { true } else { false } }) {
            let after = targets.count - star - 1
            guard items.count >= targets.count - 1 else {
                throw programError("not enough values to unpack: \(items.count) for \(targets.count - 1) or more names", at: span)
            }
            return Array(items[..<star]) + [.list(PyList(Array(items[star..<(items.count - after)])))]
                + Array(items[(items.count - after)...])
        }
        guard items.count == targets.count else {
            throw programError("\(items.count) values cannot be unpacked into \(targets.count) names", at: span)
        }
        return items
    }

    /// Marks a container changed where the reader cannot tell how, or changes it.
    func mutating(_ list: PyList, at span: SourceSpan, _ change: () throws(ModelError) -> Void) throws(ModelError) {
        if let uncertainty {
            list.unknown = list.unknown ?? uncertainty
            return
        }
        try change()
        if list.depth > Self.maximumNesting {
            list.items = []
            try checkNesting(.list(list), at: span)
        }
    }

    private func extend(_ list: PyList, with value: PyValue, at span: SourceSpan) throws(ModelError) {
        let items = try knownItems(value, at: span, decides: "decides what the list holds")
        try mutating(list, at: span) { () throws(ModelError) in list.items += items }
    }

    // MARK: - Functions and classes

    private func makeFunction(_ definition: PyFunctionDefinition, in scope: PyScope) throws(ModelError) -> PyFunction {
        var defaults: [PyValue?] = []
        for parameter in definition.parameters.parameters {
            defaults.append(try parameter.defaultValue.map { (e) throws(ModelError) in try evaluate(e, in: scope) })
        }
        return PyFunction(definition: definition, closure: scope.closureScope, defaults: defaults)
    }

    private func makeClass(_ definition: PyClassDefinition, in scope: PyScope) throws(ModelError) -> PyValue {
        var bases: [PyValue] = []
        for base in definition.bases {
            guard case .positional = base.kind else { continue }
            bases.append(try evaluate(base.value, in: scope))
        }
        let cls = PyClass(name: definition.name, bases: bases, span: definition.span)
        let body = PyScope(parent: scope, isClassBody: true)
        _ = try execute(definition.body, in: body)
        for (name, value) in body.names {
            if case .function(let function) = value { function.owner = cls }
            cls.attributes[name] = value
        }
        return .classObject(cls)
    }

    /// Calls a function written in the file.
    func invoke(_ function: PyFunction, _ arguments: PyCallArguments, bound: PyValue? = nil) throws(ModelError) -> PyValue {
        guard callDepth < Self.maximumCallDepth else {
            stopsTheRun = true
            throw error("calls nest more than \(Self.maximumCallDepth) deep here", at: arguments.span,
                        hint: "a function that calls itself without end cannot describe a model")
        }
        let savedSource = expressionSource
        expressionSource = nil
        defer { expressionSource = savedSource }
        let scope = PyScope(parent: function.closure)
        try bindParameters(function, arguments, bound: bound, into: scope)
        // What the body read of earlier failures matters to the caller only through what it returns.
        let callerDependsOn = dependsOnFailures
        defer { dependsOnFailures = callerDependsOn }
        callDepth += 1
        frames.append(Frame(function: function, firstArgument: bound ?? arguments.positional.first?.value))
        defer {
            callDepth -= 1
            frames.removeLast()
        }
        let flow = try execute(function.definition.body, in: scope)
        if let returnedUncertainly = frames[frames.count - 1].returnedUncertainly {
            return .opaque(returnedUncertainly)
        }
        if case .returned(let value) = flow { return value }
        return .none
    }

    private func bindParameters(_ function: PyFunction, _ arguments: PyCallArguments, bound: PyValue?,
                                into scope: PyScope) throws(ModelError) {
        let parameters = function.definition.parameters
        var positional = arguments.positional.map(\.value)
        if let bound { positional.insert(bound, at: 0) }
        var values: [String: PyValue] = [:]
        var extra: [PyValue] = []
        var index = 0
        for value in positional {
            while index < parameters.parameters.count && parameters.parameters[index].keywordOnly { index += 1 }
            if index < parameters.parameters.count {
                values[parameters.parameters[index].name] = value
                index += 1
            } else if parameters.varargs != nil {
                extra.append(value)
            } else {
                throw programError("\(function.name)() takes \(parameters.parameters.filter { !$0.keywordOnly }.count) positional arguments but \(positional.count) were given",
                                   at: arguments.span)
            }
        }
        let keywords = PyDict()
        for (name, value, span) in arguments.keywords {
            if parameters.parameters.contains(where: { $0.name == name }) {
                guard values[name] == nil else {
                    throw programError("\(function.name)() got two values for '\(name)'", at: span)
                }
                values[name] = value
            } else if parameters.kwargs != nil {
                keywords[.string(name)] = value
            } else {
                throw programError("\(function.name)() has no parameter '\(name.excerpt)'", at: span)
            }
        }
        for (offset, parameter) in parameters.parameters.enumerated() {
            if let value = values[parameter.name] {
                scope.bind(parameter.name, value)
            } else if let fallback = function.defaults[offset] {
                scope.bind(parameter.name, fallback)
            } else {
                throw programError("\(function.name)() needs the argument '\(parameter.name)'", at: arguments.span,
                                   hint: "the function is defined at line \(function.definition.span.line)")
            }
        }
        if let varargs = parameters.varargs { scope.bind(varargs, .tuple(extra)) }
        if let kwargs = parameters.kwargs { scope.bind(kwargs, .dict(keywords)) }
    }

    /// Whether a function can be called with no arguments (every parameter has a default).
    static func callableWithoutArguments(_ function: PyFunction, skippingSelf: Bool) -> Bool {
        let parameters = function.definition.parameters.parameters.dropFirst(skippingSelf ? 1 : 0)
        let defaults = function.defaults.dropFirst(skippingSelf ? 1 : 0)
        return zip(parameters, defaults).allSatisfy { $0.1 != nil }
    }
}
