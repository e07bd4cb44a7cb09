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

    /// The lesson files, by name.
    static func files(_ directory: String?) throws -> [(name: String, text: String)] {
        guard let directory else { return EmbeddedLessons.files }
        let manager = FileManager.default
        var isDirectory = false
        guard manager.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory else {
            throw ReadError(message: "'\(directory)' is not a folder of lessons")
        }
        let names = try manager.contentsOfDirectory(atPath: directory)
            .filter { $0.hasSuffix(".md") && $0 != "README.md" }
            .sorted()
        return try names.map { name in
            guard let data = manager.contents(atPath: directory + "/" + name) else {
                throw ReadError(message: "cannot read '\(directory)/\(name)'")
            }
            return (name, String(decoding: data, as: UTF8.self))
        }
    }

    /// The lessons that read, in order. Only the format is read here, which is quick; the engine's
    /// checks of every example are for `convtutor lessons check` (and the tests, for the built-in ones).
    static func lessons(_ option: String?) -> [Lesson] {
        do {
            var lessons: [Lesson] = []
            for file in try files(directory(option)) {
                let (lesson, issues) = LessonParser.parse(file.text, file: file.name)
                for issue in issues.prefix(3) { Console.printError("warning: \(issue)") }
                if let lesson, !lessons.contains(where: { $0.id == lesson.id }) { lessons.append(lesson) }
            }
            return lessons.sorted { ($0.order, $0.id) < ($1.order, $1.id) }
        } catch let error as ReadError {
            Console.printError("warning: \(error.message); no lessons loaded")
        } catch {
            Console.printError("warning: \(error); no lessons loaded")
        }
        return []
    }
}
