/// What the tutor knows of a learner: a mastery estimate and a review schedule per skill.
///
/// Reviews are spaced in questions answered (not clock time), so a schedule replays the same way
/// from the same answers: box n is due again after 2ⁿ questions.
public struct LearnerModel: Sendable, Equatable {
    public static let masteryThreshold = 0.95
    public var parameters = KnowledgeParameters.standard
    public var skills: [Skill: SkillMemory] = [:]
    public var questionsAnswered = 0

    public init() {}

    /// Which skills must be mastered before a skill unlocks, in curriculum order.
    public static let prerequisites: [Skill: [Skill]] = [
        .conv2d: [],
        .conv2dNoBias: [.conv2d], .conv2dRect: [.conv2d], .conv2dHidden: [.conv2d], .outputShape: [.conv2d],
        .conv1d: [.conv2dRect], .conv3d: [.conv2dRect],
        .depthwise: [.conv2dHidden], .grouped: [.conv2dHidden],
        .separable: [.depthwise], .transposed: [.grouped],
        .denseAfterFlatten: [.outputShape], .macs: [.outputShape],
        .network: [.denseAfterFlatten, .conv2dHidden],
        .batchnorm: [.conv2dNoBias],
    ]

    func memory(_ skill: Skill) -> SkillMemory {
        skills[skill] ?? SkillMemory(mastery: parameters.prior)
    }

    public func mastery(of skill: Skill) -> Double { memory(skill).mastery }

    /// Mastered: the estimate is past the threshold, the last two answers were right and four in five
    /// were right overall. Knowledge tracing alone assumes nothing is forgotten, so a learner who
    /// guesses would drift to "mastered" after a lucky pair; the track record keeps that out.
    public func isMastered(_ skill: Skill) -> Bool {
        let memory = memory(skill)
        return memory.mastery >= LearnerModel.masteryThreshold && memory.box >= 2 && memory.correct * 5 >= memory.answered * 4
    }

    /// The skills open to practice, in curriculum order: those whose prerequisites are mastered, and
    /// those already practised (a skill once opened stays open).
    public func unlockedSkills() -> [Skill] {
        Skill.allCases.filter { skill in
            memory(skill).answered > 0 || (LearnerModel.prerequisites[skill] ?? []).allSatisfy(isMastered)
        }
    }

    /// Records an answer: the mastery estimate moves (first tries only: a retry after a hint says
    /// little about what was known), the Leitner box moves, and the next review is scheduled.
    public mutating func record(_ skill: Skill, correct: Bool, firstTry: Bool) {
        var memory = memory(skill)
        if firstTry { memory.mastery = parameters.update(memory.mastery, correct: correct) }
        memory.answered += 1
        if correct { memory.correct += 1 }
        memory.box = correct ? min(memory.box + 1, 10) : 0
        memory.lastSeen = questionsAnswered
        memory.dueAt = questionsAnswered + (1 << memory.box)
        skills[skill] = memory
        questionsAnswered += 1
    }

    // MARK: - Text form

    /// One line per skill: `name mastery answered correct box dueAt lastSeen`, after a version line.
    public func serialized() -> String {
        var lines = ["learner-model 1", "questions \(questionsAnswered)"]
        for skill in Skill.allCases {
            guard let memory = skills[skill] else { continue }
            lines.append([skill.rawValue, String(memory.mastery), String(memory.answered), String(memory.correct),
                          String(memory.box), String(memory.dueAt), String(memory.lastSeen)].joined(separator: " "))
        }
        return lines.joined(separator: "\n")
    }

    public init?(serialized text: String) {
        let lines = text.split(separator: "\n")
        guard lines.count >= 2, lines[0] == "learner-model 1" else { return nil }
        let header = lines[1].split(separator: " ")
        guard header.count == 2, header[0] == "questions", let questions = Int(header[1]) else { return nil }
        questionsAnswered = questions
        for line in lines.dropFirst(2) {
            let fields = line.split(separator: " ")
            guard fields.count == 7, let skill = Skill(rawValue: String(fields[0])), let mastery = Double(fields[1]),
                  mastery >= 0, mastery <= 1,
                  let answered = Int(fields[2]), let correct = Int(fields[3]), let box = Int(fields[4]),
                  let dueAt = Int(fields[5]), let lastSeen = Int(fields[6]) else { return nil }
            var memory = SkillMemory(mastery: mastery)
            memory.answered = answered
            memory.correct = correct
            memory.box = box
            memory.dueAt = dueAt
            memory.lastSeen = lastSeen
            skills[skill] = memory
        }
    }
}
