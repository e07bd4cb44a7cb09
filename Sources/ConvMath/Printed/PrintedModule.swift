/// The text `print(model)` gives for a PyTorch module, as people paste it from a notebook:
///
///     Net(
///       (conv1): Conv2d(3, 6, kernel_size=(5, 5), stride=(1, 1))
///       (features): Sequential(
///         (0): Conv2d(6, 16, kernel_size=(3, 3), stride=(1, 1))
///       )
///     )
///
/// read as Python that builds the same module tree (each module a container holding its children
/// under their names), line for line, so that an error points at the line pasted.
struct PrintedModule {
    /// The Python that builds the tree, with as many lines as the text.
    var program: SourceText
    /// The pasted text.
    var original: SourceText
    /// The class of the root module (`Net`).
    var rootType: String
    /// The class of each module that holds others, by its dotted path.
    var moduleTypes: [String: String]
    /// By line: from which column on the program's text is `shift` columns to the right of the original.
    var shifts: [Int: (from: Int, shift: Int)]
    /// The line each module is printed on, by its dotted path.
    var lines: [String: Int]

    /// Whether the text looks like `print(model)`: a `Name(` line, then an indented `(name): ` line.
    static func looksPrinted(_ text: String) -> Bool {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
            .map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }.prefix(2)
        guard lines.count == 2, let root = lines.first, root.hasSuffix("("),
              isIdentifier(String(root.dropLast())) else { return false }
        return child(lines[lines.startIndex + 1]) != nil
    }

    private static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.first, first == "_" || first.isLetter else { return false }
        return text.allSatisfy { $0 == "_" || $0.isLetter || $0.isNumber }
    }

    /// One child line: its name (or a run `a-b` with its count) and what follows the name.
    private struct Child {
        var names: [String]
        var type: String
        /// After the type's name: `(args)` for a module with no children, `(` for one with some.
        var rest: String
        var prefixLength: Int
    }

    private static func child(_ trimmed: String) -> Child? {
        guard trimmed.hasPrefix("("), let close = trimmed.firstIndex(of: ")") else { return nil }
        let name = String(trimmed[trimmed.index(after: trimmed.startIndex)..<close])
        var rest = trimmed[trimmed.index(after: close)...]
        guard rest.hasPrefix(": ") else { return nil }
        rest = rest.dropFirst(2)
        var names = [name]
        let parts = name.split(separator: "-")
        if parts.count == 2, let first = Int(parts[0]), let last = Int(parts[1]), first < last, last - first < 10_000 {
            // PyTorch 2 prints a run of equal modules as `(0-2): 3 x Linear(...)`.
            guard let times = rest.firstRange(of: " x ") else { return nil }
            guard Int(rest[..<times.lowerBound]) == last - first + 1 else { return nil }
            rest = rest[times.upperBound...]
            names = (first...last).map(String.init)
        } else if !name.allSatisfy({ $0 == "_" || $0.isLetter || $0.isNumber }) {
            return nil
        }
        guard let open = rest.firstIndex(of: "("), isIdentifier(String(rest[..<open])) else { return nil }
        return Child(names: names, type: String(rest[..<open]), rest: String(rest[open...]),
                     prefixLength: trimmed.count - rest.count)
    }

    /// The program for a printed module, or the problems of lines that are not part of one.
    static func translate(_ source: SourceText) throws(ModelError) -> PrintedModule {
        var output: [String] = []
        var problems: [ModelError] = []
        var stack: [(path: String, type: String)] = []
        var moduleTypes: [String: String] = [:]
        var shifts: [Int: (from: Int, shift: Int)] = [:]
        var modulesLines: [String: Int] = [:]
        var rootType: String?
        var finished = false
        let lines = source.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (index, line) in lines.enumerated() {
            let number = index + 1
            let trimmed = line.trimmingWhitespace()
            let indent = line.prefix { $0 == " " || $0 == "\t" }.count
            func problem(_ message: String, hint: String? = nil) {
                problems.append(ModelError(message, at: SourceSpan(line: number, column: indent + 1, length: max(1, trimmed.count)),
                                           hint: hint).located(in: source))
                output.append("")
            }
            if trimmed.isEmpty {
                output.append("")
                continue
            }
            if rootType == nil {
                guard trimmed.hasSuffix("("), isIdentifier(String(trimmed.dropLast())) else {
                    problem("print(model) starts with the model's class and '(' on a line of its own")
                    continue
                }
                rootType = String(trimmed.dropLast())
                output.append("model = nn.Sequential(OrderedDict([")
                stack = [(path: "", type: rootType!)]
                continue
            }
            if finished {
                problem("this line comes after the model's closing ')'", hint: "paste the output of one print(model)")
                continue
            }
            if trimmed == ")" {
                stack.removeLast()
                if stack.isEmpty {
                    finished = true
                    output.append(String(repeating: " ", count: indent) + "]))")
                } else {
                    output.append(String(repeating: " ", count: indent) + "]))),")
                }
                continue
            }
            guard let child = child(trimmed) else {
                problem("this line is not one print(model) writes",
                        hint: "each line inside the model is '(name): Module(arguments)', or ')' closing a module")
                continue
            }
            let parent = stack.last!.path
            func path(_ name: String) -> String { parent.isEmpty ? name : parent + "." + name }
            let pad = String(repeating: " ", count: indent)
            for name in child.names { modulesLines[path(name)] = number }
            if child.rest == "(" {
                guard child.names.count == 1 else {
                    problem("a run of equal modules that hold others ('\(child.names.first!)-\(child.names.last!)') is not read yet",
                            hint: "print the model with each module written out, or give its source with --file")
                    continue
                }
                stack.append((path: path(child.names[0]), type: child.type))
                moduleTypes[path(child.names[0])] = child.type
                output.append(pad + "(\"\(child.names[0])\", nn.Sequential(OrderedDict([")
                continue
            }
            let call = "nn.\(child.type)\(child.rest)"
            let entries = child.names.map { "(\"\($0)\", \(call))" }
            let newPrefix = "(\"\(child.names[0])\", nn."
            shifts[number] = (from: indent + child.prefixLength + 1, shift: newPrefix.count - child.prefixLength)
            output.append(pad + entries.joined(separator: ", ") + ",")
        }
        if !problems.isEmpty, let combined = ModelError.combined(problems, first: source.name) { throw combined }
        guard let rootType else {
            throw ModelError("this text is empty").located(in: source)
        }
        guard finished else {
            throw ModelError("print(model) ends with the ')' that closes \(rootType)(: it is missing",
                             at: SourceSpan(line: max(1, lines.count), column: 1, length: 1),
                             hint: "paste the whole output of print(model)").located(in: source)
        }
        return PrintedModule(program: SourceText(name: source.name, text: output.joined(separator: "\n")), original: source,
                             rootType: rootType, moduleTypes: moduleTypes, shifts: shifts, lines: modulesLines)
    }

    /// An error about the program, pointing into the pasted text instead.
    func located(_ error: ModelError) -> ModelError {
        var copy = error
        if var span = copy.span, copy.sourceName == program.name {
            if let (from, shift) = shifts[span.line], span.column >= from + shift { span.column -= shift }
            copy.span = span
            copy.sourceLine = original.line(span.line)
        }
        copy.more = copy.more.map(located)
        return copy
    }
}
