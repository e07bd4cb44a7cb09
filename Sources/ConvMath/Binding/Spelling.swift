/// Finds the name a misspelling most likely meant.
public enum Spelling {
    static func closest(to word: String, among candidates: [String]) -> String? {
        let target = Array(word.lowercased())
        let allowed = max(1, target.count / 3)
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let letters = Array(candidate.lowercased())
            // The lengths alone put the distance past what is allowed; this also keeps a long word linear.
            guard abs(letters.count - target.count) <= allowed else { continue }
            let distance = editDistance(target, letters)
            if distance <= allowed, distance < (best?.distance ?? Int.max) {
                best = (candidate, distance)
            }
        }
        return best?.name
    }

    /// Up to `limit` candidates, nearest to `word` first (by edit distance, then by their order).
    public static func nearest(to word: String, among candidates: [String], limit: Int) -> [String] {
        let target = Array(word.lowercased())
        return candidates.enumerated()
            .map { (offset: $0.offset, name: $0.element, distance: editDistance(target, Array($0.element.lowercased()))) }
            .sorted { ($0.distance, $0.offset) < ($1.distance, $1.offset) }
            .prefix(limit).map(\.name)
    }

    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            previous = current
        }
        return previous[b.count]
    }
}
