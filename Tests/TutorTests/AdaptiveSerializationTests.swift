import Testing
import Tutor

@Suite("adaptive: the learner model's text form")
struct AdaptiveSerializationTests {
    @Test("an empty model and a small one have the documented text")
    func format() {
        #expect(LearnerModel().serialized() == "convtutor learner 2\nquestions 0\nend\n")
        var model = LearnerModel()
        model.record(.grouped, correct: false, firstTry: true)
        model.record(.conv2d, correct: true, firstTry: true)
        #expect(model.serialized() == """
            convtutor learner 2
            questions 2
            skill conv2d mastery \(KnowledgeParameters.standard.update(0.2, correct: true)) answered 1 correct 1 box 0 due 3 seen 2 stability 0.0 reviewed -
            skill grouped mastery \(KnowledgeParameters.standard.update(0.2, correct: false)) answered 1 correct 0 box 0 due 2 seen 1 stability 0.0 reviewed -
            end

            """)
    }

    @Test("models round-trip exactly, text and value, after simulated practice", arguments: [UInt64(3), 8, 21])
    func simulated(seed: UInt64) {
        for learner in [AdaptiveSimulation.alwaysRight, AdaptiveSimulation.coin] {
            var simulation = AdaptiveSimulation(seed: seed)
            simulation.run(250, answers: learner)
            let text = simulation.model.serialized()
            let read = LearnerModel(serialized: text)
            #expect(read == simulation.model)
            #expect(read?.serialized() == text)
        }
    }

    @Test("every skill, with awkward numbers, round-trips exactly")
    func everySkill() {
        let masteries: [Double] = [0, 1, 0.1 + 0.2, 1e-300, Double.leastNonzeroMagnitude, 0.95.nextDown, 0.95, 1.0.nextDown, 2.0 / 3,
                                   0.123456789012345678, 1e-5, 0.5, 0.25, 7e-17, 0.999999999999]
        var model = LearnerModel(skills: [:], questionsAnswered: Int.max)
        for (index, skill) in Skill.allCases.enumerated() {
            model.skills[skill] = SkillMemory(mastery: masteries[index % masteries.count], answered: index * 1000 + 7, correct: index * 999,
                                              box: index % (LearnerModel.maxBox + 1), dueAt: Int.max - index,
                                              lastSeen: index, stability: index == 0 ? 0 : 365 / Double(index) / 3,
                                              reviewedAt: index % 3 == 0 ? nil : Int64.min + Int64(index) * 1_000_003)
        }
        let text = model.serialized()
        #expect(text.split(separator: "\n").count == 2 + Skill.allCases.count + 1)
        let read = LearnerModel(serialized: text)
        #expect(read == model)
        for skill in Skill.allCases {
            #expect(read?.skills[skill]?.mastery.bitPattern == model.skills[skill]?.mastery.bitPattern)
        }
    }

    @Test("garbage, truncated or out-of-range text is refused")
    func garbage() {
        let good = "convtutor learner 2\nquestions 9\n"
            + "skill conv2d mastery 0.5 answered 3 correct 2 box 0 due 4 seen 3 stability 0.0 reviewed -\n"
            + "skill macs mastery 0.25 answered 1 correct 0 box 0 due 9 seen 8 stability 0.0 reviewed -\nend\n"
        #expect(LearnerModel(serialized: good) != nil)
        let line = "skill conv2d mastery 0.5 answered 3 correct 2 box 0 due 4 seen 3 stability 0.0 reviewed -"
        func with(_ skillLine: String) -> String { "convtutor learner 2\nquestions 9\n\(skillLine)\nend\n" }
        let bad = [
            "", "\n", "end\n", "hello", "convtutor learner 2", "convtutor learner 2\nquestions 0\nend",
            "convtutor learner 9\nquestions 0\nend\n", "convtutor learner 1\nquestions 0\nend\n", "convtutor learner 2\nquestions -1\nend\n",
            "convtutor learner 2\nquestions 0\nend\n\n", "convtutor learner 2\r\nquestions 0\r\nend\r\n",
            "convtutor learner 2\nquestions 0\nend\nend\n", "convtutor learner 2\nquestions  0\nend\n",
            "convtutor learner 2\nquestions 007\nend\n", "convtutor learner 2\nquestions +7\nend\n",
            "convtutor learner 2\nquestions 99999999999999999999\nend\n", "convtutor learner 2\n\nend\n",
            with(""), with(line + " "), with(line + " extra 1"), with(line + "\n" + line),
            with("skill macs mastery 0.5 answered 3 correct 2 box 0 due 4 seen 3 stability 0.0 reviewed -\n" + line),
            with("skill conv4d mastery 0.5 answered 3 correct 2 box 0 due 4 seen 3 stability 0.0 reviewed -"),
            with("skill Conv2d mastery 0.5 answered 3 correct 2 box 0 due 4 seen 3 stability 0.0 reviewed -"),
            with("skill conv2d mastery 1.5 answered 3 correct 2 box 0 due 4 seen 3 stability 0.0 reviewed -"),
            with("skill conv2d mastery -0.5 answered 3 correct 2 box 0 due 4 seen 3 stability 0.0 reviewed -"),
            with("skill conv2d mastery nan answered 3 correct 2 box 0 due 4 seen 3 stability 0.0 reviewed -"),
            with("skill conv2d mastery inf answered 3 correct 2 box 0 due 4 seen 3 stability 0.0 reviewed -"),
            with("skill conv2d mastery 0.50 answered 3 correct 2 box 0 due 4 seen 3 stability 0.0 reviewed -"),
            with("skill conv2d mastery 5e-1 answered 3 correct 2 box 0 due 4 seen 3 stability 0.0 reviewed -"),
            with("skill conv2d mastery 0x1p-1 answered 3 correct 2 box 0 due 4 seen 3 stability 0.0 reviewed -"),
            with("skill conv2d mastery 0.5 answered 3 correct 4 box 0 due 4 seen 3 stability 0.0 reviewed -"),
            with("skill conv2d mastery 0.5 answered -3 correct 2 box 0 due 4 seen 3 stability 0.0 reviewed -"),
            with("skill conv2d mastery 0.5 answered 3 correct 2 box 9 due 4 seen 3 stability 0.0 reviewed -"),
            with("skill conv2d mastery 0.5 answered 3 correct 2 box 0 due x seen 3 stability 0.0 reviewed -"),
            with("skill conv2d mastery 0.5 answered 3 correct 2 box 0 seen 3 due 4"),
            with("skill conv2d mastery 0.5 answered 3 correct 2 box 0 due 4"),
            with("skill  conv2d mastery 0.5 answered 3 correct 2 box 0 due 4 seen 3 stability 0.0 reviewed -"),
            with("skill conv2d mastery 0.5 answered 3 correct 2 box 0 due 4 seen 3 stability -1.0 reviewed -"),
            with("skill conv2d mastery 0.5 answered 3 correct 2 box 0 due 4 seen 3 stability nan reviewed -"),
            with("skill conv2d mastery 0.5 answered 3 correct 2 box 0 due 4 seen 3 stability 400.0 reviewed -"),
            with("skill conv2d mastery 0.5 answered 3 correct 2 box 0 due 4 seen 3 stability 1.0 reviewed x"),
            with("skill conv2d mastery 0.5 answered 3 correct 2 box 0 due 4 seen 3 stability 1.0 reviewed 0012"),
            with("skill conv2d mastery 0.5 answered 3 correct 2 box 0 due 4 seen 3 stability 1.0"),
        ]
        for text in bad {
            #expect(LearnerModel(serialized: text) == nil, "\(text.debugDescription)")
        }
        // A cut-off text is never read as a smaller model.
        for length in 0..<good.count {
            let prefix = String(good.prefix(length))
            #expect(LearnerModel(serialized: prefix) == nil, "\(prefix.debugDescription)")
        }
    }
}
