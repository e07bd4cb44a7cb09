/// Modules that a PyTorch model runs but does not register. PyTorch registers a module assigned to
/// an attribute of another, or held by a container module (`nn.Sequential`, `nn.ModuleList`,
/// `nn.ModuleDict`); one kept in a plain list, tuple or dict is run by `forward` all the same, but
/// `model.parameters()` leaves its weights out, so the framework's count and the layers' sum differ.
enum UnregisteredModules {
    /// The plain Python container that holds the modules.
    enum Container: String {
        case list, tuple, dict
    }

    /// The first attribute of a module under `root` that holds modules in a plain Python container:
    /// its owner, its name and the container's kind.
    static func first(in root: PyValue) -> (owner: PyInstance, name: String, container: Container)? {
        var visited = Set<ObjectIdentifier>()
        func visit(_ value: PyValue, depth: Int) -> (PyInstance, String, Container)? {
            guard depth < 64 else { return nil }
            switch value {
            case .layer(let layer):
                guard visited.insert(ObjectIdentifier(layer)).inserted else { return nil }
                for child in layer.children ?? [] {
                    if let found = visit(child.value, depth: depth + 1) { return found }
                }
            case .instance(let instance) where instance.cls.frameworkBase == .pytorch:
                guard visited.insert(ObjectIdentifier(instance)).inserted else { return nil }
                for child in instance.sequential?.children ?? [] {
                    if let found = visit(child.value, depth: depth + 1) { return found }
                }
                for name in instance.names {
                    guard let child = instance[name] else { continue }
                    if let container = plainContainer(child), holdsModules(child, depth: 0) {
                        return (instance, name, container)
                    }
                    if let found = visit(child, depth: depth + 1) { return found }
                }
            default:
                break
            }
            return nil
        }
        return visit(root, depth: 0)
    }

    private static func plainContainer(_ value: PyValue) -> Container? {
        switch value {
        case .list: return .list
        case .tuple: return .tuple
        case .dict: return .dict
        default: return nil
        }
    }

    private static func holdsModules(_ value: PyValue, depth: Int) -> Bool {
        guard depth < 64 else { return false }
        switch value {
        case .layer: return true
        case .instance(let instance): return instance.cls.frameworkBase != nil
        case .list(let list): return list.items.contains { holdsModules($0, depth: depth + 1) }
        case .tuple(let items): return items.contains { holdsModules($0, depth: depth + 1) }
        case .dict(let dict): return dict.values.contains { holdsModules($0, depth: depth + 1) }
        default: return false
        }
    }
}
