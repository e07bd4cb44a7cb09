import Testing
import Tutor

@Suite("adaptive: knowledge tracing and the learner model")
struct AdaptiveKnowledgeTracingTests {
    private func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) < 1e-12 }

    @Test("the posterior and the learning step match values worked by hand")
    func handComputed() {
        let p = KnowledgeParameters(prior: 0.5, learn: 0.1, guess: 0.2, slip: 0.1)
        // Right: 0.5·0.9 / (0.5·0.9 + 0.5·0.2) = 0.45 / 0.55 = 9/11; learning: 9/11 + (2/11)·0.1 = 9.2/11.
        #expect(close(p.posterior(0.5, correct: true), 9.0 / 11))
        #expect(close(p.update(0.5, correct: true), 9.2 / 11))
        // Wrong: 0.5·0.1 / (0.5·0.1 + 0.5·0.8) = 1/9; learning: 1/9 + (8/9)·0.1 = 0.2.
        #expect(close(p.posterior(0.5, correct: false), 1.0 / 9))
        #expect(close(p.update(0.5, correct: false), 0.2))
        #expect(close(p.learned(0.5), 0.55))

        let s = KnowledgeParameters.standard
        #expect(s == KnowledgeParameters(prior: 0.2, learn: 0.02, guess: 0.3, slip: 0.05))
        // From the prior, right: 0.2·0.95 / (0.19 + 0.8·0.3) = 0.19/0.43; learning: (0.19 + 0.24·0.02)/0.43.
        #expect(close(s.posterior(0.2, correct: true), 0.19 / 0.43))
        #expect(close(s.update(0.2, correct: true), 0.1948 / 0.43))
        // Wrong: 0.2·0.05 / (0.01 + 0.8·0.7) = 0.01/0.57; learning: (0.01 + 0.56·0.02)/0.57.
        #expect(close(s.posterior(0.2, correct: false), 0.01 / 0.57))
        #expect(close(s.update(0.2, correct: false), 0.0212 / 0.57))
        // Certainty is kept by the evidence; only learning moves "unknown".
        #expect(s.update(1, correct: false) == 1)
        #expect(s.update(0, correct: true) == 0.02)
    }

    @Test("a first try updates mastery, counts, box and due time; a later try changes nothing")
    func recordOne() {
        var model = LearnerModel()
        #expect(model.mastery(of: .conv2d) == KnowledgeParameters.standard.prior)
        #expect(!model.isMastered(.conv2d))
        #expect(model.unlockedSkills() == [.conv2d])
        model.record(.conv2d, correct: true, firstTry: true)
        let expected = SkillMemory(mastery: KnowledgeParameters.standard.update(0.2, correct: true), answered: 1,
                                   correct: 1, box: 0, dueAt: 2, lastSeen: 1)
        #expect(model.skills == [.conv2d: expected])
        #expect(model.questionsAnswered == 1)
        let before = model
        model.record(.conv2d, correct: false, firstTry: false)
        model.record(.conv2d, correct: true, firstTry: false)
        #expect(model == before)
        model.record(.grouped, correct: false, firstTry: true)
        #expect(model.memory(of: .grouped) == SkillMemory(mastery: KnowledgeParameters.standard.update(0.2, correct: false),
                                                          answered: 1, correct: 0, box: 0, dueAt: 3, lastSeen: 2))
    }

    @Test("four right first tries master a skill, two more secure it and unlock the skills on it")
    func masteryAndUnlocking() {
        var model = LearnerModel()
        for _ in 1...3 { model.record(.conv2d, correct: true, firstTry: true) }
        #expect(!model.isMastered(.conv2d))
        model.record(.conv2d, correct: true, firstTry: true)
        #expect(model.isMastered(.conv2d) && !model.isSecure(.conv2d))
        #expect(model.memory(of: .conv2d).box == 1 && model.memory(of: .conv2d).dueAt == 4 + 2)
        #expect(model.unlockedSkills() == [.conv2d])
        model.record(.conv2d, correct: true, firstTry: true)
        #expect(model.memory(of: .conv2d).box == 2 && model.memory(of: .conv2d).dueAt == 5 + 4)
        model.record(.conv2d, correct: true, firstTry: true)
        #expect(model.isSecure(.conv2d))
        #expect(model.unlockedSkills() == [.conv2d, .conv2dNoBias, .conv2dRect, .conv2dHidden, .outputShape])

        // A slip that leaves it mastered moves it down one box: the skills on it wait for one more right.
        model.record(.conv2d, correct: false, firstTry: true)
        #expect(model.isMastered(.conv2d) && model.memory(of: .conv2d).box == 2)
        #expect(model.unlockedSkills() == [.conv2d])
        model.record(.conv2d, correct: true, firstTry: true)
        #expect(model.unlockedSkills().count == 5)
        // Belief is lower now (about 0.986 against 0.997 before the first slip): another slip costs mastery.
        model.record(.conv2d, correct: false, firstTry: true)
        #expect(!model.isMastered(.conv2d) && model.memory(of: .conv2d).box == 0)
        #expect(model.memory(of: .conv2d).dueAt == model.questionsAnswered + 1)
        #expect(model.memory(of: .conv2d).answered == 9 && model.memory(of: .conv2d).correct == 7)
    }

    @Test("review intervals double with each right answer, up to the last box")
    func intervals() {
        var model = LearnerModel()
        var intervals: [Int] = []
        for _ in 1...14 {
            model.record(.macs, correct: true, firstTry: true)
            let memory = model.memory(of: .macs)
            intervals.append(memory.dueAt - memory.lastSeen)
        }
        #expect(intervals == [1, 1, 1, 2, 4, 8, 16, 32, 64, 128, 256, 256, 256, 256])
        #expect(LearnerModel.reviewInterval(box: 0) == 1 && LearnerModel.reviewInterval(box: 99) == 256)
    }

    @Test("the prerequisite graph: as designed, earlier in the curriculum, and every skill reaches conv2d")
    func prerequisites() {
        let graph: [Skill: [Skill]] = [
            .conv2d: [], .conv2dNoBias: [.conv2d], .conv2dRect: [.conv2d], .conv2dHidden: [.conv2d],
            .conv1d: [.conv2dRect], .conv3d: [.conv2dRect], .depthwise: [.conv2dHidden], .separable: [.depthwise],
            .grouped: [.conv2dHidden], .transposed: [.grouped], .outputShape: [.conv2d],
            .denseAfterFlatten: [.outputShape], .network: [.denseAfterFlatten, .conv2dHidden],
            .batchnorm: [.conv2dNoBias], .macs: [.outputShape],
            .separableSavings: [.separable],
            .famousLayers: [.network, .batchnorm, .grouped], .bottleneck: [.macs], .flops: [.macs],
            .receptiveField: [.outputShape], .stacked3x3: [.receptiveField, .conv2dNoBias], .dilation: [.outputShape],
            .pooling: [.outputShape], .validSizes: [.outputShape], .transposedShape: [.transposed, .outputShape],
            .memory: [.macs, .network],
            .solveBackwards: [.conv2dNoBias, .conv1d],
        ]
        for skill in Skill.allCases {
            #expect(skill.prerequisites == graph[skill], "\(skill)")
            let index = Skill.allCases.firstIndex(of: skill)!
            for prerequisite in skill.prerequisites {
                #expect(Skill.allCases.firstIndex(of: prerequisite)! < index, "\(prerequisite) before \(skill)")
            }
            var roots = Set([skill])
            while roots.contains(where: { !$0.prerequisites.isEmpty }) {
                roots = Set(roots.flatMap { $0.prerequisites.isEmpty ? [$0] : $0.prerequisites })
            }
            #expect(roots == [.conv2d], "\(skill)")
        }
    }
}
