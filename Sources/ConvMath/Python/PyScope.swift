/// The names visible at one level of a Python program: a module, a function call, a class body.
final class PyScope {
    var names: [String: PyValue] = [:]
    /// Names in the order they were first bound, so that the model built last at top level can be found.
    private(set) var order: [String] = []
    let parent: PyScope?
    let isClassBody: Bool
    var globalNames: Set<String> = []

    init(parent: PyScope?, isClassBody: Bool = false) {
        self.parent = parent
        self.isClassBody = isClassBody
    }

    func lookup(_ name: String) -> PyValue? {
        var scope: PyScope? = self
        while let current = scope {
            if let value = current.names[name] { return value }
            scope = current.parent
            while let next = scope, next.isClassBody { scope = next.parent }
        }
        return nil
    }

    func bind(_ name: String, _ value: PyValue) {
        if names[name] == nil { order.append(name) }
        names[name] = value
    }

    /// The scope functions defined here close over (a class body is not one).
    var closureScope: PyScope {
        isClassBody ? (parent ?? self) : self
    }
}
