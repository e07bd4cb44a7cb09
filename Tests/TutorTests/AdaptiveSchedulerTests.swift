import Testing
import Tutor

@Suite("adaptive: the practice scheduler with simulated learners")
struct AdaptiveSchedulerTests {
    private static let seeds: [UInt64] = [1, 2, 3, 5, 8, 13, 21, 34, 55, 89]

    /// Whether `skill` waits for `prerequisite`, directly or through others.
    private static func needs(_ skill: Skill, _ prerequisite: Skill) -> Bool {
        skill.prerequisites.contains { $0 == prerequisite || needs($0, prerequisite) }
    }

    private func index(_ skill: Skill) -> Int { Skill.allCases.firstIndex(of: skill)! }

    @Test("a learner who is always right masters conv2d in a handful and unlocks everything along the graph",
          arguments: seeds)
    func alwaysRight(seed: UInt64) {
        var simulation = AdaptiveSimulation(seed: seed)
        simulation.run(300, answers: AdaptiveSimulation.alwaysRight)
        #expect(Array(simulation.asked.prefix(4)) == [.conv2d, .conv2d, .conv2d, .conv2d])
        #expect(simulation.firstMastered[.conv2d] == 4)
        for unlocked in simulation.unlockedAfter {
            #expect(unlocked.map(index) == unlocked.map(index).sorted(), "listed in curriculum order")
        }
        #expect(simulation.unlockedAfter.last == Skill.allCases)
        for skill in Skill.allCases {
            guard let unlocked = simulation.unlockedAt(skill), let first = simulation.questions(of: skill).first else {
                Issue.record("\(skill) never unlocked or never asked")
                continue
            }
            #expect(unlocked <= 10 * Skill.allCases.count, "\(skill) unlocked after \(unlocked) questions")
            // Never before its prerequisites were mastered and secured, and introduced soon after.
            for prerequisite in skill.prerequisites {
                let mastered = simulation.firstMastered[prerequisite] ?? .max
                #expect(mastered + 2 <= unlocked, "\(skill) unlocked at \(unlocked), \(prerequisite) mastered at \(mastered)")
            }
            #expect(first > unlocked, "\(skill) asked before it was unlocked")
            // New skills are introduced three at a time (several unlock together), so the last waits a
            // while, longer the more skills there are.
            #expect(first - unlocked <= 6 * Skill.allCases.count, "\(skill) unlocked at \(unlocked), first asked at \(first)")
            // A learner who is always right needs four questions to master a skill.
            #expect(simulation.firstMastered[skill] == simulation.questions(of: skill)[3])
        }
        // The first skills conv2d unlocks come at once; and whenever fewer than three skills are being
        // learned, the next question introduces the first unlocked skill not yet seen.
        #expect(simulation.asked[simulation.unlockedAt(.conv2dNoBias)!] == .conv2dNoBias)
        var model = LearnerModel()
        for skill in simulation.asked {
            let unlocked = model.unlockedSkills()
            let learning = unlocked.filter { model.memory(of: $0).answered > 0 && !model.isMastered($0) }
            if learning.count < PracticeScheduler.maxLearning,
               let fresh = unlocked.first(where: { model.memory(of: $0).answered == 0 }) {
                #expect(skill == fresh, "question \(model.questionsAnswered + 1)")
            }
            model.record(skill, correct: true, firstTry: true)
        }
        #expect(model == simulation.model)
    }

