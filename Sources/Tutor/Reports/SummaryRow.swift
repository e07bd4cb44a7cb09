import ConvMath

/// One row of a summary table: a layer call, a module that holds the layers below it (a heading
/// with no count of its own), or with `--depth` a module folded into one row.
public struct SummaryRow: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// A layer's call: the row of `ModelAnalysis.layers` at this index.
        case layer(Int)
        /// A module whose layers follow, indented below it.
        case module
        /// A module shown as one row: the sum of its layers' parameters (rows at these indices) and
        /// the output of its last call.
        case folded([Int])
    }

    public var kind: Kind
    /// The name the framework gives it: a Keras layer name or a PyTorch module path.
    public var name: String
    public var typeName: String
    /// How many modules it sits in (0 for a model's own layers).
    public var depth: Int
    public var outputShape: TensorShape?
    public var parameters: ParameterCount?
    /// True for a call of a layer whose weights an earlier row counted.
    public var shared: Bool
    public var path: String?
}

extension SummaryRow {
    /// The rows of a summary, in call order: with module headings for a PyTorch model's nested
    /// modules, and with `depth` set, modules deeper than it folded into one row each (as torchinfo
    /// does: depth 1 shows the model's own modules).
    public static func rows(_ analysis: ModelAnalysis, names: [String], depth: Int? = nil) -> [SummaryRow] {
        var rows: [SummaryRow] = []
        var open: [String] = []
        var index = 0
        let layers = analysis.layers
        /// Headings for the modules of `prefixes` the previous row was not already inside.
        func headings(_ prefixes: [String]) {
            var common = 0
            while common < min(open.count, prefixes.count), open[common] == prefixes[common] { common += 1 }
            for level in common..<prefixes.count {
                let module = prefixes[level]
                rows.append(SummaryRow(kind: .module, name: module, typeName: analysis.moduleTypes[module] ?? "Module",
                                       depth: level, outputShape: nil, parameters: nil, shared: false, path: module))
            }
            open = prefixes
        }
        while index < layers.count {
            let layer = layers[index]
            guard let path = layer.path, !path.isEmpty else {
                open = []
                rows.append(SummaryRow(kind: .layer(index), name: names[index], typeName: layer.spec.type.className, depth: 0,
                                       outputShape: layer.result.outputShape, parameters: layer.result.parameters,
                                       shared: layer.sharedCall, path: layer.path))
                index += 1
                continue
            }
            let parts = path.split(separator: ".").map(String.init)
            let prefixes = (1..<parts.count).map { parts.prefix($0).joined(separator: ".") }
            if let depth, parts.count > depth, depth >= 1 {
                let module = prefixes[depth - 1]
                headings(Array(prefixes.prefix(depth - 1)))
                var members: [Int] = []
                while index < layers.count, let next = layers[index].path, next.hasPrefix(module + ".") {
                    members.append(index)
                    index += 1
                }
                let counted = members.filter { !layers[$0].sharedCall }
                let parameters = counted.reduce(ParameterCount.zero) { total, member in
                    let own = layers[member].result.parameters
                    return ParameterCount(trainable: total.trainable &+ own.trainable, nonTrainable: total.nonTrainable &+ own.nonTrainable)
                }
                rows.append(SummaryRow(kind: .folded(members), name: module, typeName: analysis.moduleTypes[module] ?? "Module",
                                       depth: depth - 1, outputShape: members.last.map { layers[$0].result.outputShape },
                                       parameters: parameters, shared: counted.isEmpty, path: module))
                open = Array(prefixes.prefix(depth - 1))
                continue
            }
            headings(prefixes)
            rows.append(SummaryRow(kind: .layer(index), name: names[index], typeName: layer.spec.type.className,
                                   depth: parts.count - 1, outputShape: layer.result.outputShape,
                                   parameters: layer.result.parameters, shared: layer.sharedCall, path: path))
            index += 1
        }
        return rows
    }
}
