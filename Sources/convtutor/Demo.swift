import ArgumentParser
import ConvMath
import StyledText
import Tutor
import TutorUI
import TerminalBackend

/// `convtutor demo`: classroom mode for a projector.
struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo", _superCommandName: "convtutor",
        abstract: "Classroom mode: reveal a layer's derivation one step at a time, for a projector.",
        discussion: HelpText.plain("""
            Without a layer, walks a fixed sequence from the classic example (10 filters of 3×3 over \
            24×24×3) to separable and transposed convolutions; --seed gives the same ideas with other \
            numbers. With --input and a layer, explains that layer; with several, walks the model layer by \
            layer, each with its own derivation, and ends with the table of counts and the total; --file \
            walks a model file the way summary reads it (a Sequential list, a PyTorch class with its forward, \
            a Keras functional model), and --model picks which model of the file. With --set, presents a teacher's question set, a question a slide, with its notes and the wrong answers \
            to expect once the answer is shown. Space or → reveals the next step, \
            ← goes back, n and p move between layers, ? lists the keys, q quits. Nothing is scored or recorded.

            The slides fill the window: lines of at most 70 characters in a centred column, the numbers of the \
            question and each step's result in large glyphs when the window has room, pictures as large as it allows \
            (compact in a small one), and no dim text. --theme light paints black on white with darker colours for a \
            projector with a white background; it needs a terminal with colours (not with NO_COLOR set).

            Examples:
              convtutor demo
              convtutor demo --seed 3
              convtutor demo --theme light
              convtutor demo --input 224x224x3 'Conv2D(64, 3, padding="same")'
              convtutor demo --input 32x32x3 'Conv2D(32, 3)' 'MaxPooling2D(2)' 'Conv2D(64, 3)' 'Flatten()' 'Dense(10)'
              convtutor demo --file vgg.py --input 3x224x224
              convtutor demo --file model.py --model 'Net(num_classes=10)'
              convtutor demo --set classic
            """))

    @Option(parsing: .unconditional, help: ArgumentHelp("The same progression of ideas with other numbers.", valueName: "n"), transform: SeedOption.parse)
    var seed: UInt64?

    @Option(name: .shortAndLong, help: ArgumentHelp("The input shape of the layer to explain, e.g. 24x24x3.", valueName: "shape"))
    var input: String?

    @Argument(help: ArgumentHelp("Layers to explain instead of the fixed sequence, in order.", valueName: "layer"))
    var layers: [String] = []

    @Option(name: .shortAndLong, help: ArgumentHelp(
        "Walk the model a file builds, a layer a slide ('-' reads standard input); --input gives its input shape where the file does not.",
        valueName: "path"))
    var file: String?

    @Option(help: ArgumentHelp(
        "With --file: the model to walk, as an expression over what the file defines, e.g. 'resnet18()'.",
        valueName: "expression"))
    var model: String?

    @Option(help: ArgumentHelp("Present a question set: a set file, or a built-in set's id (see 'convtutor sets list').",
                               valueName: "file"))
    var set: String?

    @Flag(help: "Draw with plain ASCII characters only.")
    var ascii = false

    @Option(help: ArgumentHelp("Colours for the screen: dark (the terminal's own background) or light (black on white).",
                               valueName: "theme"))
    var theme: Theme.Name = .dark

    func validate() throws {
        if set != nil && (input != nil || !layers.isEmpty || seed != nil || file != nil) {
            throw ValidationError("--set presents the set's own questions: leave out --input, --seed, --file and the layers")
        }
        if model != nil && file == nil { throw ValidationError("--model picks a model of a file: give the file with --file") }
        if file != nil {
            if !layers.isEmpty { throw ValidationError("--file walks the file's own layers: leave out the layers given as arguments") }
            if seed != nil { throw ValidationError("--seed varies the fixed sequence: leave it out with --file") }
            return
        }
        if !layers.isEmpty && input == nil { throw ValidationError("give the layer's input shape with --input, e.g. --input 24x24x3") }
        if input != nil && layers.isEmpty { throw ValidationError("give the layer to explain after --input, e.g. 'Conv2D(10, kernel_size=3)'") }
    }

    func run() throws {
        var items = DemoSequence.items(seed: seed)
        if let set {
            let (questionSet, questions) = try SetSource.load(set)
            items = DemoSequence.items(questionSet, questions: questions)
        } else if let file {
            let request = ModelRequest(input: input, file: file, ascii: ascii, model: model)
            let analysis = try request.readModel()
            if let reason = DerivationRefusal.reason(analysis, rows: Array(analysis.layers.indices)) {
                Console.printError(reason.rendered())
                throw ExitCode(1)
            }
            let name = file == "-" ? "standard input" : file
            items = DemoSequence.model(analysis, code: ["\(name): \(analysis.modelName ?? "the model it builds")"], named: true)
        } else if let input {
            do {
                items = try DemoSequence.model(input: input, layers: layers)
            } catch {
                Console.printError(error.rendered())
                throw ExitCode(1)
            }
        }
        let environment = NcursesTerminal.processEnvironment()
        guard case .success = NcursesTerminal.canRunFullScreen(environment: environment) else {
            let unicode = !ascii && Console.localeIsUTF8()
            for item in items {
                let fold = { (text: String) in unicode ? text : ASCIIFold.fold(text) }
                Console.print(fold(item.sentence))
                Console.print(fold(item.code.map { "  " + $0 }.joined(separator: "\n")) + "\n")
                Console.print(DerivationText.text(item.derivation, width: Console.terminalColumns() ?? 80, ascii: !unicode))
                for note in item.notes { Console.print(fold(note)) }
                Console.print("")
            }
            return
        }
        let terminal = NcursesTerminal(environment: environment, theme: .named(theme))
        try terminal.start()
        var state = AppState(size: terminal.size, demo: items, asciiOnly: ascii || !terminal.supportsUnicode)
        AppLoop.run(&state, on: terminal) { _ in [] }
        terminal.stop()
        SignalExit.followStop(of: terminal)
    }
}

extension Theme.Name: ExpressibleByArgument {}
