extension Diagnosis {
    /// The message without the clause that gives the answer away, for when a retry is still allowed:
    /// it names what was counted and what was missed, and leaves the rest to the learner.
    public func messageKeepingAnswer(_ answer: Int) -> String {
        let total = NumberFormat.grouped(answer)
        guard let end = message.ranges(of: total).last?.lowerBound else { return message }
        let head = message[..<end]
        let cuts = [", so ", " so ", ": ", "; ", ", and "].compactMap { head.ranges(of: $0).last?.lowerBound }
        if let cut = cuts.filter({ message.distance(from: message.startIndex, to: $0) >= 25 }).max() {
            var kept = String(message[..<cut])
            while kept.last == " " || kept.last == "," || kept.last == ":" { kept.removeLast() }
            return kept + "."
        }
        return String(head) + "?" + String(message[message.index(end, offsetBy: total.count)...])
    }
}
