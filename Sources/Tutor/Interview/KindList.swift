/// Reads a list of kinds of question as `--kinds` takes it: names separated by commas
/// (`receptive-field,memory`), each a skill's name.
public enum KindList {
    /// The kinds named, in the order given, each once; or what was wrong, with the valid names.
    public static func parse(_ text: String) -> Result<[Skill], KindListError> {
        var kinds: [Skill] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let name = part.trimmed
            guard !name.isEmpty else { return .failure(.empty) }
            guard let skill = Skill(rawValue: name) else { return .failure(.unknown(name)) }
            if !kinds.contains(skill) { kinds.append(skill) }
        }
        return kinds.isEmpty ? .failure(.empty) : .success(kinds)
    }
}

/// What was wrong with a list of kinds.
public enum KindListError: Error, Sendable, Equatable {
    case unknown(String)
    /// No name, or an empty one between commas.
    case empty

    /// The problem and how to fix it, with every valid name.
    public var message: String {
        let valid = Skill.allCases.map(\.rawValue).joined(separator: ", ")
        switch self {
        case .unknown(let name):
            return "unknown kind '\(name)'; the kinds are \(valid)"
        case .empty:
            return "--kinds takes kind names separated by commas, such as output-shape,macs; the kinds are \(valid)"
        }
    }
}
