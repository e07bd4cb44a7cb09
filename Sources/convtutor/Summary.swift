import ArgumentParser
import ConvMath
import Tutor

/// The layer names the engine knows, for help text.
enum LayerNames {
    static func list(_ framework: Framework) -> String {
        LayerCatalog.all.filter { $0.framework == framework }.map(\.name).joined(separator: ", ")
    }
}

/// `convtutor summary`: the table a framework's summary prints, with the formula behind each count.
struct Summary: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print each layer's output shape and parameter count, with the formula that gives it.",
        discussion: """
            Counts and shapes are exactly what Keras 3 and PyTorch report. The framework is told by the \
            names: Conv2D is Keras, nn.Conv2d (or Conv2d) is PyTorch. Arguments that change no count \
            (activation, name, kernel_initializer, inplace, ...) are accepted and ignored.

            Examples:
              convtutor summary --input 24x24x3 'Conv2D(10, 3)' 'Flatten()' 'Dense(10)'
              convtutor summary --input 3x32x32 'nn.Conv2d(3, 16, 3)' 'nn.BatchNorm2d(16)'
              convtutor summary --json --file model.py
              cat model.py | convtutor summary --input 224x224x3 -


            Keras layers: \(LayerNames.list(.keras))

            PyTorch layers (with or without nn.): \(LayerNames.list(.pytorch))
            """)

    @OptionGroup var model: ModelInputOptions

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    func run() throws {
        let report = SummaryReport(try model.readModel())
        Console.print(json ? report.json().pretty() : report.text(width: model.columns, unicode: model.unicode))
    }
}
