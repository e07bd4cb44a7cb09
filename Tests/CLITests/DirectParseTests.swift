@testable import convtutor
import Testing
import TestSupport

/// `DirectParse` reads the plain shape of a few command lines without the argument parser; wherever it
/// gives a reading, it must be the argument parser's.
@Suite("command lines read without the argument parser")
struct DirectParseTests {
    /// How the argument parser reads a line, as `main` hands it over; nil when it refuses it.
    static func parserReading(_ line: [String]) -> DirectParse.Command? {
        let (arguments, layers) = LayerArguments.split(line)
        guard var command = try? ConvTutor.parseAsRoot(arguments) else { return nil }
        if let layers { command = LayerArguments.restore(layers, into: command) }
        if let summary = command as? Summary { return .summary(summary.model.request, json: summary.json, dataType: summary.dtype) }
        if let explain = command as? Explain { return .explain(explain.model.request) }
        if let stats = command as? Stats { return .stats(json: stats.json, csv: stats.csv, dataDirs: stats.dataDir, ascii: stats.ascii) }
        if let list = command as? Lessons.List { return .lessonsList(folder: list.lessons) }
        if let check = command as? Lessons.Check { return .lessonsCheck(folder: check.folder) }
        if let learn = command as? Learn { return .learn(id: learn.id, learn.options.request) }
        if let quiz = command as? Quiz { return .quiz(quiz.options.request) }
        if let home = command as? Home { return .menu(home.options.request) }
        return nil
    }

    static let plainLines: [[String]] = [
        ["summary", "--input", "24x24x3", "Conv2D(10, kernel_size=3)", "Flatten()", "Dense(10)"],
        ["summary", "-i", "24x24x3", "--json", "Conv2D(10, 3)"],
        ["summary", "--width", "40", "--ascii", "-i", "(24, 24, 3)", "Conv2D(10, 3)"],
        ["summary", "Input(shape=(9, 9, 3))", "--width", "+30", "Conv2D(4, 3)"],
        ["summary", "--file", "model.py"],
        ["summary", "-f", "-", "--input", "3x32x32"],
        ["summary", "--input", "24x24x3", "-"],
        ["summary", "--input", "24x24x3", "--", "-Conv2D(1, 1)", "--json"],
        ["summary", "--json", "--file", "model.py", "--input", "224x224x3", "Dense(3)"],
        ["summary", "--dtype", "float16", "-i", "24x24x3", "Conv2D(1, 1)"], ["summary", "--json", "--dtype", "int8", "-f", "m.py"],
        ["explain", "--input", "24x24x3", "Conv2D(10, kernel_size=3)"],
        ["explain", "Input(shape=(9, 9, 3))", "Conv2D(4, 3)", "--width", "80", "--ascii"],
        ["explain", "-f", "model.py", "-i", "3x64x64"],
        ["summary", "help"],
        ["stats"], ["stats", "--json"], ["stats", "--csv", "--data-dir", "class/alice"], ["stats", "--ascii", "--json"],
        ["stats", "--data-dir", "~/progress", "--ascii"],
        ["stats", "--csv", "--data-dir", "class/alice", "--data-dir", "class/bob"],
        ["stats", "--data-dir", "a", "--json", "--data-dir", "b", "--data-dir", "c"],
        ["lessons", "list"], ["lessons", "list", "--lessons", "my-lessons"],
        ["lessons", "check"], ["lessons", "check", "my-lessons"],
        [], ["menu"], ["menu", "--ascii", "--data-dir", "class/bob"], ["quiz"], ["quiz", "--plain", "--count", "1", "--seed", "1"],
        ["quiz", "--skill", "conv2d", "--seed", "7", "--skill", "conv1d", "--count", "+10", "--guided"],
        ["quiz", "--plain", "--ascii", "--lessons", "my-lessons", "--data-dir", "~/p", "--seed", "0"],
        ["quiz", "--seed", "18446744073709551615"],
        ["learn"], ["learn", "kernel-depth"], ["learn", "kernel-depth", "--plain"], ["learn", "--plain", "worked-example", "--ascii"],
        ["learn", "--lessons", "my-lessons", "bias"], ["learn", "help"], ["learn", "--", "kernel-depth"],
    ]

