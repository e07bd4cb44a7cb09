/// Going on after an error, as a compiler does: a statement that fails is recorded, what it would
/// have assigned stands for that failure, and the next statement runs. A later statement that reads
/// such a value is not checked (its error would only repeat the first), and the first error says so.
extension PythonInterpreter {
    /// At most this many errors are collected; past them the run stops.
    static let maximumProblems = 50

    func executeRecovering(_ statement: PyStmt, in scope: PyScope) throws(ModelError) -> Flow {
        let outer = dependsOnFailures
        dependsOnFailures = []
        defer { dependsOnFailures.formUnion(outer) }
        do {
            let flow = try execute(statement, in: scope)
            if let failure = dependsOnFailures.min(), statement.isSimple {
                failuresWithUncheckedCode.formUnion(dependsOnFailures)
                standForFailure(failure, assignedBy: statement, in: scope)
            }
            return flow
        } catch {
            guard !stopsTheRun, !(raisedByProgram && tryDepth > 0) else { throw error }
            raisedByProgram = false
            let failure = try recordFailure(error)
            standForFailure(failure, assignedBy: statement, in: scope)
            if case .returnValue = statement.kind { return .returned(.opaque(failureValue(failure, at: statement.span))) }
            return .normal
        }
    }

    /// Records an error, or marks the failures it follows from; the failure that stands for it.
    func recordFailure(_ error: ModelError) throws(ModelError) -> Int {
        // Code run uncertainly because a branch read a failure depends on that failure too.
        if let cause = dependsOnFailures.min() ?? uncertainty?.failure {
            failuresWithUncheckedCode.insert(cause)
            return cause
        }
        if let index = problems.firstIndex(where: { $0.span == error.span && $0.message == error.message && $0.sourceName == error.sourceName }) {
            return index
        }
        guard problems.count < Self.maximumProblems else {
            stopsTheRun = true
            throw ModelError("more than \(Self.maximumProblems) errors: convtutor stops here",
                             hint: "fix these and run it again")
        }
        problems.append(error)
        return problems.count - 1
    }

    /// Runs work that is not a statement (calling the model, picking it), recording its error.
    func recovering(_ work: () throws(ModelError) -> Void) throws(ModelError) {
        dependsOnFailures = []
        do {
            try work()
        } catch {
            guard !stopsTheRun else { throw error }
            _ = try recordFailure(error)
        }
    }

    /// Every error found, in source order, as one error to report; nil when there was none.
    func collectedProblems() -> ModelError? {
        let noted = problems.enumerated().map { index, problem in
            var problem = problem
            if failuresWithUncheckedCode.contains(index) {
                problem.note = "the code that uses its result was not checked, since it depends on this"
            }
            return problem
        }
        return ModelError.combined(noted, first: fileSource.name)
    }

    func failureValue(_ failure: Int, at span: SourceSpan) -> Opaque {
        Opaque(origin: text(span), span: span, failure: failure)
    }

    /// Gives every name, attribute or item the statement assigns a value that stands for the
    /// failure, so that code reading them is known to depend on it; a container it changes becomes
    /// unknown in the same way.
    private func standForFailure(_ failure: Int, assignedBy statement: PyStmt, in scope: PyScope) {
        let value = PyValue.opaque(failureValue(failure, at: statement.span))
        let saved = (uncertainty, dependsOnFailures, raisedByProgram)
        uncertainty = nil
        defer { (uncertainty, dependsOnFailures, raisedByProgram) = saved }
        func give(_ target: PyExpr) {
            switch target.kind {
            case .tuple(let items), .list(let items):
                for item in items { give(item) }
            case .starred(let inner):
                give(inner)
            case .name(let name):
                try? bindName(name, value, in: scope)
            default:
                try? assign(value, to: target, in: scope, valueSpan: statement.span)
            }
        }
        switch statement.kind {
        case .assign(let targets, _):
            for target in targets { give(target) }
        case .augmented(let target, _, _), .annotated(let target, _):
            give(target)
        case .expression(let expression):
            // `layers.append(...)`, `model.add(...)`: the container it changes is unknown from here on.
            if case .call(let callee, _) = expression.kind, case .attribute(let base, _) = callee.kind, base.isPlainReference,
               let container = try? evaluate(base, in: scope) {
                markUnknown(container, value.opaque!)
            }
        default:
            for name in statement.assignedNames { try? bindName(name, value, in: scope) }
        }
    }

    private func markUnknown(_ container: PyValue, _ opaque: Opaque) {
        switch container {
        case .list(let list): list.unknown = list.unknown ?? opaque
        case .dict(let dict): dict.unknown = dict.unknown ?? opaque
        case .layer(let layer): layer.failure = layer.failure ?? opaque
        default: break
        }
    }
}

extension PyExpr {
    /// A name or a chain of attributes and constant subscripts of one, which reading runs nothing.
    var isPlainReference: Bool {
        switch kind {
        case .name: return true
        case .attribute(let base, _): return base.isPlainReference
        case .index(let base, let index):
            if case .integer = index.kind { return base.isPlainReference }
            if case .string = index.kind { return base.isPlainReference }
            return false
        default: return false
        }
    }
}

extension PyStmt {
    /// Whether the statement holds no other statements.
    var isSimple: Bool {
        switch kind {
        case .conditional, .forLoop, .whileLoop, .function, .classDefinition, .with, .tryBlock: return false
        default: return true
        }
    }

    /// The plain names a statement assigns, in its own body and in those it holds (not in the
    /// functions and classes it defines, other than their own names).
    var assignedNames: [String] {
        var names: [String] = []
        func targets(_ target: PyExpr) {
            switch target.kind {
            case .name(let name): names.append(name)
            case .tuple(let items), .list(let items): items.forEach(targets)
            case .starred(let inner): targets(inner)
            default: break
            }
        }
        func visit(_ statement: PyStmt) {
            switch statement.kind {
            case .assign(let list, _): list.forEach(targets)
            case .augmented(let target, _, _), .annotated(let target, _): targets(target)
            case .conditional(let branches, let otherwise):
                for (_, body) in branches { body.forEach(visit) }
                otherwise.forEach(visit)
            case .forLoop(let target, _, let body, let otherwise):
                targets(target)
                body.forEach(visit)
                otherwise.forEach(visit)
            case .whileLoop(_, let body, let otherwise):
                body.forEach(visit)
                otherwise.forEach(visit)
            case .with(let items, let body):
                for case let (_, target?) in items { targets(target) }
                body.forEach(visit)
            case .tryBlock(let body, let handlers, let otherwise, let finally):
                body.forEach(visit)
                handlers.forEach { $0.forEach(visit) }
                otherwise.forEach(visit)
                finally.forEach(visit)
            case .function(let definition): names.append(definition.name)
            case .classDefinition(let definition): names.append(definition.name)
            case .importModules(let modules): names += modules.map { $0.alias ?? $0.path[0] }
            case .importFrom(_, let imported): names += imported.map { $0.alias ?? $0.name }
            default: break
            }
        }
        visit(self)
        return names
    }
}
