/// Reads a question set file: a `---` header (format, id, title), then questions, each starting
/// with a `## title` line and made of `name: value` fields and at most one block of code between
/// ``` lines. Only the form is read here; `QuestionSetChecker` runs every question through the
/// engine. Every problem is reported with its line, in the order of the file.
public enum QuestionSetParser {
    public static let formatVersion = 1
    static let headerFields = ["format", "id", "title"]
    static let questionFields = ["id", "text", "ask", "input", "layer", "focus", "notes"]
    /// The fields a question may give more than once.
    static let repeatable: Set<String> = ["layer", "notes"]

    /// The set, when its header names one, and every problem of form found in the file.
    public static func parse(_ text: String, file: String) -> (set: QuestionSet?, issues: [SetIssue]) {
        var issues: [SetIssue] = []
        let issue = { (line: Int, message: String) in issues.append(SetIssue(file: file, line: line, message: message)) }
        let lines = LessonParser.lines(text)
        guard let (header, end) = readHeader(lines, issue: issue) else { return (nil, issues) }
        var questions: [SetQuestion] = []
        var index = end + 1
        var ids: [String: Int] = [:]
        var headings = 0
        while index < lines.count {
            let line = lines[index]
            if line.trimmed.isEmpty {
                index += 1
                continue
            }
            guard line.hasPrefix("##") && !line.hasPrefix("###") else {
                issue(index + 1, "a question starts with a '## title' line; this line is outside any question")
                index += 1
                continue
            }
            headings += 1
            var body: [(text: String, line: Int)] = []
            let start = index
            index += 1
            var fenced = false
            while index < lines.count {
                let text = lines[index]
                if text.trimmed.hasPrefix("```") { fenced.toggle() }
                if !fenced && text.hasPrefix("##") && !text.hasPrefix("###") { break }
                body.append((text, index + 1))
                index += 1
            }
            let title = String(line.dropFirst(2)).trimmed
            if let question = readQuestion(title: title, line: start + 1, body: body, number: questions.count + 1, issue: issue) {
                if let first = ids[question.id] {
                    issue(question.line, "duplicate question id '\(question.id)': the question at line \(first) has it too")
                } else {
                    ids[question.id] = question.line
                }
                questions.append(question)
            }
        }
        if headings == 0 {
            issue(end + 1, "the set has no questions: each question starts with a '## title' line")
        }
        guard !header.id.isEmpty else { return (nil, issues) }
        return (QuestionSet(id: header.id, title: header.title, file: file, questions: questions), issues)
    }

    /// The header's id and title (empty when missing) and the index of its closing line.
    static func readHeader(_ lines: [String], issue: (Int, String) -> Void) -> (header: (id: String, title: String), end: Int)? {
        guard lines.first?.trimmed == "---", let end = lines.dropFirst().firstIndex(where: { $0.trimmed == "---" }) else {
            issue(1, "missing header: a question set starts with a '---' line, the fields format, id and title, and another '---' line")
            return nil
        }
        var fields: [String: Written<String>] = [:]
        for index in 1..<end where !lines[index].trimmed.isEmpty {
            guard let (name, value) = field(lines[index]) else {
                issue(index + 1, "header lines are 'name: value', not '\(lines[index].trimmed)'")
                continue
            }
            guard headerFields.contains(name) else {
                issue(index + 1, "unknown header field '\(name)' (the fields are format, id, title)")
                continue
            }
            fields[name] = Written(value, line: index + 1)
        }
        for name in headerFields where fields[name]?.value.isEmpty ?? true {
            issue(end + 1, "missing \(name) in the header")
        }
        if let format = fields["format"], !format.value.isEmpty, Int(format.value) != formatVersion {
            issue(format.line, "format \(format.value) is not supported; this version of convtutor reads format \(formatVersion)")
        }
        var id = fields["id"]?.value ?? ""
        if let field = fields["id"], !id.isEmpty, !isIdentifier(id) {
            issue(field.line, "id '\(id)' must be lowercase letters, digits and '-'")
            id = ""
        }
        return ((id, fields["title"]?.value ?? id), end)
    }

