import ArgumentParser
import ConvMath
import Tutor
import TutorUI

/// `convtutor explain`: the derivation of each layer's count, step by step.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain", _superCommandName: "convtutor",
        abstract: "Derive each layer's parameter count and output shape step by step, with diagrams.",
        discussion: HelpText.plain("""
            Every layer type gets its own derivation: standard, grouped, depthwise, separable and \
            transposed convolutions say what differs and why; batch, layer and group normalizations \
            and embeddings say what they learn per channel, value or index.

            Examples:
              convtutor explain --input 24x24x3 'Conv2D(10, kernel_size=3)'
              convtutor explain --input 3x32x32 'nn.ConvTranspose2d(3, 8, 4, stride=2)'
              convtutor explain --input 32x32x16 'SeparableConv2D(32, 3)'
              convtutor explain --input 3x224x224 --file resnet.py --layer layer1.0.conv1
            """))

    @OptionGroup var model: ModelInputOptions

    @Option(help: ArgumentHelp(
        "Derive only this layer, named as summary names it: a PyTorch module path (layer1.0.conv1, features.3, or layer1 for every layer in it) or a Keras layer name (block1_conv1).",
        valueName: "name"))
    var layer: String?

    func run() throws {
        try Self.run(model.request, layer: layer)
    }

    static func run(_ model: ModelRequest, layer: String? = nil) throws {
        let analysis = try model.readModel()
        var report = ExplanationReport(analysis)
        if let layer {
            let rows = LayerLookup.rows(named: layer, in: analysis)
            guard !rows.isEmpty else {
                let nearest = LayerLookup.nearest(to: layer, in: analysis)
                let error = ModelError("this model has no layer '\(layer)'",
                                       hint: "the nearest names are \(nearest.joined(separator: ", ")); "
                                        + "'convtutor summary' lists every layer with its name")
                Console.printError(error.rendered())
                throw ExitCode(1)
            }
            report = ExplanationReport(analysis, rows: rows)
            try refuseUnknownShapes(analysis, rows: rows)
        } else {
            try refuseUnknownShapes(analysis, rows: Array(analysis.layers.indices))
        }
        Console.print(report.text(width: model.columns ?? 80, unicode: model.unicode))
    }

    /// Layers that cannot be derived are refused, with the reason.
    private static func refuseUnknownShapes(_ analysis: ModelAnalysis, rows: [Int]) throws {
        guard let reason = DerivationRefusal.reason(analysis, rows: rows) else { return }
        Console.printError(reason.rendered())
        throw ExitCode(1)
    }
}
