import Testing
import Tutor

/// Reviews spaced in days: the forgetting curve, the intervals it gives, and a learner back after a
/// break asked what is due before anything new.
@Suite("adaptive: reviews spaced in days")
struct SpacedReviewTests {
    static let day: Int64 = 86_400
    static let start: Int64 = 20_000 * 86_400

    /// A model in which `skills` were each answered right until secure (mastered, then right twice
    /// more, which unlocks the skills built on them), on day 0.
    static func masteredOnDayZero(_ skills: [Skill]) -> LearnerModel {
        var model = LearnerModel()
        var time = start
        for skill in skills {
            while !model.isSecure(skill) {
                model.record(skill, correct: true, firstTry: true, at: time)
                time += 30
            }
        }
        return model
    }

    @Test("recall falls to the target retention exactly when the stability's days have passed")
    func curve() {
        for stability in [0.2, 1, 2.5, 40, 365] {
            #expect(abs(ForgettingCurve.retrievability(days: stability, stability: stability) - ForgettingCurve.targetRetention) < 1e-12)
            #expect(ForgettingCurve.retrievability(days: 0, stability: stability) == 1)
            #expect(ForgettingCurve.retrievability(days: stability / 2, stability: stability) > 0.9)
        }
        #expect(abs(ForgettingCurve.stability(after: true, days: 4, stability: 4) - 10) < 1e-9, "×2.5 when reviewed right on time")
        #expect(ForgettingCurve.stability(after: true, days: 0, stability: 4) == 4, "a review the same minute teaches nothing")
        #expect(ForgettingCurve.stability(after: true, days: 12, stability: 4) > 10, "a late right review grows it more")
        #expect(ForgettingCurve.stability(after: false, days: 4, stability: 4) == 1, "a lapse: back within a day")
        #expect(abs(ForgettingCurve.stability(after: false, days: 1, stability: 2) - 0.6) < 1e-9)
        #expect(ForgettingCurve.stability(after: false, days: 1, stability: 0.3) == ForgettingCurve.minimumStability)
        #expect(ForgettingCurve.stability(after: true, days: 10_000, stability: 300) == ForgettingCurve.maximumStability)
    }

    @Test("a skill reviewed right whenever due comes back after 1, 2.5, 6.25 … days; a lapse brings it back within a day")
    func growingIntervalsInDays() throws {
        var model = Self.masteredOnDayZero([.conv2d])
        var due = try #require(model.memory(of: .conv2d).reviewDue)
        var intervals: [Double] = []
        for _ in 0..<5 {
            let reviewed = try #require(model.memory(of: .conv2d).reviewedAt)
            intervals.append(Double(due - reviewed) / Double(Self.day))
            model.record(.conv2d, correct: true, firstTry: true, at: due)
            due = try #require(model.memory(of: .conv2d).reviewDue)
        }
        for (interval, expected) in zip(intervals, [1, 2.5, 6.25, 15.625, 39.0625]) {
            #expect(abs(interval - expected) < 0.01 * expected, "\(intervals)")
        }
        model.record(.conv2d, correct: false, firstTry: true, at: due)
        let lapse = try #require(model.memory(of: .conv2d).reviewDue) - due
        #expect(lapse <= Self.day, "a wrong review makes it due again within a day")
    }

    @Test("back after a week, the due skills come first, most overdue first, before a new one")
    func backAfterAWeek() {
        var model = Self.masteredOnDayZero([.conv2d, .conv2dNoBias])
        model.now = Self.start + 7 * Self.day
        #expect(Set(model.skillsDue()) == [.conv2d, .conv2dNoBias])
        #expect(model.skillsDue().first == .conv2d, "conv2d was mastered first, so it is the most overdue")
        var generator = SeededGenerator(seed: 1)
        #expect(model.unlockedSkills().contains { model.memory(of: $0).answered == 0 }, "a new skill is on offer")
        var asked: [Skill] = []
        for _ in 0..<2 {
            let skill = PracticeScheduler.nextSkill(for: model, using: &generator)
            asked.append(skill)
            model.record(skill, correct: true, firstTry: true)
        }
        #expect(asked == [.conv2d, .conv2dNoBias])
        #expect(model.skillsDue().isEmpty, "answered right, neither is due again today")
        let next = PracticeScheduler.nextSkill(for: model, using: &generator)
        #expect(next != .conv2d && next != .conv2dNoBias)
    }

