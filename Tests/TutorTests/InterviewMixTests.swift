import Testing
import Tutor

@Suite("an interview round's mix of kinds")
struct InterviewMixTests {
    /// The skills of a round's first questions, as a session draws them.
    static func kinds(_ settings: QuizSettings, count: Int) -> [Skill] {
        var session = QuizSession(settings: settings)
        var kinds = [session.question.skill]
        for _ in 1..<count {
            _ = session.submit(String(session.question.answer))
            session.next()
            kinds.append(session.question.skill)
        }
        return kinds
    }

    @Test("over many rounds every kind comes up, none twice in a row, all at interview difficulty")
    func everyKindNoRepeats() {
        var seen: Set<Skill> = []
        for seed: UInt64 in 1...40 {
            var session = QuizSession(settings: .interview(seed: seed))
            var previous: Skill?
            for _ in 0..<8 {
                let question = session.question
                #expect(question.skill != previous, "seed \(seed): \(question.skill.rawValue) twice in a row")
                #expect(question.difficulty == .interview)
                seen.insert(question.skill)
                previous = question.skill
                _ = session.submit(String(question.answer))
                session.next()
            }
        }
        #expect(seen == Set(Skill.allCases), "never asked: \(Set(Skill.allCases).subtracting(seen).map(\.rawValue))")
    }

    @Test("the mix draws every kind, never the one just drawn, more often what interviews ask")
    func weighted() {
        let mix = InterviewMix()
        var generator = SeededGenerator(seed: 5)
        var counts: [Skill: Int] = [:]
        var previous: Skill?
        for _ in 0..<30_000 {
            let kind = mix.next(after: previous, using: &generator)
            #expect(kind != previous)
            counts[kind, default: 0] += 1
            previous = kind
        }
        #expect(Set(counts.keys) == Set(Skill.allCases))
        #expect(counts[.conv2d, default: 0] > 3 * counts[.conv3d, default: 0])
        #expect(counts[.outputShape, default: 0] > 3 * counts[.conv1d, default: 0])
        #expect(Skill.allCases.allSatisfy { InterviewMix.weight(of: $0) > 0 })
    }

    @Test("--kinds limits a round to the kinds named, alternating two; one kind alone is asked again and again")
    func limited() {
        for seed: UInt64 in 1...10 {
            let two = Self.kinds(.interview(seed: seed, kinds: [.outputShape, .macs]), count: 6)
            #expect(Set(two) == [.outputShape, .macs], "seed \(seed): \(two)")
            #expect(zip(two, two.dropFirst()).allSatisfy { $0 != $1 }, "seed \(seed): \(two)")
            #expect(Self.kinds(.interview(seed: seed, kinds: [.separable]), count: 3) == [.separable, .separable, .separable])
        }
    }

    @Test("the same seed draws the same round")
    func replayable() {
        #expect(Self.kinds(.interview(seed: 77), count: 6) == Self.kinds(.interview(seed: 77), count: 6))
    }

    @Test("a retry round asks exactly the questions given, in order, and then ends")
    func retry() throws {
        let missed = [
            QuestionReference(skill: .macs, difficulty: .interview, seed: 11),
            QuestionReference(skill: .separable, difficulty: .interview, seed: 12),
            QuestionReference(skill: .conv2d, difficulty: .typical, seed: 13),
        ]
        #expect(QuizSettings.retry([], seed: 1) == nil)
        let settings = try #require(QuizSettings.retry(missed, seed: 1))
        #expect(settings.count == 3 && settings.retries == 0 && !settings.allowsHints)
        var session = QuizSession(settings: settings)
        var asked: [Question] = []
        while session.phase != .finished {
            asked.append(session.question)
            _ = session.submit("1")
            session.next()
        }
        #expect(asked.map(\.reference) == missed)
        #expect(asked == missed.map(\.question))
        #expect(asked[1] == QuestionGenerator.generate(.separable, difficulty: .interview, seed: 12))
    }

    @Test("--kinds reads names separated by commas and refuses an unknown one, naming the valid kinds")
    func kindList() throws {
        #expect(try KindList.parse("output-shape,macs").get() == [.outputShape, .macs])
        #expect(try KindList.parse(" macs , conv2d,macs").get() == [.macs, .conv2d])
        guard case .failure(let unknown) = KindList.parse("output-shape,memroy") else {
            Issue.record("an unknown kind is refused")
            return
        }
        #expect(unknown == .unknown("memroy"))
        #expect(unknown.message.hasPrefix("unknown kind 'memroy'; the kinds are conv2d, conv2d-nobias"))
        #expect(Skill.allCases.allSatisfy { unknown.message.contains($0.rawValue) })
        #expect((try? KindList.parse("").get()) == nil)
        #expect((try? KindList.parse("macs,,conv2d").get()) == nil)
        #expect(Skill.allCases.allSatisfy { (try? KindList.parse($0.rawValue).get()) == [$0] })
    }
}
