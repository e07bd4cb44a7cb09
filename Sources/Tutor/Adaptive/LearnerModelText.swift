/// The text form of a `LearnerModel`: one line per practised skill, in curriculum order, between a
/// versioned header and an `end` line (so a cut-off text is never mistaken for a shorter model):
///
///     convtutor learner 2
///     questions 42
///     skill conv2d mastery 0.9965 answered 9 correct 9 box 5 due 68 seen 36 stability 6.25 reviewed 1764000000
///     end
///
/// (`reviewed -` when the time of the last answer is not known.)
///
/// Numbers are written as Swift prints them, which for a `Double` is the shortest text that reads
/// back as the same value, so a model round-trips exactly.
extension LearnerModel {
    static let textHeader = "convtutor learner 2"

    /// The text form; `init(serialized:)` reads it back to an equal model.
    public func serialized() -> String {
        var lines = [Self.textHeader, "questions \(questionsAnswered)"]
        for skill in Skill.allCases {
            guard let memory = skills[skill] else { continue }
            lines.append("skill \(skill.rawValue) mastery \(memory.mastery) answered \(memory.answered)"
                + " correct \(memory.correct) box \(memory.box) due \(memory.dueAt) seen \(memory.lastSeen)"
                + " stability \(memory.stability) reviewed \(memory.reviewedAt.map(String.init) ?? "-")")
        }
        lines.append("end")
        return lines.map { $0 + "\n" }.joined()
    }

    /// Reads the text `serialized()` writes. Anything else is refused with nil: another header or
    /// version, a missing `end`, unknown or repeated skills, skills out of curriculum order, numbers
    /// not written the way `serialized()` writes them, or values no model can hold (mastery outside
    /// 0…1, negative counts, more right answers than answers, a box outside 0…`maxBox`).
    public init?(serialized text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= 4, lines[0] == Self.textHeader, lines[lines.count - 2] == "end",
              lines[lines.count - 1].isEmpty else { return nil }
        let questionsLine = lines[1].split(separator: " ", omittingEmptySubsequences: false)
        guard questionsLine.count == 2, questionsLine[0] == "questions",
              let questions = Self.count(questionsLine[1]) else { return nil }
        var skills: [Skill: SkillMemory] = [:]
        var previous = -1
        for line in lines[2..<(lines.count - 2)] {
            guard let (skill, memory) = Self.skillLine(line),
                  let index = Skill.allCases.firstIndex(of: skill), index > previous else { return nil }
            previous = index
            skills[skill] = memory
        }
        self.init(skills: skills, questionsAnswered: questions)
    }

    private static func skillLine(_ line: Substring) -> (Skill, SkillMemory)? {
        let fields = line.split(separator: " ", omittingEmptySubsequences: false)
        let keys = ["skill", "mastery", "answered", "correct", "box", "due", "seen", "stability", "reviewed"]
        guard fields.count == 2 * keys.count,
              keys.indices.allSatisfy({ fields[2 * $0] == keys[$0] }),
              let skill = Skill(rawValue: String(fields[1])),
              let mastery = Double(String(fields[3])), mastery.isFinite, String(mastery) == fields[3],
              mastery >= 0, mastery <= 1,
              let answered = count(fields[5]), let correct = count(fields[7]), correct <= answered,
              let box = count(fields[9]), box <= maxBox,
              let due = count(fields[11]), let seen = count(fields[13]),
              let stability = Double(String(fields[15])), stability.isFinite, String(stability) == fields[15],
              stability >= 0, stability <= ForgettingCurve.maximumStability else { return nil }
        let reviewed: Int64?
        if fields[17] == "-" {
            reviewed = nil
        } else if let time = Int64(fields[17]), String(time) == fields[17] {
            reviewed = time
        } else {
            return nil
        }
        return (skill, SkillMemory(mastery: mastery, answered: answered, correct: correct, box: box, dueAt: due,
                                   lastSeen: seen, stability: stability, reviewedAt: reviewed))
    }

    /// A non-negative integer written without sign or leading zeros.
    private static func count(_ text: Substring) -> Int? {
        guard let value = Int(text), value >= 0, String(value) == text else { return nil }
        return value
    }
}
