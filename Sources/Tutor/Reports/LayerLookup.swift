import ConvMath

/// Finds a model's layers by the name its summary gives them: a Keras layer name (`block1_conv1`),
/// a PyTorch module path (`layer1.0.conv1`, or `layer1.0` for every layer under that module), or
/// the `Conv2d-3` a line-by-line model's rows are called.
public enum LayerLookup {
    /// The rows `name` picks, in order; empty when it names none.
    public static func rows(named name: String, in analysis: ModelAnalysis) -> [Int] {
        let names = SummaryReport(analysis).names
        let exact = names.indices.filter { names[$0] == name }
        if !exact.isEmpty { return exact }
        return analysis.layers.indices.filter { analysis.layers[$0].path?.hasPrefix(name + ".") ?? false }
    }

    /// Every name that picks rows: each row's, and each module that holds rows (`layer1`, `layer1.0`).
    public static func names(in analysis: ModelAnalysis) -> [String] {
        var seen = Set<String>()
        var result: [String] = []
        for (index, name) in SummaryReport(analysis).names.enumerated() {
            var candidates = [name]
            if let path = analysis.layers[index].path {
                let parts = path.split(separator: ".")
                candidates = (1..<max(1, parts.count)).map { parts.prefix($0).joined(separator: ".") } + [path]
            }
            for candidate in candidates where seen.insert(candidate).inserted { result.append(candidate) }
        }
        return result
    }

    /// The valid names nearest to one that picks nothing, nearest first.
    public static func nearest(to name: String, in analysis: ModelAnalysis, limit: Int = 5) -> [String] {
        Spelling.nearest(to: name, among: names(in: analysis), limit: limit)
    }
}