    @Test("a learner who keeps failing grouped sees it far more often than the skills they have mastered",
          arguments: seeds)
    func weakSkillComesBack(seed: UInt64) {
        var simulation = AdaptiveSimulation(seed: seed)
        let length = 20 * Skill.allCases.count
        simulation.run(length) { skill, _ in skill != .grouped }
        let grouped = simulation.questions(of: .grouped).count
        let waiting = Skill.allCases.filter { $0 != .grouped && Self.needs($0, .grouped) }
        let mastered = Skill.allCases.filter { $0 != .grouped && simulation.model.isMastered($0) }
        #expect(mastered.count == Skill.allCases.count - 1 - waiting.count, "all but grouped and what waits for it")
        for skill in waiting { #expect(simulation.unlockedAt(skill) == nil, "\(skill)") }
        let mostAskedMastered = mastered.map { simulation.questions(of: $0).count }.max() ?? 0
        #expect(grouped >= 10 * mostAskedMastered, "grouped \(grouped) times, a mastered skill up to \(mostAskedMastered)")
        #expect(grouped >= length / 2)
        // Once introduced, grouped takes most of the questions and is never left alone for long.
        let times = simulation.questions(of: .grouped)
        #expect(2 * times.count >= length - times[0] + 1, "grouped \(times.count) times from question \(times[0])")
        let longestGap = zip(times.dropFirst(), times).map { $0 - $1 }.max() ?? 0
        #expect(longestGap <= 30, "grouped was left alone for \(longestGap) questions")
    }

    @Test("a mastered skill comes back at growing intervals", arguments: seeds)
    func growingIntervals(seed: UInt64) {
        // Right on conv2d every time; three right answers in four elsewhere, so there is always
        // something else to practise and conv2d is asked only when due.
        var simulation = AdaptiveSimulation(seed: seed)
        simulation.run(400) { skill, random in skill == .conv2d || random.next() % 4 != 0 }
        let times = simulation.questions(of: .conv2d).filter { $0 >= simulation.firstMastered[.conv2d]! }
        let gaps = zip(times.dropFirst(), times).map { $0 - $1 }
        // Asked again at once while conv2d is the only unlocked skill, then at reviews.
        #expect(Array(gaps.prefix(2)) == [1, 1], "\(gaps)")
        let reviews = Array(gaps.dropFirst(2))
        #expect(reviews.count >= 5, "\(gaps)")
        #expect(zip(reviews.dropFirst(2), reviews).allSatisfy { $0 > $1 }, "each gap beats the one before last: \(gaps)")
        #expect((reviews.last ?? 0) >= 4 * (reviews.first ?? 0), "\(gaps)")
        // Each review comes once due, never before, and soon after; the interval doubles each time.
        var model = LearnerModel()
        var scheduled: [Int] = []
        for skill in simulation.asked {
            let memory = model.memory(of: .conv2d)
            if skill == .conv2d, model.isSecure(.conv2d) {
                #expect(memory.dueAt <= model.questionsAnswered, "question \(model.questionsAnswered + 1)")
                #expect(model.questionsAnswered - memory.dueAt <= 20, "question \(model.questionsAnswered + 1)")
                scheduled.append(memory.dueAt - memory.lastSeen)
            }
            model.record(skill, correct: true, firstTry: true)
        }
        #expect(scheduled == Array([8, 16, 32, 64, 128, 256].prefix(scheduled.count)))
        #expect(scheduled.count == reviews.count)
    }

    @Test("a learner who answers at random masters few skills and never unlocks the late ones", arguments: seeds)
    func randomLearner(seed: UInt64) {
        var simulation = AdaptiveSimulation(seed: seed)
        simulation.run(300, answers: AdaptiveSimulation.coin)
        let right = simulation.model.skills.values.reduce(0) { $0 + $1.correct }
        #expect(right > 120 && right < 180, "the learner is a fair coin: \(right) right of 300")
        #expect(simulation.firstMastered.count < Skill.allCases.count / 2,
                "ever mastered: \(simulation.firstMastered.keys.map(\.rawValue).sorted())")
        for late in [Skill.separable, .transposed, .network] {
            #expect(simulation.unlockedAt(late) == nil, "\(late) unlocked")
        }
        #expect(simulation.unlockedAfter.allSatisfy { $0.count <= 10 })
    }

    @Test("restrictedTo is obeyed, locked skills included; an empty restriction means none",
          arguments: [[Skill.grouped, .macs], [.conv2d], [.network, .conv2d, .transposed], Skill.allCases])
    func restricted(skills: [Skill]) {
        for learner in [AdaptiveSimulation.alwaysRight, AdaptiveSimulation.coin] {
            var simulation = AdaptiveSimulation(seed: 7)
            simulation.run(200, restrictedTo: skills, answers: learner)
            #expect(simulation.asked.allSatisfy(skills.contains))
            #expect(simulation.asked.first == skills.min { index($0) < index($1) })
        }
        var allRight = AdaptiveSimulation(seed: 7)
        // Enough questions for every skill to unlock and come up: more skills, a longer run.
        allRight.run(max(200, 20 * skills.count), restrictedTo: skills, answers: AdaptiveSimulation.alwaysRight)
        #expect(Set(allRight.asked) == Set(skills), "every chosen skill is asked")
        var unrestricted = AdaptiveSimulation(seed: 11)
        var empty = AdaptiveSimulation(seed: 11)
        unrestricted.run(120, answers: AdaptiveSimulation.coin)
        empty.run(120, restrictedTo: [], answers: AdaptiveSimulation.coin)
        #expect(empty.asked == unrestricted.asked)
    }

