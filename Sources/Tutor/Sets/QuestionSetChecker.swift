/// Checks question sets the way `lessons check` checks lessons: every question's form, then every
/// question run through the engine, so each is readable and each answer is computed. Every problem is
/// reported with its file and line, all at once, in the order of the files and their lines.
public enum QuestionSetChecker {
    /// One file read whole: the set (when its header names one), its questions ready to ask (only
    /// when every one of them could be made), and every problem, in line order.
    public struct Reading: Sendable, Equatable {
        public var set: QuestionSet?
        public var questions: [Question]
        public var issues: [SetIssue]
    }

    public static func read(_ text: String, file: String) -> Reading {
        let (set, formIssues) = QuestionSetParser.parse(text, file: file)
        var issues = formIssues
        var questions: [Question] = []
        for question in set?.questions ?? [] {
            switch SetQuestionBuilder.build(question, setID: set?.id ?? "", file: file) {
            case .success(let built): questions.append(built)
            case .failure(let issue): issues.append(issue)
            }
        }
        // A stable sort: problems on one line keep the order they were found in.
        issues = issues.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
        return Reading(set: set, questions: issues.isEmpty ? questions : [], issues: issues)
    }

    /// Several files, as a folder holds them: each read whole, and a set id used twice reported.
    public static func check(_ files: [(name: String, text: String)]) -> [Reading] {
        var seen: [String: String] = [:]
        return files.map { file in
            var reading = read(file.text, file: file.name)
            if let id = reading.set?.id {
                if let other = seen[id] {
                    let line = LessonParser.lines(file.text).firstIndex { $0.hasPrefix("id:") }.map { $0 + 1 } ?? 1
                    reading.issues.append(SetIssue(file: file.name, line: line, message: "duplicate set id '\(id)': \(other) has it too"))
                    reading.questions = []
                } else {
                    seen[id] = file.name
                }
            }
            return reading
        }
    }
}
