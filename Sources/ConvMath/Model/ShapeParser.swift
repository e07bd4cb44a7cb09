/// Reads an input shape written as `24x24x3`, `24×24×3`, `(24, 24, 3)`, `[24, 24, 3]` or `24,24,3`.
public enum ShapeParser {
    public static func parse(_ text: String) throws(ModelError) -> TensorShape {
        let trimmed = text.trimmingWhitespace()
        var inner = Substring(trimmed)
        if let first = inner.first, let last = inner.last, (first == "(" && last == ")") || (first == "[" && last == "]") {
            inner = inner.dropFirst().dropLast()
        }
        let separators: Set<Character> = ["x", "X", "×", ",", "*"]
        var parts = inner.split(omittingEmptySubsequences: false, whereSeparator: { separators.contains($0) })
            .map { $0.trimmingWhitespace() }
        if parts.count > 1, parts.last == "" { parts.removeLast() }
        let example = "write it as 24x24x3 or (24, 24, 3), without the batch axis"
        guard !parts.isEmpty, !parts.contains(where: \.isEmpty) else {
            throw ModelError("'\(text.excerpt)' is not a shape", hint: example)
        }
        var dimensions: [Int] = []
        for part in parts {
            guard let value = Int(part.filter { $0 != "_" }) else {
                if part == "None" {
                    throw ModelError("the shape '\(text.excerpt)' has None in it; sizes must be numbers to be counted",
                                     hint: "leave out the batch axis and give every other size")
                }
                throw ModelError("'\(part.excerpt)' in the shape '\(text.excerpt)' is not a whole number", hint: example)
            }
            guard value >= 1 else {
                throw ModelError("every size in the shape '\(text.excerpt)' must be at least 1", hint: example)
            }
            dimensions.append(value)
        }
        guard !dimensions.isEmpty else { throw ModelError("'\(text.excerpt)' is not a shape", hint: example) }
        return TensorShape(dimensions)
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars = scalars.dropFirst() }
        while let last = scalars.last, last.isWhitespace { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
