/// The modules a PyTorch module holds, as `children()`, `named_children()`, `modules()` and
/// `named_modules()` give them: the registered children in the order they were set (those an
/// `nn.Sequential` base was given first), and below them their own, each module once.
enum ModuleTree {
    /// A module's direct children with their names, or nil when an attribute is unknown (it could
    /// hold a module the reader cannot see).
    static func children(of value: PyValue) -> [(name: String, value: PyValue)]? {
        switch value {
        case .layer(let layer):
            return layer.children ?? []
        case .instance(let instance):
            var result = instance.sequential?.children ?? []
            var seen = Set(result.compactMap { identity(of: $0.value) })
            for name in instance.names {
                guard let child = instance[name] else { continue }
                if child.opaque != nil { return nil }
                if isModule(child), let identity = identity(of: child), seen.insert(identity).inserted { result.append((name, child)) }
            }
            return result
        default:
            return []
        }
    }

    /// The module and every module under it, each once, with its dotted path from the module (the
    /// module itself is ""), or nil when some module's attributes are unknown.
    static func descendants(of root: PyValue) -> [(path: String, value: PyValue)]? {
        var result: [(String, PyValue)] = []
        var seen = Set<ObjectIdentifier>()
        func visit(_ value: PyValue, _ path: String, depth: Int) -> Bool {
            guard depth < 64 else { return false }
            if let identity = identity(of: value), !seen.insert(identity).inserted { return true }
            result.append((path, value))
            guard let children = children(of: value) else { return false }
            for (name, child) in children where !visit(child, path.isEmpty ? name : path + "." + name, depth: depth + 1) {
                return false
            }
            return true
        }
        return visit(root, "", depth: 0) ? result : nil
    }

    static func isModule(_ value: PyValue) -> Bool {
        switch value {
        case .layer: return true
        case .instance(let instance): return instance.cls.frameworkBase != nil
        default: return false
        }
    }

    private static func identity(of value: PyValue) -> ObjectIdentifier? {
        switch value {
        case .layer(let layer): return ObjectIdentifier(layer)
        case .instance(let instance): return ObjectIdentifier(instance)
        default: return nil
        }
    }
}
