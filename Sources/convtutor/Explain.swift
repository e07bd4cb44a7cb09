import ArgumentParser
import Tutor
import TutorUI

/// `convtutor explain`: the derivation of each layer's count, step by step.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain", _superCommandName: "convtutor",
        abstract: "Derive each layer's parameter count and output shape step by step, with diagrams.",
        discussion: HelpText.plain("""
            Every layer type gets its own derivation: standard, grouped, depthwise, separable and \
            transposed convolutions say what differs and why.

            Examples:
              convtutor explain --input 24x24x3 'Conv2D(10, kernel_size=3)'
              convtutor explain --input 3x32x32 'nn.ConvTranspose2d(3, 8, 4, stride=2)'
              convtutor explain --input 32x32x16 'SeparableConv2D(32, 3)'
            """))

    @OptionGroup var model: ModelInputOptions

    func run() throws {
        try Self.run(model.request)
    }

    static func run(_ model: ModelRequest) throws {
        let analysis = try model.readModel()
        Console.print(ExplanationReport(analysis).text(width: model.columns ?? 80, unicode: model.unicode))
    }
}
