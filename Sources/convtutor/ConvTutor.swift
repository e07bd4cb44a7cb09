import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif

@main
struct ConvTutor: ParsableCommand {
    // Every command names itself: without a name the argument parser derives one from the type's
    // name by reflection, afresh each time it looks a command up.
    static let configuration = CommandConfiguration(
        commandName: "convtutor",
        abstract: "Learn to count the parameters of convolutional layers, and to derive them.",
        discussion: HelpText.plain("""
            A conv layer with M filters of K×K over an H×W×D input has kernels of K×K×D: a kernel is \
            always as deep as its input. So it has M·(K·K·D) weights plus M biases: 10 filters of 3×3 \
            over 24×24×3 have 10·(3·3·3)+10 = 280 parameters. H and W do not matter.

            Examples:
              convtutor                    the tutor: quiz, lessons, stats
              convtutor quiz --skill conv2d
              convtutor learn kernel-depth
              convtutor explain --input 24x24x3 'Conv2D(10, kernel_size=3)'
              convtutor summary --input 24x24x3 'Conv2D(10, 3)' 'Flatten()' 'Dense(10)'
              convtutor summary --input 3x224x224 --file model.py

            Shell completions: convtutor --generate-completion-script bash (or zsh, or fish) prints \
            the script for that shell.
            """),
        version: ConvTutorVersion.current,
        subcommands: [Home.self, Quiz.self, Learn.self, Lessons.self, Interview.self, Demo.self, Sets.self, Stats.self, Summary.self, Explain.self],
        defaultSubcommand: Home.self
    )

    /// Runs the command as `ParsableCommand.main` does, but prints the argument parser's messages
    /// through `Console` like every other message: safe for the terminal, and `error:` in lower case.
    static func main() {
        do {
            let line = Array(CommandLine.arguments.dropFirst())
            if let command = DirectParse.read(line) {
                try command.run()
                return
            }
            let (arguments, layers) = LayerArguments.split(line)
            var command = try DirectParse.leaf(arguments) ?? parseAsRoot(arguments)
            if let layers { command = LayerArguments.restore(layers, into: command) }
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let text = fullMessage(for: error)
            if !text.isEmpty {
                if code == .success {
                    Console.print(text)
                } else {
                    Console.printError(text.hasPrefix("Error: ") ? "error: " + text.dropFirst(7) : text)
                }
            }
            Glibc.exit(code.rawValue)
        }
    }
}

enum ConvTutorVersion {
    static let current = "0.1.0"
}
