import Progress
import Testing

@Suite("where the reader left each lesson")
struct LessonPositionTests {
    @Test("positions round-trip per lesson; a lesson never left has none; garbage under a key is ignored")
    func roundTrip() throws {
        let store = MemoryProgressStore()
        try LessonPositions.save(42, lesson: "bias", in: store)
        try LessonPositions.save(7, lesson: "kernel-depth", in: store)
        try LessonPositions.save(9, lesson: "bias", in: store)
        try LessonPositions.save(-3, lesson: "groups", in: store)
        try store.setState("not a number", forKey: "lesson-position:broken")
        let read = LessonPositions.read(["bias", "kernel-depth", "groups", "broken", "never"], from: store)
        #expect(read == ["bias": 9, "kernel-depth": 7, "groups": 0])
    }
}
