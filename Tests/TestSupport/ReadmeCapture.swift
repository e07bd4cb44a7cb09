import Foundation
import Testing

/// Keeps the captures in README.md current: a fenced block that follows `<!-- capture: NAME -->`
/// must equal what the program prints (or shows in tmux) today.
///
/// A difference fails the test. `CONVTUTOR_RECORD_SNAPSHOTS=1` rewrites the block in README.md (and
/// still fails once), so README changes only on purpose.
public func assertReadmeCapture(_ actual: String, named name: String, filePath: String = #filePath,
                                sourceLocation: SourceLocation = #_sourceLocation) {
    let readme = URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("README.md")
    guard let text = try? String(contentsOf: readme, encoding: .utf8) else {
        Issue.record("README.md not found at \(readme.path)", sourceLocation: sourceLocation)
        return
    }
    let wanted = ReadmeCaptures.normalized(actual)
    let marker = "<!-- capture: \(name) -->"
    guard let block = ReadmeCaptures.block(after: marker, in: text) else {
        Issue.record("README.md has no block marked \(marker)", sourceLocation: sourceLocation)
        return
    }
    let current = String(text[block])
    guard current != wanted else { return }
    if ProcessInfo.processInfo.environment["CONVTUTOR_RECORD_SNAPSHOTS"] == "1" {
        var updated = text
        updated.replaceSubrange(block, with: wanted)
        try? updated.write(to: readme, atomically: true, encoding: .utf8)
        Issue.record("Rewrote the README capture \(name); check it and run the tests again.", sourceLocation: sourceLocation)
        return
    }
    Issue.record("""
        README.md's capture \(name) is out of date. Run the tests with CONVTUTOR_RECORD_SNAPSHOTS=1 to update it.
        --- README
        \(current)
        --- now
        \(wanted)
        """, sourceLocation: sourceLocation)
}

enum ReadmeCaptures {
    /// Lines without trailing spaces, without trailing blank lines.
    static func normalized(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var line = Substring(line)
            while line.last == " " { line = line.dropLast() }
            return String(line)
        }
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    /// The range of the body of the first fenced block after the marker (between the fences).
    static func block(after marker: String, in text: String) -> Range<String.Index>? {
        guard let markerRange = text.range(of: marker),
              let open = text.range(of: "```", range: markerRange.upperBound..<text.endIndex),
              let bodyStart = text.range(of: "\n", range: open.upperBound..<text.endIndex)?.upperBound,
              let close = text.range(of: "\n```", range: bodyStart..<text.endIndex) else { return nil }
        return bodyStart..<close.lowerBound
    }
}
