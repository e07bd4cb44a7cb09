import ArgumentParser
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif
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
        guard let value = getenv(environmentVariable).map({ String(cString: $0) }), !value.isEmpty else { return nil }
        return value
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
        var lessons: [Lesson] = []
        for file in try readableFiles(option) {
            let (lesson, issues) = LessonParser.parse(file.text, file: file.name)
            for issue in issues.prefix(3) { Console.printError("warning: \(issue)") }
            if let lesson, !lessons.contains(where: { $0.id == lesson.id }) { lessons.append(lesson) }
        }
        return lessons.sorted { ($0.order, $0.id) < ($1.order, $1.id) }
    }

    /// The headers of the lessons that `lessons` gives, in the same order. The built-in lessons are
    /// checked clean by the tests, so only their headers are read, which is much quicker; a folder's
    /// lessons are read whole, so that their problems are reported.
    static func headers(_ option: String?) throws -> [LessonHeader] {
        guard directory(option) == nil else { return try lessons(option).map(\.header) }
        var headers: [LessonHeader] = []
        for file in EmbeddedLessons.files {
            if let header = LessonParser.header(file.text, file: file.name), !headers.contains(where: { $0.id == header.id }) {
                headers.append(header)
            }
        }
        return headers.sorted { ($0.order, $0.id) < ($1.order, $1.id) }
    }

    /// The header of the built-in lesson with this id, reading headers only as far as it; nil when
    /// there is none, or when lessons are read from a folder (whose problems `headers` reports).
    static func builtInHeader(id: String, option: String?) -> LessonHeader? {
        guard directory(option) == nil else { return nil }
        for file in EmbeddedLessons.files {
            if let header = LessonParser.header(file.text, file: file.name), header.id == id { return header }
        }
        return nil
    }

    /// The lesson a header came from, read whole (its problems were reported when the header was read).
    static func lesson(_ header: LessonHeader, option: String?) throws -> Lesson? {
        guard let file = try readableFiles(option).first(where: { $0.name == header.file }) else { return nil }
        return LessonParser.parse(file.text, file: file.name).lesson
    }

    /// The lesson files; a folder that cannot be read is reported and ends the command with status 1.
    private static func readableFiles(_ option: String?) throws -> [(name: String, text: String)] {
        do {
            return try files(directory(option))
        } catch {
            Console.printError("error: \(error.message)")
            throw ExitCode(1)
        }
    }
}
