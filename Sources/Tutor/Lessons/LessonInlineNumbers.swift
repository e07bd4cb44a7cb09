/// Worked numbers written as arithmetic in a lesson's prose, resolved when the lesson is read.
///
/// `{= 10*(3*3*3)+10}` is shown as its value, `280`; `{== 10·27}` shows its working as well,
/// `10·27 = 270`. The arithmetic is read by `AnswerParser`: whole numbers, `+ - * / ( )`, `x`, `×`
/// and `·`, exact division, checked against overflow. `name.params` (or `.trainable`,
/// `.non_trainable`, `.macs`) stands for the number the lesson's check block of that name states,
/// which the checker recomputes with the engine. A form starts with `{=` and ends with the first
/// `}` on the same line.
enum LessonInlineNumbers {
    static let opening: [Character] = ["{", "="]
    static let closing: Character = "}"
    /// What the lint sees in place of each character of an inline number: not a digit, a letter or an operator.
    static let numberBlank: Character = "\u{FFFC}"
    /// What the lint sees in place of each character of a `code` span.
    static let codeBlank: Character = "\u{FFFD}"

    /// Why an inline number cannot be shown, and at which column (from 1) of its line.
    struct Problem: Error, Equatable {
        var column: Int
        var message: String
    }

    /// Why a `name.key` in an inline number stands for no number.
    struct ReferenceError: Error, Equatable {
        var reason: String
    }

    /// One inline number found in a line: where it is, in characters, and what it says.
    struct Form: Equatable {
        /// The `{` that opens it.
        var start: Int
        /// Just past its `}`, or the end of the line when it is never closed.
        var end: Int
        var closed: Bool
        /// `{== …}`: the arithmetic is shown before its value.
        var showsWorking: Bool
        /// The arithmetic as written, without the surrounding spaces.
        var expression: String
        /// Where the arithmetic starts in the line.
        var expressionStart: Int
    }

    /// The line with each inline number replaced by its value. A form that cannot be evaluated is
    /// left as written and reported.
    static func resolve(_ line: String, references: [String: LessonCheck] = [:]) -> (text: String, problems: [Problem]) {
        // Most lines hold no inline number; looking at their bytes is much quicker than at their characters.
        guard line.utf8.contains(UInt8(ascii: "{")) else { return (line, []) }
        let forms = self.forms(in: Array(line))
        guard !forms.isEmpty else { return (line, []) }
        var text = ""
        var problems: [Problem] = []
        // The forms say where they are in characters; the text is copied from the line by index, a
        // run at a time, which is much quicker than rebuilding it a character at a time.
        var position = line.startIndex
        var offset = 0
        for form in forms {
            let start = line.index(position, offsetBy: form.start - offset)
            let end = line.index(start, offsetBy: form.end - form.start)
            text += line[position..<start]
            switch value(of: form, references: references) {
            case .success(let value):
                text += form.showsWorking ? "\(shownWorking(form.expression)) = \(NumberFormat.grouped(value))" : NumberFormat.grouped(value)
            case .failure(let problem):
                text += line[start..<end]
                problems.append(problem)
            }
            position = end
            offset = form.end
        }
        text += line[position...]
        return (text, problems)
    }

    /// The arithmetic of a `{== …}` as it is shown: as written, except that `*` is shown as `·`, since
    /// the reader takes `*` for emphasis.
    static func shownWorking(_ expression: String) -> String {
        String(expression.map { $0 == "*" ? "·" : $0 })
    }

    /// The line as the lint reads it: each inline number and each `code` span blanked out, so that
    /// only the numbers written bare remain.
    static func masked(_ line: String) -> [Character] {
        var characters = Array(line)
        for form in forms(in: characters) {
            for index in form.start..<form.end { characters[index] = numberBlank }
        }
        var index = 0
        while index < characters.count {
            guard characters[index] == "`", let close = characters[(index + 1)...].firstIndex(of: "`") else {
                index += 1
                continue
            }
            for inner in index...close { characters[inner] = codeBlank }
            index = close + 1
        }
        return characters
    }

