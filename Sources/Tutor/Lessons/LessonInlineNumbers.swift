/// Worked numbers written as arithmetic in a lesson's prose, resolved when the lesson is read.
///
/// `{= 10*(3*3*3)+10}` is shown as its value, `280`; `{== 10·27}` shows its working as well,
/// `10·27 = 270`. The arithmetic is read by `AnswerParser`: whole numbers, `+ - * / ( )`, `x`, `×`
/// and `·`, exact division, checked against overflow. `name.params` (or `.trainable`,
/// `.non_trainable`, `.macs`) stands for the number the lesson's check block of that name states,
/// which the checker recomputes with the engine. A form starts with `{=` and ends with the first
/// `}` on the same line.
enum LessonInlineNumbers {
    static let opening: [Unicode.Scalar] = ["{", "="]
    static let closing: Unicode.Scalar = "}"
    /// What the lint sees in place of each scalar of an inline number: not a digit, a letter or an operator.
    static let numberBlank: Unicode.Scalar = "\u{FFFC}"
    /// What the lint sees in place of each scalar of a `code` span.
    static let codeBlank: Unicode.Scalar = "\u{FFFD}"

    /// Why an inline number cannot be shown, and at which column (from 1) of its line.
    struct Problem: Error, Equatable {
        var column: Int
        var message: String
    }

    /// Why a `name.key` in an inline number stands for no number.
    struct ReferenceError: Error, Equatable {
        var reason: String
    }

    /// One inline number found in a line: where it is, in Unicode scalars, and what it says.
    ///
    /// Lines are scanned as scalars rather than characters: every symbol the forms and the lint look
    /// for is one scalar, and scalars are many times quicker to walk than grapheme clusters. What is
    /// shown to an author, a column, is counted in characters.
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
        /// Where the arithmetic starts.
        var expressionStart: Int
    }

    /// The line with each inline number replaced by its value. A form that cannot be evaluated is
    /// left as written and reported.
    static func resolve(_ line: String, references: [String: LessonCheck] = [:]) -> (text: String, problems: [Problem]) {
        // Most lines hold no inline number; looking at their bytes is much quicker than at their characters.
        guard line.utf8.contains(UInt8(ascii: "{")) else { return (line, []) }
        let lineScalars = Array(line.unicodeScalars)
        let forms = self.forms(in: lineScalars)
        guard !forms.isEmpty else { return (line, []) }
        var text = ""
        var problems: [Problem] = []
        // The forms say where they are in scalars; the text is copied from the line by index, a run at
        // a time, which is much quicker than rebuilding it a scalar at a time.
        let scalars = line.unicodeScalars
        var position = scalars.startIndex
        var offset = 0
        for form in forms {
            let start = scalars.index(position, offsetBy: form.start - offset)
            let end = scalars.index(start, offsetBy: form.end - form.start)
            text += String(scalars[position..<start])
            switch value(of: form, in: lineScalars, references: references) {
            case .success(let value):
                text += form.showsWorking ? "\(shownWorking(form.expression)) = \(NumberFormat.grouped(value))" : NumberFormat.grouped(value)
            case .failure(let problem):
                text += String(scalars[start..<end])
                problems.append(problem)
            }
            position = end
            offset = form.end
        }
        text += String(scalars[position...])
        return (text, problems)
    }

    /// The arithmetic of a `{== …}` as it is shown: as written, except that `*` is shown as `·`, since
    /// the reader takes `*` for emphasis.
    static func shownWorking(_ expression: String) -> String {
        String(expression.map { $0 == "*" ? "·" : $0 })
    }

    /// The line as the lint reads it: each inline number and each `code` span blanked out, so that
    /// only the numbers written bare remain.
    static func masked(_ line: String) -> [Unicode.Scalar] {
        var scalars = Array(line.unicodeScalars)
        for form in forms(in: scalars) {
            for index in form.start..<form.end { scalars[index] = numberBlank }
        }
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "`", let close = scalars[(index + 1)...].firstIndex(of: "`") else {
                index += 1
                continue
            }
            for inner in index...close { scalars[inner] = codeBlank }
            index = close + 1
        }
        return scalars
    }

    static func forms(in scalars: [Unicode.Scalar]) -> [Form] {
        var forms: [Form] = []
        var index = 0
        while index + 1 < scalars.count {
            guard scalars[index] == opening[0], scalars[index + 1] == opening[1] else {
                index += 1
                continue
            }
            var contentStart = index + 2
            let showsWorking = contentStart < scalars.count && scalars[contentStart] == "="
            if showsWorking { contentStart += 1 }
            let close = scalars[contentStart...].firstIndex(of: closing)
            let contentEnd = close ?? scalars.count
            var expressionStart = contentStart
            while expressionStart < contentEnd, scalars[expressionStart].properties.isWhitespace { expressionStart += 1 }
            forms.append(Form(start: index, end: close.map { $0 + 1 } ?? scalars.count, closed: close != nil,
                              showsWorking: showsWorking, expression: text(scalars[contentStart..<contentEnd]).trimmed,
                              expressionStart: expressionStart))
            index = close.map { $0 + 1 } ?? scalars.count
        }
        return forms
    }

    /// The scalars as a string.
    static func text(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count)
        for scalar in scalars { UTF8.encode(scalar) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The column (from 1, in characters) of the scalar at `index`: its index plus one unless a
    /// character made of several scalars comes before it.
    static func characterColumn(_ scalars: [Unicode.Scalar], at index: Int) -> Int {
        let before = scalars[..<index]
        return before.allSatisfy(\.isASCII) ? index + 1 : text(before).count + 1
    }

    /// The value of an inline number of the line `scalars`, or why it has none.
    static func value(of form: Form, in scalars: [Unicode.Scalar], references: [String: LessonCheck]) -> Result<Int, Problem> {
        let name = form.showsWorking ? "{==" : "{="
        // The column is worked out only for a problem: most forms have none.
        func problem(_ what: String, _ why: String) -> Result<Int, Problem> {
            let column = characterColumn(scalars, at: form.start)
            return .failure(Problem(column: column, message: "the inline number \(what)at column \(column) \(why)"))
        }
        guard form.closed else { return problem("'\(name)' ", "is never closed: end it with '}' on the same line") }
        guard !form.expression.isEmpty else {
            return problem("", "is empty: write the arithmetic that gives the number, as in {= 10*(3*3*3)+10}")
        }
        let written = "'\(name) \(form.expression)}' "
        let arithmetic: String
        switch substitutingReferences(form.expression, references: references) {
        case .success(let text): arithmetic = text
        case .failure(let error): return problem(written, error.reason)
        }
        switch AnswerParser.parse(arithmetic) {
        case .success(let value) where value < 0:
            return problem(written, "is \(NumberFormat.grouped(value)), but a count is never negative")
        case .success(let value):
            return .success(value)
        case .failure(let error):
            let place = arithmetic == form.expression ? error.offset.map { " (column \(characterColumn(scalars, at: form.expressionStart) + $0))" } ?? "" : ""
            return problem(written, "cannot be evaluated: \(error.message)\(place)")
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
        // Most arithmetic names no check; a name is always followed by a dot.
        guard expression.utf8.contains(UInt8(ascii: ".")) else { return .success(expression) }
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
