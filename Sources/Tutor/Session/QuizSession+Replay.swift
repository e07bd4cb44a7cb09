extension QuizSession {
    /// How to ask these questions again: the seed, with the skills and count that make it exact, or,
    /// when the learner's progress chose the skills, the skills that were asked; as a sentence and the
    /// command it introduces.
    public var replay: (sentence: String, command: String) {
        if let set = settings.questionSet {
            return ("Question set '\(set.title)'. Take it again with:", "convtutor quiz --set \(set.shellArgument)")
        }
        let count = settings.count.map { " --count \($0)" } ?? ""
        if learner != nil && settings.skills.isEmpty {
            var asked: [Skill] = []
            for record in log where !asked.contains(record.skill) { asked.append(record.skill) }
            let skills = asked.map { " --skill \($0.rawValue)" }.joined()
            return ("Seed \(settings.seed). Your progress chose the skills; practise these again with:",
                    "convtutor quiz --seed \(settings.seed)\(skills)\(count)")
        }
        let skills = settings.skills.map { " --skill \($0.rawValue)" }.joined()
        return ("Seed \(settings.seed). Replay these questions with:", "convtutor quiz --seed \(settings.seed)\(skills)\(count)")
    }

    /// The replay sentence and its command on one line.
    public var replayHint: String { replay.sentence + " " + replay.command }
}
