/// An expression of the Python subset that model code uses, with where it stands.
final class PyExpr: Sendable {
    enum Kind: Sendable {
        case name(String)
        case integer(Int)
        case float(Double)
        case string(String)
        /// An f-string's text with its `{…}` fields parsed.
        case formatted([FormattedPart])
        case bool(Bool)
        case none
        case ellipsis
        case attribute(PyExpr, String)
        case index(PyExpr, PyExpr)
        case slice(PyExpr?, PyExpr?, PyExpr?)
        case call(PyExpr, [PyArgument])
        case binary(String, PyExpr, PyExpr)
        case unary(String, PyExpr)
        case compare(PyExpr, [(String, PyExpr)])
        case and([PyExpr])
        case or([PyExpr])
        case conditional(condition: PyExpr, then: PyExpr, otherwise: PyExpr)
        case tuple([PyExpr])
        case list([PyExpr])
        case set([PyExpr])
        /// Entries of a dict display; a nil key is a `**mapping` spread.
        case dict([(PyExpr?, PyExpr)])
        case starred(PyExpr)
        case lambda(PyParameters, PyExpr)
        /// `[e for t in xs if c]`, `(…)`, `{…}`; `value` is set for a dict comprehension.
        case comprehension(ComprehensionKind, element: PyExpr, value: PyExpr?, clauses: [ComprehensionClause])
    }

    enum ComprehensionKind: Sendable { case list, generator, set, dict }

    enum FormattedPart: Sendable {
        case text(String)
        case field(PyExpr, format: String)
    }

    let kind: Kind
    let span: SourceSpan

    init(_ kind: Kind, _ span: SourceSpan) {
        self.kind = kind
        self.span = span
    }
}

/// One `for … in … if …` clause of a comprehension.
struct ComprehensionClause: Sendable {
    var target: PyExpr
    var iterable: PyExpr
    var conditions: [PyExpr]
}

/// One argument of a call: positional, `name=value`, `*args` or `**kwargs`.
struct PyArgument: Sendable {
    enum Kind: Sendable {
        case positional, keyword(String), unpacked, unpackedKeywords

        var isUnpacking: Bool {
            switch self {
            case .unpacked, .unpackedKeywords: return true
            default: return false
            }
        }
    }
    var kind: Kind
    var value: PyExpr
    var span: SourceSpan
}

/// A function's parameters, with their defaults as expressions evaluated when the `def` runs.
struct PyParameters: Sendable {
    struct Parameter: Sendable {
        var name: String
        var defaultValue: PyExpr?
        var keywordOnly: Bool
        var span: SourceSpan
    }
    var parameters: [Parameter] = []
    var varargs: String?
    var kwargs: String?
}

/// A statement of the subset, with where it starts.
final class PyStmt: Sendable {
    enum Kind: Sendable {
        case expression(PyExpr)
        case assign(targets: [PyExpr], value: PyExpr)
        case augmented(target: PyExpr, op: String, value: PyExpr)
        case annotated(target: PyExpr, value: PyExpr?)
        case conditional(branches: [(PyExpr, [PyStmt])], otherwise: [PyStmt])
        case forLoop(target: PyExpr, iterable: PyExpr, body: [PyStmt], otherwise: [PyStmt])
        case whileLoop(condition: PyExpr, body: [PyStmt], otherwise: [PyStmt])
        case function(PyFunctionDefinition)
        case classDefinition(PyClassDefinition)
        case returnValue(PyExpr?)
        case pass
        case breakLoop
        case continueLoop
        case raise(PyExpr?)
        case assert(PyExpr, message: PyExpr?)
        /// `import a.b as c` binds `c` (or `a`) to the module `a.b` (or `a`).
        case importModules([(path: [String], alias: String?)])
        /// `from a.b import c as d`; `*` imports nothing the reader can see.
        case importFrom(path: [String], names: [(name: String, alias: String?)])
        case with(items: [(PyExpr, PyExpr?)], body: [PyStmt])
        case tryBlock(body: [PyStmt], handlers: [[PyStmt]], otherwise: [PyStmt], finally: [PyStmt])
        case delete([PyExpr])
        case scopeDeclaration([String], nonlocal: Bool)
    }

    let kind: Kind
    let span: SourceSpan

    init(_ kind: Kind, _ span: SourceSpan) {
        self.kind = kind
        self.span = span
    }
}

/// `def name(parameters): body`, with its decorators.
struct PyFunctionDefinition: Sendable {
    var name: String
    var parameters: PyParameters
    var body: [PyStmt]
    var decorators: [PyExpr]
    var span: SourceSpan
}

/// `class Name(bases): body`, with its decorators.
struct PyClassDefinition: Sendable {
    var name: String
    var bases: [PyArgument]
    var body: [PyStmt]
    var decorators: [PyExpr]
    var span: SourceSpan
}
