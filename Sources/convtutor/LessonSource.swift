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

    /// The lessons that read cleanly, in order; problems go to standard error as warnings.
    static func lessons(_ option: String?) -> [Lesson] {
        do {
            let result = LessonChecker.check(try files(directory(option)))
            for issue in result.issues.prefix(5) { Console.printError("warning: \(issue)") }
            return result.lessons
        } catch let error as ReadError {
            Console.printError("warning: \(error.message); no lessons loaded")
        } catch {
            Console.printError("warning: \(error); no lessons loaded")
        }
        return []
    }
}
