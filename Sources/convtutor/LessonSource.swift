import ArgumentParser
import FoundationEssentials
import LessonsBundle
import Tutor

/// Where the lessons come from: the folder given with `--lessons` or `CONVTUTOR_LESSONS`, or the
/// lessons built into the binary.
enum LessonSource {
    struct ReadError: Error {
        var message: String
    }

    static let environmentVariable = "CONVTUTOR_LESSONS"

    /// The folder to read, if one was asked for.
    static func directory(_ option: String?) -> String? {
        if let option { return option }
        let value = ProcessInfo.processInfo.environment[environmentVariable]
        return value?.isEmpty == false ? value : nil
    }

    /// The lesson files, by name. A folder that was asked for but holds no lesson is an error, so a
    /// mistyped path never looks like an empty course.
    static func files(_ directory: String?) throws(ReadError) -> [(name: String, text: String)] {
        guard let directory else { return EmbeddedLessons.files }
        let manager = FileManager.default
        var isDirectory = false
        guard manager.fileExists(atPath: directory, isDirectory: &isDirectory) else {
            throw ReadError(message: "there is no folder '\(directory)': lessons are read from a folder of lesson files (*.md)")
        }
        guard isDirectory else {
            throw ReadError(message: "'\(directory)' is a file, not a folder: lessons are read from the folder that holds the lesson files (*.md)")
        }
        let entries: [String]
        do {
            entries = try manager.contentsOfDirectory(atPath: directory)
        } catch {
            throw ReadError(message: "cannot read the folder '\(directory)': check that you may read it")
        }
        let names = entries.filter { $0.hasSuffix(".md") && $0 != "README.md" }.sorted()
        guard !names.isEmpty else {
            throw ReadError(message: "'\(directory)' holds no lesson files: a lesson is a .md file in that folder")
        }
        return try names.map { (name) throws(ReadError) in
            guard let data = manager.contents(atPath: directory + "/" + name) else {
                throw ReadError(message: "cannot read '\(directory)/\(name)'")
            }
            return (name, String(decoding: data, as: UTF8.self))
        }
    }

    /// The lessons that read, in order; a folder that cannot be read is reported and ends the command
    /// with status 1. Only the format is read here, which is quick; the engine's checks of every example
    /// are for `convtutor lessons check` (and the tests, for the built-in ones).
    static func lessons(_ option: String?) throws -> [Lesson] {
        let files: [(name: String, text: String)]
        do {
            files = try self.files(directory(option))
        } catch {
            Console.printError("error: \(error.message)")
            throw ExitCode(1)
        }
        var lessons: [Lesson] = []
        for file in files {
            let (lesson, issues) = LessonParser.parse(file.text, file: file.name)
            for issue in issues.prefix(3) { Console.printError("warning: \(issue)") }
            if let lesson, !lessons.contains(where: { $0.id == lesson.id }) { lessons.append(lesson) }
        }
        return lessons.sorted { ($0.order, $0.id) < ($1.order, $1.id) }
    }
}
