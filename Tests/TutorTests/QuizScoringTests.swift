import Testing
import Tutor

@Suite("scoring")
struct ScoringTests {
    @Test("a first try without hints earns the most; tries and hints cost; a right answer earns at least 1")
    func points() {
        #expect(Scoring.points(attempt: 1, hintsUsed: 0) == Scoring.maximum)
        #expect(Scoring.points(attempt: 2, hintsUsed: 0) < Scoring.maximum)
        #expect(Scoring.points(attempt: 1, hintsUsed: 1) < Scoring.maximum)
        for attempt in -2...12 {
            for hints in -2...12 {
                let points = Scoring.points(attempt: attempt, hintsUsed: hints)
                #expect(points >= 1 && points <= Scoring.maximum)
                #expect(Scoring.points(attempt: attempt + 1, hintsUsed: hints) <= points)
                #expect(Scoring.points(attempt: attempt, hintsUsed: hints + 1) <= points)
            }
        }
        #expect(Scoring.points(attempt: .max, hintsUsed: .max) == 1)
        #expect(Scoring.points(attempt: .min, hintsUsed: .min) == Scoring.maximum)
    }
}
