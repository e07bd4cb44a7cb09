import Tutor

/// Every recorded attempt as CSV (a header row, then one row per attempt) or JSON, so a teacher can
/// collect a class's results: each row says whose answer it is (`name`) and which set it answers.
public enum AttemptExport {
    static let columns = ["time", "session", "mode", "skill", "question", "answer", "value", "expected", "correct",
                          "misconception", "hints_used", "seconds", "attempt", "step", "name", "set", "set_question"]

    public static func csv(_ attempts: [StoredAttempt]) -> String {
        var lines = [columns.joined(separator: ",")]
        for attempt in attempts {
            let fields: [String] = [
                String(attempt.time), attempt.sessionID, attempt.mode, attempt.skill, attempt.question, attempt.answer,
                attempt.value.map(String.init) ?? "", String(attempt.expected), attempt.correct ? "true" : "false",
                attempt.misconception ?? "", String(attempt.hintsUsed), String(attempt.secondsTaken), String(attempt.attempt),
                attempt.step ?? "", attempt.name ?? "", attempt.questionSet ?? "", attempt.setQuestion ?? "",
            ]
            lines.append(fields.map(quoted).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// RFC 4180 quoting: fields with a comma, quote or line break are quoted, quotes doubled.
    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }

    public static func json(_ attempts: [StoredAttempt]) -> JSONValue {
        .array(attempts.map { attempt in
            .object([
                ("time", .integer(Int(attempt.time))),
                ("session", .string(attempt.sessionID)),
                ("mode", .string(attempt.mode)),
                ("skill", .string(attempt.skill)),
                ("question", .string(attempt.question)),
                ("answer", .string(attempt.answer)),
                ("value", attempt.value.map { .integer(Int($0)) } ?? .null),
                ("expected", .integer(Int(attempt.expected))),
                ("correct", .bool(attempt.correct)),
                ("misconception", attempt.misconception.map(JSONValue.string) ?? .null),
                ("hints_used", .integer(attempt.hintsUsed)),
                ("seconds", .double(attempt.secondsTaken)),
                ("attempt", .integer(attempt.attempt)),
                ("step", attempt.step.map(JSONValue.string) ?? .null),
                ("name", attempt.name.map(JSONValue.string) ?? .null),
                ("set", attempt.questionSet.map(JSONValue.string) ?? .null),
                ("set_question", attempt.setQuestion.map(JSONValue.string) ?? .null),
            ])
        })
    }
}