    static let otherLines: [[String]] = [
        ["lessons"], ["--help", "summary"], ["-h", "quiz"], ["--version", "summary"], ["help"],
        ["quiz", "--count", "0"], ["quiz", "--count", "-1"], ["quiz", "--seed", "-1"], ["quiz", "--seed", "x"],
        ["quiz", "--skill", "conv4d"], ["quiz", "--skill"], ["quiz", "--plain", "--plain"], ["quiz", "extra"],
        ["quiz", "--seed=3"], ["quiz", "--help"], ["quiz", "help"], ["menu", "--minutes", "3"],
        ["learn", "a", "b"], ["learn", "--count", "0", "bias"], ["learn", "-"], ["learn", "--", "-x"], ["learn", "-h"],
        ["lessons", "check", "a", "b"], ["lessons", "check", "--lessons", "x"], ["lessons", "check", "--help"],
        ["lessons", "check", "-"], ["interview", "--plain"], ["demo"],
        ["stats", "--json", "--csv"], ["stats", "extra"], ["stats", "--data-dir"], ["stats", "--data-dir", "-"],
        ["stats", "--json", "--json"], ["stats", "-h"], ["stats", "--data-dir", "a", "--data-dir", "b"],
        ["stats", "--csv", "--data-dir", "a", "--data-dir"], ["stats", "--csv", "--data-dir", "a", "--data-dir", "-"], ["stats", "--data-dir=x"], ["stats", "--version"],
        ["lessons", "list", "extra"], ["lessons", "list", "--lessons"], ["lessons", "list", "--help"],
        ["lessons", "list", "--lessons", "a", "--lessons", "b"], ["lessons", "--lessons", "a", "list"],
        ["summary", "--help"], ["summary", "-h"], ["explain", "--version"],
        ["summary", "--input=24x24x3", "Conv2D(1, 1)"], ["summary", "-i24x24x3", "Conv2D(1, 1)"],
        ["summary", "--input", "24x24x3"], ["explain"], ["summary", "--input"],
        ["summary", "--width", "10", "Conv2D(1, 1)"], ["summary", "--width", "-3", "Conv2D(1, 1)"],
        ["summary", "--width", "wide", "Conv2D(1, 1)"],
        ["summary", "--input", "1x1x1", "--input", "2x2x2", "Conv2D(1, 1)"],
        ["summary", "--json", "--json", "Conv2D(1, 1)"], ["explain", "--json", "Conv2D(1, 1)"],
        ["summary", "--input", "-", "Conv2D(1, 1)"], ["summary", "--file", "--json"],
        ["summary", "--experimental-dump-help"], ["summary", "--generate-completion-script", "bash"],
        ["summary", "--ascii", "-a", "Conv2D(1, 1)"], ["summary", "--dtype", "float8", "Conv2D(1, 1)"],
        ["summary", "--dtype", "int8", "--dtype", "float16", "Conv2D(1, 1)"], ["summary", "--dtype", "Conv2D(1, 1)"],
        ["summary", "--dtype=int8", "Conv2D(1, 1)"], ["explain", "--input", "24x24x3", "--unknown", "Conv2D(1, 1)"],
    ]

    @Test("the plain shape of the commands a shell or a person starts most is read directly, as the argument parser reads it",
          arguments: plainLines)
    func plainLinesAgree(_ line: [String]) throws {
        let direct = try #require(DirectParse.read(line))
        #expect(direct == Self.parserReading(line))
    }

    @Test("everything else is left to the argument parser, or read as it reads it", arguments: otherLines)
    func otherLinesAreLeftAlone(_ line: [String]) {
        if let direct = DirectParse.read(line) {
            #expect(direct == Self.parserReading(line))
        }
        #expect(DirectParse.read(line) == nil, "\(line) is meant to go to the argument parser")
    }

    @Test("a command parsed on its own is that command, or left to the whole tree", arguments: [
        (["summary", "--input", "24x24x3", "--", "Conv2D(1, 1)"], true), (["lessons", "list"], true),
        (["stats", "--json"], true), (["quiz", "--plain", "--seed", "3"], true), (["lessons", "check"], true),
        (["summary", "--help"], false), (["lessons", "list", "-h"], false), (["quiz", "help"], false),
        (["stats", "--version"], false), (["stats", "--generate-completion-script", "bash"], false),
        (["quiz", "--count", "0"], false), (["lessons"], false), (["lessons", "--help"], false), (["help"], false),
        (["demo", "--theme", "light"], true), (["demo", "--theme", "sepia"], false),
    ])
    func leaf(_ line: [String], parsed: Bool) {
        let command = DirectParse.leaf(line)
        #expect((command != nil) == parsed)
        if let command {
            #expect(DirectParse.leaves.values.contains { ObjectIdentifier($0) == ObjectIdentifier(type(of: command)) })
        }
    }

    @Test("help, errors and completion scripts read as the whole tree writes them", arguments: [
        ["summary", "--help"], ["lessons", "list", "--help"], ["quiz", "-h"], ["stats", "--bogus"],
        ["explain", "--width", "3", "Conv2D(1, 1)"], ["summary", "--generate-completion-script", "fish"],
    ])
    func messagesFromTheTree(_ line: [String]) throws {
        let result = try ConvTutorProcess.run(line)
        let text = result.standardOutput + result.standardError
        #expect(text.contains("convtutor"), "\(text)")
        if line.contains("--help") || line.contains("-h") {
            #expect(text.contains("--version"), "help for a subcommand lists the tree's --version")
        }
    }

    @Test("--help and -h print the argument parser's help for the whole tree, as the parser itself does")
    func help() throws {
        #expect(DirectParse.read(["--help"]) == .help)
        #expect(DirectParse.read(["-h"]) == .help)
        var parserHelp = ""
        do {
            // The parser reads --help as its help command, which throws the request for help when run.
            var command = try ConvTutor.parseAsRoot(["--help"])
            try command.run()
            Issue.record("--help runs as a command")
        } catch {
            parserHelp = ConvTutor.fullMessage(for: error)
        }
        #expect(ConvTutor.helpMessage() == parserHelp)
        #expect(parserHelp.contains("SUBCOMMANDS:") && parserHelp.contains("summary"))
        let printed = try ConvTutorProcess.run(["--help"])
        #expect(printed.status == 0)
        #expect(printed.standardOutput.contains("USAGE: convtutor"))
        #expect(printed.standardOutput.contains("lessons"))
    }

    @Test("--version prints what the argument parser prints for it")
    func version() throws {
        #expect(DirectParse.read(["--version"]) == .version)
        let direct = try ConvTutorProcess.run(["--version"])
        let parsed = try ConvTutorProcess.run(["stats", "--version"])
        #expect(direct.status == 0 && parsed.status == 0)
        #expect(direct.standardOutput == ConvTutorVersion.current + "\n")
        #expect(direct.standardOutput == parsed.standardOutput)
    }
}