    /// One question from its heading and the lines under it; nil when it has no usable ask or code.
    static func readQuestion(title: String, line: Int, body: [(text: String, line: Int)], number: Int,
                             issue: (Int, String) -> Void) -> SetQuestion? {
        var fields: [String: Written<String>] = [:]
        var layers: [Written<String>] = []
        var notes: [String] = []
        var blocks: [(lines: [String], line: Int)] = []
        var index = 0
        while index < body.count {
            let (text, lineNumber) = body[index]
            index += 1
            if text.trimmed.isEmpty { continue }
            if text.trimmed.hasPrefix("```") {
                var code: [String] = []
                while index < body.count, !body[index].text.trimmed.hasPrefix("```") {
                    code.append(body[index].text)
                    index += 1
                }
                if index == body.count {
                    issue(lineNumber, "this code block is not closed: end it with a line of ```")
                } else {
                    index += 1
                }
                blocks.append((code, lineNumber + 1))
                continue
            }
            guard let (name, value) = field(text) else {
                issue(lineNumber, "question lines are 'name: value' or a code block between ``` lines, not '\(text.trimmed)'")
                continue
            }
            guard questionFields.contains(name) else {
                issue(lineNumber, "unknown field '\(name)' (the fields are \(questionFields.joined(separator: ", ")))")
                continue
            }
            guard !value.isEmpty else {
                issue(lineNumber, "'\(name):' has no value")
                continue
            }
            if name == "notes" || name == "text" {
                for finding in LessonWorkedNumberLint.findings(in: value) {
                    issue(lineNumber, "'\(finding.context)' is a worked number written bare: a set holds no answers, so that "
                          + "none can be wrong; leave \(finding.number) out (the engine shows the answer, and the wrong answers to expect)")
                }
            }
            switch name {
            case "layer": layers.append(Written(value, line: lineNumber))
            case "notes": notes.append(value)
            default:
                if let earlier = fields[name] {
                    issue(lineNumber, "'\(name):' is given twice (first at line \(earlier.line)); a question has one")
                } else {
                    fields[name] = Written(value, line: lineNumber)
                }
            }
        }
        var usable = true
        let id = fields["id"]?.value ?? String(number)
        if let field = fields["id"], !isIdentifier(id) {
            issue(field.line, "question id '\(id)' must be lowercase letters, digits and '-'")
        }
        var ask: Written<SetAsk>?
        if let field = fields["ask"] {
            if let value = SetAsk(rawValue: field.value) {
                ask = Written(value, line: field.line)
            } else {
                issue(field.line, "unknown ask '\(field.value)': ask one of \(SetAsk.spellings)")
            }
        } else {
            issue(line, "the question has no 'ask:' field: ask one of \(SetAsk.spellings)")
        }
        var focus: Written<Int>?
        if let field = fields["focus"] {
            if let number = Int(field.value), number >= 1 {
                focus = Written(number, line: field.line)
            } else {
                issue(field.line, "focus must be the number of the layer asked about, counting from 1, not '\(field.value)'")
            }
        }
        let code: SetQuestion.Code
        switch (layers.isEmpty, blocks.count) {
        case (false, 0):
            code = .layers(layers)
        case (true, 1):
            code = .source(blocks[0].lines, firstLine: blocks[0].line)
            if blocks[0].lines.allSatisfy({ $0.trimmed.isEmpty }) { issue(blocks[0].line - 1, "the code block is empty") }
        case (true, 0):
            issue(line, "the question has no code: give 'layer:' lines, or the model's code between ``` lines")
            code = .layers([])
            usable = false
        case (false, _):
            issue(blocks[0].line - 1, "the question has both 'layer:' lines and a code block: give one or the other")
            code = .layers(layers)
        default:
            issue(blocks[1].line - 1, "the question has more than one code block: put the model's code in one")
            code = .source(blocks[0].lines, firstLine: blocks[0].line)
        }
        guard usable, let ask else { return nil }
        return SetQuestion(id: id, title: title.isEmpty ? nil : title, text: fields["text"]?.value, ask: ask,
                           input: fields["input"], code: code, focus: focus, notes: notes, line: line)
    }

    /// `name: value`, both trimmed; nil when the line has no colon or the name is not a word.
    static func field(_ line: String) -> (name: String, value: String)? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let name = line[..<colon].trimmed
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "_" }) else { return nil }
        return (name, line[line.index(after: colon)...].trimmed)
    }

    static func isIdentifier(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }
    }
}