    @Test("the same day, nothing mastered is due, and without a clock reviews are spaced in questions as before")
    func sameDayAndNoClock() {
        var model = Self.masteredOnDayZero([.conv2d])
        model.now = Self.start + 3_600
        #expect(model.skillsDue().isEmpty)
        model.now = nil
        #expect(model.skillsDue().isEmpty)
    }

    @Test("absurd stored times neither trap nor make a skill due forever")
    func absurdTimes() {
        var model = LearnerModel()
        for time in [Int64.max, Int64.min, Int64.max, 0, Int64.min] {
            model.record(.conv2d, correct: true, firstTry: true, at: time)
        }
        for _ in 0..<30 { model.record(.conv2d, correct: true, firstTry: true, at: Int64.max) }
        model.now = Int64.max
        _ = model.skillsDue()
        #expect(model.memory(of: .conv2d).stability <= ForgettingCurve.maximumStability)
    }
}

/// A simulated learner over simulated weeks: a session of questions each day, then a long absence.
@Suite("adaptive: a learner over weeks")
struct WeeksOfPracticeTests {
    @Test("daily sessions space a mastered skill's reviews further apart; after two months away, the due reviews come first",
          arguments: [UInt64(3), 11, 29])
    func weeks(seed: UInt64) {
        let day: Int64 = 86_400
        var model = LearnerModel()
        var scheduler = SeededGenerator(seed: seed)
        var time: Int64 = 20_000 * day
        var reviewDays: [Int] = []
        func session(on dayNumber: Int, questions: Int) {
            model.now = time
            for _ in 0..<questions {
                let skill = PracticeScheduler.nextSkill(for: model, using: &scheduler)
                if skill == .conv2d, model.isSecure(.conv2d) { reviewDays.append(dayNumber) }
                // Always right on conv2d, three in four elsewhere: there is always something being
                // learned, so conv2d comes back only when it is due.
                model.record(skill, correct: skill == .conv2d || scheduler.next() % 4 != 0, firstTry: true, at: time)
                time += 40
            }
        }
        for dayNumber in 0..<28 {
            session(on: dayNumber, questions: 12)
            time = 20_000 * day + Int64(dayNumber + 1) * day
        }
        #expect(model.isSecure(.conv2d))
        // Reviews of conv2d on days far apart, each gap at least as long as the one before.
        let days = Array(Set(reviewDays)).sorted()
        let gaps = zip(days.dropFirst(), days).map { $0 - $1 }
        #expect(gaps.count >= 2, "\(days)")
        #expect(zip(gaps.dropFirst(), gaps).allSatisfy { $0 >= $1 }, "gaps grow: \(days)")

        time += 60 * day
        model.now = time
        let due = model.skillsDue()
        #expect(due.contains(.conv2d), "two months away leaves it due")
        // Each question is the most overdue review among the skills unlocked at that moment (a due
        // skill whose prerequisite slipped waits until that is secure again), until none is left.
        var reviewed = 0
        while let expected = model.skillsDue().first(where: model.isUnlocked) {
            let skill = PracticeScheduler.nextSkill(for: model, using: &scheduler)
            #expect(skill == expected, "after \(reviewed) reviews")
            model.record(skill, correct: true, firstTry: true, at: time)
            time += 40
            reviewed += 1
            if reviewed > 30 { break }
        }
        #expect(reviewed > 0 && reviewed <= due.count)
    }
}
