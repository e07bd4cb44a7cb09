import ConvMath

/// One module of a famous network by its path (`features.0`, `layer3.0.downsample.0`, a whole block
/// such as `features.1`): the rows the engine analysed under it, as one small model whose input is
/// the module's input in the network. A question asks about it through this analysis, so its answer
/// is the engine's count of the module in the network.
struct FamousModule: Sendable {
    var network: FamousNetwork
    var path: String

    /// The module's rows as the engine analysed them in the network, as one small model.
    var analysis: ModelAnalysis

    /// The module at `path`, or nil when the network has none there, its rows do not follow one
    /// another (a block with a layer on its shortcut), or a row's call cannot be written back.
    init?(_ network: FamousNetwork, path: String) {
        guard let analysis = network.analysis?.module(path),
              analysis.layers.allSatisfy({ row in row.spec.call.flatMap { $0.pythonText(row.spec.type) } != nil })
        else { return nil }
        self.network = network
        self.path = path
        self.analysis = analysis
    }

    var rows: [AnalyzedLayer] { analysis.layers }

    /// The module's input in the network.
    var inputShape: TensorShape { rows[0].inputShape }

    /// A single layer rather than a block.
    var isLayer: Bool { rows.count == 1 && rows[0].path == path }

    /// Each row's call as literal Python, with its path as a comment.
    var code: [String] {
        rows.map { row in
            "\(row.spec.call?.pythonText(row.spec.type) ?? row.spec.type.name)  # \(row.path ?? "")"
        }
    }
}
