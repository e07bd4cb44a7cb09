/// Reads a lesson file: a `---` header (format, id, title, order, skills), then paragraphs,
/// headings, lists and fenced blocks. Inline numbers in the prose (`{= 10*27+10}`) are replaced by
/// their values here, so every renderer shows the number. Every problem is reported with its line.
public enum LessonParser {
    public static let formatVersion = 1
    static let blockKinds: Set<String> = ["code", "diagram", "check", "practice"]

    public static func parse(_ text: String, file: String) -> (lesson: Lesson?, issues: [LessonIssue]) {
        let reading = read(text, file: file)
        return (reading.lesson, reading.issues)
    }

    /// A lesson's header alone, read without its body, for listing and finding lessons quickly; nil
    /// when it names no lesson. Its problems are for `parse` to report.
    public static func header(_ text: String, file: String) -> LessonHeader? {
        guard let header = readHeader(lines(text, headerOnly: true), file: file, issue: { _, _ in })?.header,
              !header.id.isEmpty else { return nil }
        return header
    }

    /// The file's lines; with `headerOnly`, only as far as the end of the header.
    static func lines(_ text: String, headerOnly: Bool = false) -> [String] {
        // Split on the bytes: splitting by characters was a quarter of the time, and it never split a
        // CR LF line end (one character), so a file written on Windows read as a single line.
        var text = text
        return text.withUTF8 { bytes in
            var lines: [String] = []
            var start = 0
            while true {
                var end = start
                while end < bytes.count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
                let stop = end > start && bytes[end - 1] == UInt8(ascii: "\r") ? end - 1 : end
                let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<stop]), as: UTF8.self)
                lines.append(line)
                if headerOnly {
                    // The header ends at the second '---' line; a file that does not start with one has none.
                    let isFence = line.trimmed == "---"
                    if lines.count == 1 ? !isFence : isFence { break }
                }
                guard end < bytes.count else { break }
                start = end + 1
            }
            return lines
        }
    }

    /// The header and the index of the line that closes it; nil when there is no header.
    static func readHeader(_ lines: [String], file: String, issue: (Int, String) -> Void) -> (header: LessonHeader, end: Int)? {
        guard lines.first?.trimmed == "---", let end = lines.dropFirst().firstIndex(where: { $0.trimmed == "---" }) else {
            issue(1, "missing header: a lesson starts with a '---' line, the header fields, and another '---' line")
            return nil
        }
        var header: [String: (value: String, line: Int)] = [:]
        for index in 1..<end {
            let line = lines[index]
            if line.trimmed.isEmpty { continue }
            guard let colon = line.utf8.firstIndex(of: UInt8(ascii: ":")) else {
                issue(index + 1, "header lines are 'name: value', not '\(line.trimmed)'")
                continue
            }
            let name = line[..<colon].trimmed
            guard ["format", "id", "title", "order", "skills"].contains(name) else {
                issue(index + 1, "unknown header field '\(name)' (the fields are format, id, title, order, skills)")
                continue
            }
            header[name] = (line[line.index(after: colon)...].trimmed, index + 1)
        }
        for name in ["format", "id", "title", "order", "skills"] where header[name]?.value.isEmpty ?? true {
            issue(end + 1, "missing \(name) in the header")
        }
        let format = header["format"].flatMap { Int($0.value) } ?? 0
        if let field = header["format"], format != formatVersion {
            issue(field.line, "format \(field.value) is not supported; this version of convtutor reads format \(formatVersion)")
        }
        let id = header["id"]?.value ?? ""
        if let field = header["id"], !id.isEmpty, !id.allSatisfy({ $0.isLowercase || $0.isNumber || $0 == "-" }) || !id.allSatisfy(\.isASCII) {
            issue(field.line, "id '\(id)' must be lowercase letters, digits and '-'")
        }
        let order = header["order"].flatMap { Int($0.value) }
        if let field = header["order"], order == nil { issue(field.line, "order must be a whole number, not '\(field.value)'") }
        let skills = header["skills"].map { parseSkills($0.value, line: $0.line, issue: issue) } ?? []
        return (LessonHeader(format: format, id: id, title: header["title"]?.value ?? id, order: order ?? 0, skills: skills,
                             file: file), end)
    }

    /// What `parse` returns, and the prose lines as written, which the checker's lint reads.
    static func read(_ text: String, file: String) -> (lesson: Lesson?, issues: [LessonIssue], prose: [LessonProseLine]) {
        var issues: [LessonIssue] = []
        func issue(_ line: Int, _ message: String) { issues.append(LessonIssue(file: file, line: line, message: message)) }

        let lines = self.lines(text)
        guard let (header, end) = readHeader(lines, file: file, issue: issue) else { return (nil, issues, []) }

        let checks = parseBody(lines, from: end + 1, issue: { _, _ in }, references: nil).blocks.compactMap { block in
            if case .check(let check) = block, check.name != nil { check } else { nil }
        }
        var references: [String: LessonCheck] = [:]
        for check in checks {
            guard let name = check.name else { continue }
            if references[name] != nil {
                issue(check.line, "two checks are named '\(name)'; a name must be unique in its lesson")
            } else {
                references[name] = check
            }
        }
        let (blocks, prose) = parseBody(lines, from: end + 1, issue: issue, references: references)
        if !blocks.contains(where: { if case .practice = $0 { true } else { false } }) {
            issue(lines.count, "the lesson has no practice block; end it with one")
        }
        guard !header.id.isEmpty else { return (nil, issues, prose) }
        return (Lesson(format: header.format, id: header.id, title: header.title, order: header.order, skills: header.skills,
                       blocks: blocks, file: file), issues, prose)
    }

    static func parseSkills(_ text: String, line: Int, issue: (Int, String) -> Void) -> [Skill] {
        text.split(separator: ",").compactMap { name in
            let name = name.trimmed
            guard let skill = Skill(rawValue: name) else {
                issue(line, "unknown skill '\(name)' (the skills are \(Skill.allCases.map(\.rawValue).joined(separator: ", ")))")
                return nil
            }
            return skill
        }
    }

    /// The body's blocks, with every inline number in the prose resolved to its value, and the prose
    /// lines as written. Without `references` (the first of two readings, which finds the named
    /// checks), the prose is kept as written.
    private static func parseBody(_ lines: [String], from start: Int, issue: (Int, String) -> Void,
                                  references: [String: LessonCheck]?) -> (blocks: [LessonBlock], prose: [LessonProseLine]) {
        var blocks: [LessonBlock] = []
        var prose: [LessonProseLine] = []
        var piece = 0
        var paragraph: [String] = []
        var list: [String] = []
        func flush() {
            if !paragraph.isEmpty { blocks.append(.paragraph(paragraph.joined(separator: " "))) }
            if !list.isEmpty { blocks.append(.list(list)) }
            paragraph = []
            list = []
        }
        var index = start
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimmed
            /// The prose line with its inline numbers resolved. An inline number starts with `{`, so the
            /// markers that tell headings and list items apart come before any and are the same in both.
            func resolved(startsPiece: Bool) -> String {
                if startsPiece { piece += 1 }
                prose.append(LessonProseLine(line: index + 1, text: line, piece: piece))
                guard let references else { return line.trimmed }
                let (text, problems) = LessonInlineNumbers.resolve(line, references: references)
                for problem in problems { issue(index + 1, problem.message) }
                return text.trimmed
            }
            if trimmed.hasPrefix("```") {
                flush()
                let kind = String(trimmed.dropFirst(3)).trimmed
                let opening = index + 1
                var body: [(String, Int)] = []
                index += 1
                while index < lines.count, lines[index].trimmed != "```" {
                    body.append((lines[index], index + 1))
                    index += 1
                }
                if index >= lines.count { issue(opening, "this ``` block is never closed") }
                if let block = parseFence(kind: kind, body: body, line: opening, issue: issue) { blocks.append(block) }
            } else if trimmed.isEmpty {
                flush()
            } else if trimmed.hasPrefix("#") {
                flush()
                let level = trimmed.prefix { $0 == "#" }.count
                blocks.append(.heading(level: level, text: resolved(startsPiece: true).dropFirst(level).trimmed))
            } else if trimmed.hasPrefix("- ") || trimmed.hasPrefix("* ") {
                if !paragraph.isEmpty { blocks.append(.paragraph(paragraph.joined(separator: " "))); paragraph = [] }
                list.append(String(resolved(startsPiece: true).dropFirst(2)).trimmed)
            } else if !list.isEmpty && line.hasPrefix("  ") {
                list[list.count - 1] += " " + resolved(startsPiece: false)
            } else {
                if !list.isEmpty { blocks.append(.list(list)); list = [] }
                paragraph.append(resolved(startsPiece: paragraph.isEmpty))
            }
            index += 1
        }
        flush()
        return (blocks, prose)
    }

    private static func parseFence(kind: String, body: [(String, Int)], line: Int, issue: (Int, String) -> Void) -> LessonBlock? {
        switch kind {
        case "code", "", "python", "text":
            return .code(body.map(\.0))
        case "diagram", "check", "practice":
            var fields: [(name: String, value: String, line: Int)] = []
            for (text, number) in body where !text.trimmed.isEmpty {
                guard let colon = text.firstIndex(of: ":") else {
                    issue(number, "\(kind) blocks hold 'name: value' lines, not '\(text.trimmed)'")
                    continue
                }
                fields.append((text[..<colon].trimmed, text[text.index(after: colon)...].trimmed, number))
            }
            let layers = fields.filter { $0.name == "layer" }.map(\.value)
            let input = fields.first { $0.name == "input" }?.value
            switch kind {
            case "diagram":
                for field in fields where !["layer", "input", "step"].contains(field.name) {
                    issue(field.line, "unknown diagram field '\(field.name)' (the fields are layer, input, step)")
                }
                var step = LessonDiagram.Step.kernelDepth
                if let field = fields.first(where: { $0.name == "step" }) {
                    if let parsed = LessonDiagram.Step(rawValue: field.value) { step = parsed } else {
                        issue(field.line, "unknown diagram step '\(field.value)' (the steps are kernel-depth, kernels, output)")
                    }
                }
                guard !layers.isEmpty, let input else {
                    issue(line, "a diagram needs a 'layer:' and an 'input:'")
                    return nil
                }
                return .diagram(LessonDiagram(layers: layers, input: input, step: step, line: line))
            case "check":
                var expectations: [(key: LessonCheck.Key, value: String, line: Int)] = []
                let nameField = fields.first { $0.name == "name" }
                if let nameField, !LessonInlineNumbers.isName(nameField.value) {
                    issue(nameField.line, "a check's name is lowercase letters and digits, starting with a letter, "
                          + "not '\(nameField.value)'")
                }
                for field in fields where !["layer", "input", "name"].contains(field.name) {
                    guard let key = LessonCheck.Key(rawValue: field.name) else {
                        issue(field.line, "unknown check field '\(field.name)' (the fields are layer, input, name, "
                              + LessonCheck.Key.allCases.map(\.rawValue).joined(separator: ", ") + ")")
                        continue
                    }
                    expectations.append((key, field.value, field.line))
                }
                guard !layers.isEmpty, let input, !expectations.isEmpty else {
                    issue(line, "a check needs 'layer:', 'input:' and at least one number to check, such as 'params:'")
                    return nil
                }
                return .check(LessonCheck(name: nameField?.value, layers: layers, input: input, expectations: expectations,
                                          line: line))
            default:
                for field in fields where !["skills", "seed", "count"].contains(field.name) {
                    issue(field.line, "unknown practice field '\(field.name)' (the fields are skills, seed, count)")
                }
                let skillsField = fields.first { $0.name == "skills" }
                let skills = skillsField.map { parseSkills($0.value, line: $0.line, issue: issue) } ?? []
                if skills.isEmpty { issue(line, "a practice block needs 'skills:'") }
                let seedField = fields.first { $0.name == "seed" }
                let seed = seedField.flatMap { UInt64($0.value) }
                if let seedField, seed == nil { issue(seedField.line, "seed must be a whole number, not '\(seedField.value)'") }
                let countField = fields.first { $0.name == "count" }
                let count = countField.flatMap { Int($0.value) } ?? 3
                if let countField, (Int(countField.value) ?? 0) < 1 {
                    issue(countField.line, "count must be a whole number of at least 1, not '\(countField.value)'")
                }
                return .practice(LessonPractice(skills: skills, seed: seed, count: max(1, count), line: line))
            }
        default:
            issue(line, "unknown block '\(kind)' (the blocks are code, diagram, check, practice)")
            return .code(body.map(\.0))
        }
    }
}

extension StringProtocol {
    var trimmed: String {
        var text = Substring(self)
        // A space or tab beside an ASCII character (or at an end) is a character of its own, so it is
        // dropped byte by byte; a line that then begins and ends with printable ASCII is done.
        func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        while let first = text.utf8.first, isBlank(first), text.utf8.dropFirst().first.map({ $0 < 0x80 }) ?? true {
            text = text[text.utf8.index(after: text.startIndex)...]
        }
        while let last = text.utf8.last, isBlank(last), text.utf8.dropLast().last.map({ $0 < 0x80 }) ?? true {
            text = text[..<text.utf8.index(before: text.endIndex)]
        }
        if text.isEmpty { return "" }
        if let first = text.utf8.first, let last = text.utf8.last, (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) {
            return String(text)
        }
        while let first = text.first, first.isWhitespace { text = text.dropFirst() }
        while let last = text.last, last.isWhitespace { text = text.dropLast() }
        return String(text)
    }
}
