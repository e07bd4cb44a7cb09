/// Where the reader left each lesson (its top line), kept in the store's state table under one key
/// per lesson, so a lesson opens where it was left in the next run too.
public enum LessonPositions {
    static func key(_ lessonID: String) -> String { "lesson-position:" + lessonID }

    public static func save(_ line: Int, lesson lessonID: String, in store: any ProgressStore) throws(StoreError) {
        try store.setState(String(max(0, line)), forKey: key(lessonID))
    }

    /// The positions kept for these lessons; a missing or unreadable value is simply not there.
    public static func read(_ lessonIDs: [String], from store: any ProgressStore) -> [String: Int] {
        var positions: [String: Int] = [:]
        for id in lessonIDs {
            if let text = try? store.state(forKey: key(id)), let line = Int(text), line >= 0 { positions[id] = line }
        }
        return positions
    }
}
