import Tutor

/// The questions the last interview round missed, kept in the store's state table under one key so
/// that `convtutor interview --retry-missed` can ask them again; each round replaces the one before.
///
/// The value is text: a first line `round <seed>`, then one line per question, `<skill> <difficulty>
/// <seed>`, which is all `QuestionGenerator` needs to make the same question again.
public enum MissedQuestions {
    static let key = "interview-missed"

    /// The round kept: its seed and the questions it missed, in the order they were asked.
    public struct Round: Sendable, Equatable {
        public var seed: UInt64
        public var questions: [QuestionReference]

        public init(seed: UInt64, questions: [QuestionReference]) {
            self.seed = seed
            self.questions = questions
        }
    }

    /// Why the kept round cannot be asked again.
    public enum ReadError: Error, Sendable, Equatable, CustomStringConvertible {
        /// No round has been kept in this progress file.
        case none
        /// A line this version cannot read, such as a kind of question it does not know.
        case unreadable(line: String)

        public var description: String {
            switch self {
            case .none:
                return "no interview round has been kept yet: finish a round (convtutor interview) and its missed questions "
                    + "can be retried"
            case .unreadable(let line):
                return "the missed questions kept could not be read ('\(line)' names no question this version knows, "
                    + "perhaps written by a newer convtutor); start a new round with convtutor interview"
            }
        }
    }

    public static func save(_ round: Round, in store: any ProgressStore) throws(StoreError) {
        let lines = ["round \(round.seed)"] + round.questions.map { "\($0.skill.rawValue) \($0.difficulty.storedName) \($0.seed)" }
        try store.setState(lines.joined(separator: "\n"), forKey: key)
    }

    public static func read(from store: any ProgressStore) -> Result<Round, ReadError> {
        guard let text = try? store.state(forKey: key) else { return .failure(.none) }
        let lines = text.split(separator: "\n").map(String.init)
        guard let first = lines.first, first.hasPrefix("round "), let seed = UInt64(first.dropFirst(6)) else {
            return .failure(.unreadable(line: lines.first ?? text))
        }
        var questions: [QuestionReference] = []
        for line in lines.dropFirst() {
            let parts = line.split(separator: " ").map(String.init)
            guard parts.count == 3, let skill = Skill(rawValue: parts[0]), let difficulty = Difficulty(storedName: parts[1]),
                  let questionSeed = UInt64(parts[2]) else { return .failure(.unreadable(line: line)) }
            questions.append(QuestionReference(skill: skill, difficulty: difficulty, seed: questionSeed))
        }
        return .success(Round(seed: seed, questions: questions))
    }
}

/// The one spelling of a difficulty in a progress file.
extension Difficulty {
    public var storedName: String {
        switch self {
        case .mental: return "mental"
        case .typical: return "typical"
        case .interview: return "interview"
        }
    }

    public init?(storedName: String) {
        guard let found = Difficulty.allCases.first(where: { $0.storedName == storedName }) else { return nil }
        self = found
    }
}