    @Test("the same seed gives the same sequence; other seeds give others")
    func deterministic() {
        for learner in [AdaptiveSimulation.alwaysRight, AdaptiveSimulation.coin] {
            var first = AdaptiveSimulation(seed: 42)
            var second = AdaptiveSimulation(seed: 42)
            first.run(300, answers: learner)
            second.run(300, answers: learner)
            #expect(first.asked == second.asked)
            #expect(first.model == second.model)
            #expect(first.scheduler == second.scheduler)
        }
        let sequences = Set((UInt64(1)...8).map { seed -> [Skill] in
            var simulation = AdaptiveSimulation(seed: seed)
            simulation.run(100, restrictedTo: [.conv2d, .grouped, .macs], answers: AdaptiveSimulation.coin)
            return simulation.asked
        })
        #expect(sequences.count == 8)
        // The draw depends only on the model and the generator state.
        var simulation = AdaptiveSimulation(seed: 5)
        simulation.run(60, answers: AdaptiveSimulation.coin)
        var a = SeededGenerator(seed: 99)
        var b = SeededGenerator(seed: 99)
        let drawsA = (0..<50).map { _ in PracticeScheduler.nextSkill(for: simulation.model, using: &a) }
        let drawsB = (0..<50).map { _ in PracticeScheduler.nextSkill(for: simulation.model, using: &b) }
        #expect(drawsA == drawsB)
    }

    @Test("weaker skills weigh more; a new skill waits while three are being learned")
    func weightsAndIntroduction() {
        let weights = stride(from: 0.0, through: 1.0, by: 0.05).map { PracticeScheduler.learningWeight(mastery: $0) }
        #expect(weights == weights.sorted(by: >))
        #expect(weights.first == 9 && weights.last == 1)

        // Two skills being learned, one weak and one nearly mastered: the weak one is drawn far more often.
        var learning = LearnerModel()
        for _ in 1...3 {
            learning.record(.grouped, correct: false, firstTry: true)
            learning.record(.depthwise, correct: true, firstTry: true)
        }
        var draws = SeededGenerator(seed: 3)
        let drawn = (0..<2000).map { _ in
            PracticeScheduler.nextSkill(for: learning, restrictedTo: [.grouped, .depthwise], using: &draws)
        }
        let weak = drawn.filter { $0 == .grouped }.count
        #expect(weak >= 4 * (2000 - weak), "grouped drawn \(weak) times of 2000")

        var model = LearnerModel()
        for _ in 1...6 { model.record(.conv2d, correct: true, firstTry: true) }
        var generator = SeededGenerator(seed: 1)
        var introduced: [Skill] = []
        for _ in 1...4 {
            let skill = PracticeScheduler.nextSkill(for: model, using: &generator)
            introduced.append(skill)
            model.record(skill, correct: false, firstTry: true)
        }
        // Four skills unlocked at once: three are introduced, then output-shape waits.
        #expect(Array(introduced.prefix(3)) == [.conv2dNoBias, .conv2dRect, .conv2dHidden])
        #expect([.conv2dNoBias, .conv2dRect, .conv2dHidden].contains(introduced[3]))
        #expect(model.memory(of: .outputShape).answered == 0)
    }

    @Test("difficulty: mental arithmetic first, typical sizes once likelier known, interview style once mastered")
    func difficulty() {
        var model = LearnerModel()
        #expect(PracticeScheduler.difficulty(for: model, skill: .grouped) == .mental)
        model.record(.grouped, correct: true, firstTry: true)
        #expect(PracticeScheduler.difficulty(for: model, skill: .grouped) == .mental)
        model.record(.grouped, correct: true, firstTry: true)
        #expect(PracticeScheduler.difficulty(for: model, skill: .grouped) == .typical)
        model.record(.grouped, correct: true, firstTry: true)
        model.record(.grouped, correct: true, firstTry: true)
        #expect(PracticeScheduler.difficulty(for: model, skill: .grouped) == .interview)
        #expect(PracticeScheduler.difficulty(for: model, skill: .conv2d) == .mental)
    }
}