    static func forms(in characters: [Character]) -> [Form] {
        var forms: [Form] = []
        var index = 0
        while index + 1 < characters.count {
            guard characters[index] == opening[0], characters[index + 1] == opening[1] else {
                index += 1
                continue
            }
            var contentStart = index + 2
            let showsWorking = contentStart < characters.count && characters[contentStart] == "="
            if showsWorking { contentStart += 1 }
            let close = characters[contentStart...].firstIndex(of: closing)
            let contentEnd = close ?? characters.count
            var expressionStart = contentStart
            while expressionStart < contentEnd, characters[expressionStart].isWhitespace { expressionStart += 1 }
            forms.append(Form(start: index, end: close.map { $0 + 1 } ?? characters.count, closed: close != nil,
                              showsWorking: showsWorking,
                              expression: String(characters[contentStart..<contentEnd]).trimmed,
                              expressionStart: expressionStart))
            index = close.map { $0 + 1 } ?? characters.count
        }
        return forms
    }

    static func value(of form: Form, references: [String: LessonCheck]) -> Result<Int, Problem> {
        let column = form.start + 1
        let name = form.showsWorking ? "{==" : "{="
        guard form.closed else {
            return .failure(Problem(column: column, message: "the inline number '\(name)' at column \(column) is never closed: "
                                    + "end it with '}' on the same line"))
        }
        guard !form.expression.isEmpty else {
            return .failure(Problem(column: column, message: "the inline number at column \(column) is empty: "
                                    + "write the arithmetic that gives the number, as in {= 10*(3*3*3)+10}"))
        }
        let written = "\(name) \(form.expression)}"
        let arithmetic: String
        switch substitutingReferences(form.expression, references: references) {
        case .success(let text): arithmetic = text
        case .failure(let error):
            return .failure(Problem(column: column, message: "the inline number '\(written)' at column \(column) \(error.reason)"))
        }
        switch AnswerParser.parse(arithmetic) {
        case .success(let value) where value < 0:
            return .failure(Problem(column: column, message: "the inline number '\(written)' at column \(column) is "
                                    + "\(NumberFormat.grouped(value)), but a count is never negative"))
        case .success(let value):
            return .success(value)
        case .failure(let error):
            let place = arithmetic == form.expression ? error.offset.map { " (column \(form.expressionStart + $0 + 1))" } ?? "" : ""
            return .failure(Problem(column: column, message: "the inline number '\(written)' at column \(column) "
                                    + "cannot be evaluated: \(error.message)\(place)"))
        }
    }

    /// A check's name: lowercase letters and digits, starting with a letter.
    static func isName(_ text: String) -> Bool {
        guard let first = text.first, first.isASCII, first.isLowercase else { return false }
        return text.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber) }
    }

    /// The arithmetic with each `name.key` replaced by the number that check states, or why one
    /// cannot be replaced. A letter right after a digit or `)` is left alone: `3x3` multiplies.
    static func substitutingReferences(_ expression: String, references: [String: LessonCheck]) -> Result<String, ReferenceError> {
        let characters = Array(expression)
        var text = ""
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let afterOperand = index > 0 && (characters[index - 1].isNumber || characters[index - 1] == ")")
            guard character.isASCII, character.isLowercase, !afterOperand else {
                text.append(character)
                index += 1
                continue
            }
            var end = index
            while end < characters.count, characters[end].isASCII, characters[end].isLowercase || characters[end].isNumber { end += 1 }
            guard end < characters.count, characters[end] == "." else {
                text += String(characters[index..<end])
                index = end
                continue
            }
            var keyEnd = end + 1
            while keyEnd < characters.count, characters[keyEnd].isASCII, characters[keyEnd].isLowercase || characters[keyEnd] == "_" {
                keyEnd += 1
            }
            let name = String(characters[index..<end])
            let keyName = String(characters[(end + 1)..<keyEnd])
            let keys = [LessonCheck.Key.params, .trainable, .nonTrainable, .macs]
            guard let check = references[name] else {
                let known = references.keys.sorted()
                return .failure(ReferenceError(reason: "refers to '\(name)', but no check in this lesson has that name"
                                + (known.isEmpty ? " (give one a 'name:' line)" : " (the named checks are \(known.joined(separator: ", ")))")))
            }
            guard let key = LessonCheck.Key(rawValue: keyName), keys.contains(key) else {
                return .failure(ReferenceError(reason: "refers to '\(name).\(keyName)'; a check's numbers are "
                                + keys.map { "\(name).\($0.rawValue)" }.joined(separator: ", ")))
            }
            guard let value = check.stated(key) else {
                return .failure(ReferenceError(reason: "refers to '\(name).\(keyName)', but the check '\(name)' states no whole number for \(keyName)"))
            }
            text += "(\(value))"
            index = keyEnd
        }
        return .success(text)
    }
}
