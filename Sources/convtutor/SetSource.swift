import ArgumentParser
import FoundationEssentials
import SetsBundle
import Tutor

/// Where question sets come from: a file or a folder of them, or the sets built into the binary,
/// named by their id.
enum SetSource {
    struct ReadError: Error {
        var message: String
    }

    /// The built-in sets, by file name.
    static var builtIn: [(name: String, text: String)] { EmbeddedSets.files }

    /// The files `sets check` reads for each argument: a file, every `*.md` set in a folder (not
    /// its README), or a built-in set's id; no argument means every built-in set.
    static func files(_ arguments: [String]) throws(ReadError) -> [(name: String, text: String)] {
        guard !arguments.isEmpty else { return builtIn }
        var files: [(name: String, text: String)] = []
        for argument in arguments { files += try self.files(argument) }
        return files
    }

    private static func files(_ argument: String) throws(ReadError) -> [(name: String, text: String)] {
        let manager = FileManager.default
        var isDirectory = false
        guard manager.fileExists(atPath: argument, isDirectory: &isDirectory) else {
            if let file = builtIn.first(where: { $0.name == argument + ".md" || $0.name == argument }) { return [file] }
            let known = builtIn.map { String($0.name.dropLast(3)) }.joined(separator: ", ")
            throw ReadError(message: "there is no file '\(argument)', and no built-in set has that id (they are \(known))")
        }
        guard isDirectory else { return [try read(argument, name: argument)] }
        let entries: [String]
        do {
            entries = try manager.contentsOfDirectory(atPath: argument)
        } catch {
            throw ReadError(message: "cannot read the folder '\(argument)': check that you may read it")
        }
        let names = entries.filter { $0.hasSuffix(".md") && $0 != "README.md" }.sorted()
        guard !names.isEmpty else { throw ReadError(message: "'\(argument)' holds no question sets: a set is a .md file in that folder") }
        var files: [(name: String, text: String)] = []
        for name in names {
            let path = argument.hasSuffix("/") ? argument + name : argument + "/" + name
            files.append(try read(path, name: path))
        }
        return files
    }

    private static func read(_ path: String, name: String) throws(ReadError) -> (name: String, text: String) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ReadError(message: "cannot read '\(path)': check that it is a file you may read")
        }
        guard data.count <= 4_000_000 else { throw ReadError(message: "'\(path)' is larger than 4 MB; is it really a question set?") }
        return (name, String(decoding: data, as: UTF8.self))
    }

    /// The set `--set` names, read and answered by the engine, ready to ask. A set that cannot be
    /// read, or has any problem, is reported (every problem, as `sets check` reports them) and ends
    /// the command with status 1: a question is never asked from a set in doubt.
    static func load(_ argument: String) throws -> (set: QuestionSet, questions: [Question]) {
        let files: [(name: String, text: String)]
        do {
            files = try self.files(argument)
        } catch {
            Console.printError("error: \(error.message)")
            throw ExitCode(1)
        }
        guard files.count == 1, let file = files.first else {
            Console.printError("error: '\(argument)' is a folder of \(files.count) sets: give one set's file to --set")
            throw ExitCode(1)
        }
        let reading = QuestionSetChecker.read(file.text, file: file.name)
        guard reading.issues.isEmpty, let set = reading.set else {
            for issue in reading.issues { Console.printError(issue.description) }
            Console.printError("error: the set '\(argument)' has \(NumberFormat.counted(reading.issues.count, "problem")); "
                               + "fix \(reading.issues.count == 1 ? "it" : "them") and check again with 'convtutor sets check \(argument)'")
            throw ExitCode(1)
        }
        return (set, reading.questions)
    }

    /// The set ready for a quiz session.
    static func run(_ argument: String) throws -> QuestionSetRun {
        let (set, questions) = try load(argument)
        return QuestionSetRun(id: set.id, title: set.title, questions: questions, argument: argument)
    }
}
