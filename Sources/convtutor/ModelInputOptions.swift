import ArgumentParser
import ConvMath
import Tutor

/// The options every command that reads a model shares: the input shape and where the layers come from.
struct ModelInputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp(
        "The input shape without the batch axis: 24x24x3 or '(24, 24, 3)' for Keras (channels last), 3x24x24 for PyTorch (channels first). With --file it is used where the file does not give the shape, and fills the sizes a Keras input leaves open (None).",
        valueName: "shape"))
    var input: String?

    @Option(name: .shortAndLong, help: ArgumentHelp(
        "Read the model from a file ('-' reads standard input): layer calls one per line, or model code as written (a Keras Sequential or functional model, a PyTorch nn.Module run through its forward, builder functions, a whole training script).",
        valueName: "path"))
    var file: String?

    @Option(help: ArgumentHelp(
        "With --file: the model to count, as an expression over what the file defines, e.g. 'resnet18()' or 'Net(num_classes=10)' (default: the model the file builds at top level, else its last model class or builder that needs no arguments).",
        valueName: "expression"))
    var model: String?

    @Option(name: .customLong("set"), help: ArgumentHelp(
        "With --file: give a name the file leaves unknown a value, e.g. --set num_classes=10 or --set args.nz=100 for an argparse option (repeatable). It sets a global name, or a local variable whose value the file cannot give.",
        valueName: "name=value"))
    var settings: [String] = []

    @Argument(help: ArgumentHelp(
        "Layer calls as Keras or PyTorch write them, e.g. 'Conv2D(10, kernel_size=3)' or 'nn.Conv2d(3, 10, 3)'. '-' reads standard input.",
        valueName: "layer"))
    var layers: [String] = []

    @Option(parsing: .unconditional, help: ArgumentHelp("Fit the output to this many columns, at least 20 (default: the terminal's width).", valueName: "columns"))
    var width: Int?

    @Flag(help: "Draw with plain ASCII characters only.")
    var ascii = false

    func validate() throws {
        try request.validate()
    }

    /// The options as plain values, as `DirectParse` reads them too.
    var request: ModelRequest {
        ModelRequest(input: input, file: file, layers: layers, width: width, ascii: ascii, model: model, settings: settings)
    }
}

/// What a command that reads a model is asked to read, and how wide to print.
struct ModelRequest: Equatable {
    var input: String?
    var file: String?
    var layers: [String] = []
    var width: Int?
    var ascii = false
    var model: String?
    var settings: [String] = []

    func validate() throws(ValidationError) {
        if layers.isEmpty && file == nil {
            throw ValidationError("give at least one layer, such as 'Conv2D(10, kernel_size=3)', or --file model.py")
        }
        if (model != nil || !settings.isEmpty) && (file == nil || !layers.isEmpty) {
            throw ValidationError("--model and --set read a model file: give it with --file, and no layers as arguments")
        }
        if let width, width < 20 {
            throw ValidationError("--width must be at least 20")
        }
    }

    /// Reads and checks the model, printing a located error and exiting 1 when it is wrong.
    func readModel() throws -> ModelAnalysis {
        do {
            var sources: [SourceText] = []
            if let file { sources.append(try SourceFiles.read(file)) }
            for (index, layer) in layers.enumerated() {
                sources.append(layer == "-" ? try SourceFiles.read("-")
                               : SourceText(name: "layer \(index + 1)", text: layer))
            }
            let shape = try input.map(ShapeParser.parse)
            let wholeFile = sources.count == 1 && (file != nil || layers == ["-"])
            guard wholeFile else { return try ModelReader.read(sources, inputShape: shape).analyze() }
            if wholeFile, model == nil, settings.isEmpty, PrintedModelReader.looksPrinted(sources[0]) {
                return try PrintedModelReader.read(sources[0], inputShape: shape)
            }
            let options = SourceModelReader.Options(model: model, settings: settings, inputShape: shape)
            // A file that defines functions or classes is a program: only running it tells which of its
            // layers the model calls, and in what order (the line reader would skip a `return self.conv(x)`).
            if model != nil || !settings.isEmpty || Self.definesFunctionsOrClasses(sources[0].text) {
                return try SourceModelReader.read(sources[0], options: options)
            }
            // A file the layer-by-layer reader refuses (a loop, a branch) is run as a program.
            let refusal: ModelError
            do {
                return try ModelReader.read(sources, inputShape: shape).analyze()
            } catch {
                refusal = error
            }
            let result = Result { () throws(ModelError) in try SourceModelReader.read(sources[0], options: options) }
            if case .failure(let failure) = result, failure.message == SourceModelReader.noModelMessage { throw refusal }
            return try result.get()
        } catch let error as ModelError {
            Console.printError(error.rendered())
            throw ExitCode(1)
        } catch let error as SourceFiles.ReadError {
            Console.printError("error: \(error.message)")
            throw ExitCode(1)
        }
    }

    static func definesFunctionsOrClasses(_ text: String) -> Bool {
        text.split(separator: "\n").contains { line in
            let code = line.drop { $0 == " " || $0 == "\t" }
            return code.hasPrefix("def ") || code.hasPrefix("class ")
        }
    }

    var columns: Int? { width ?? Console.terminalColumns() }
    var unicode: Bool { !ascii && Console.localeIsUTF8() }
}
