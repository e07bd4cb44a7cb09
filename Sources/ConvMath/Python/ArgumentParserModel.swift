/// `argparse` as model scripts use it: `parse_args()` gives every option its default, so a script
/// is read as it runs with no arguments; a required option has no value until it is given with
/// `--set args.NAME=VALUE` (which gives any option another value).
enum ArgumentParserModel {
    static func makeParser() -> PyValue {
        let parser = PyInstance(cls: PyClass(name: "ArgumentParser", bases: [], span: SourceSpan(line: 0, column: 0, length: 1)))
        let defaults = PyDict()
        parser["_defaults"] = .dict(defaults)
        let value = PyValue.instance(parser)
        func method(_ name: String, _ body: @escaping NativeFunction.Body) {
            parser[name] = .native(NativeFunction(name, body))
        }
        method("add_argument") { p, a in
            guard case .string(let first)? = a.positional.first?.value, let name = destination(a) else { return .none }
            var fallback = a.keyword("default") ?? .none
            if case .string(let action)? = a.keyword("action"), a.keyword("default") == nil {
                if action == "store_true" { fallback = .bool(false) }
                if action == "store_false" { fallback = .bool(true) }
            }
            if case .string(let text) = fallback, case .native(let type)? = a.keyword("type") {
                if type.name == "int", let number = Int(text) { fallback = .integer(number) }
                if type.name == "float", let number = Double(text) { fallback = .float(number) }
            }
            // A required option, or a positional one, has no value until the script is run with it.
            var required = a.keyword("required").map { PyValue.identical($0, .bool(true)) } ?? !first.hasPrefix("-")
            if case .string(let count)? = a.keyword("nargs"), count == "?" || count == "*" { required = false }
            if required {
                fallback = .opaque(Opaque(origin: p.text(a.span), span: a.span))
            }
            if p.uncertainty != nil { fallback = .opaque(p.uncertainty!) }
            defaults[.string(name)] = fallback
            return .none
        }
        method("set_defaults") { _, a in
            for (name, value, _) in a.keywords { defaults[.string(name)] = value }
            return .none
        }
        for name in ["add_argument_group", "add_mutually_exclusive_group"] { method(name) { _, _ in value } }
        // Subcommands: which one runs is known only when the script is run, so their options are unknown.
        method("add_subparsers") { p, a in
            if case .string(let dest)? = a.keyword("dest") { defaults[.string(dest)] = .opaque(Opaque(origin: p.text(a.span), span: a.span)) }
            let subparsers = PyInstance(cls: PyClass(name: "_SubParsersAction", bases: [], span: SourceSpan(line: 0, column: 0, length: 1)))
            subparsers["add_parser"] = .native(NativeFunction("add_parser") { p, a in
                let parser = makeParser()
                if case .instance(let object) = parser {
                    object["add_argument"] = .native(NativeFunction("add_argument") { p, a in
                        if let name = destination(a) { defaults[.string(name)] = .opaque(Opaque(origin: p.text(a.span), span: a.span)) }
                        return .none
                    })
                }
                return parser
            })
            return .instance(subparsers)
        }
        method("parse_args") { _, _ in namespace(defaults) }
        method("parse_known_args") { _, _ in .tuple([namespace(defaults), .list(PyList([]))]) }
        return value
    }

    /// The attribute an option is stored as: `dest=`, else its first long flag (or its name) without
    /// dashes, `-` read as `_`, as argparse names it.
    private static func destination(_ a: PyCallArguments) -> String? {
        guard case .string(var name)? = a.positional.first?.value else { return nil }
        for entry in a.positional {
            if case .string(let flag) = entry.value, flag.hasPrefix("--") { name = flag; break }
        }
        if case .string(let dest)? = a.keyword("dest") { name = dest }
        while name.hasPrefix("-") { name.removeFirst() }
        return name.replacing("-", with: "_")
    }

    private static func namespace(_ defaults: PyDict) -> PyValue {
        let namespace = PyInstance(cls: PyClass(name: "Namespace", bases: [], span: SourceSpan(line: 0, column: 0, length: 1)))
        for (key, value) in zip(defaults.keys, defaults.values) {
            if case .string(let name) = key { namespace[name] = value }
        }
        return .instance(namespace)
    }
}
