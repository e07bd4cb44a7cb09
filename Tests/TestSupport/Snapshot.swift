import Foundation
import Testing

/// Compares text with a snapshot file kept beside the test, in `__Snapshots__/<name>.txt`.
///
/// A missing or different snapshot fails the test. To accept new output on purpose, run the tests
/// with `CONVTUTOR_RECORD_SNAPSHOTS=1`: the files are rewritten and the test still fails once, so
/// nothing is ever recorded silently.
public func assertSnapshot(_ text: String, named name: String, filePath: String = #filePath,
                           sourceLocation: SourceLocation = #_sourceLocation) {
    let directory = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")
    let file = directory.appendingPathComponent("\(name).txt")
    let actual = text.hasSuffix("\n") ? text : text + "\n"
    let recording = ProcessInfo.processInfo.environment["CONVTUTOR_RECORD_SNAPSHOTS"] == "1"
    let expected = try? String(contentsOf: file, encoding: .utf8)
    if recording || expected == nil {
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try? actual.write(to: file, atomically: true, encoding: .utf8)
        Issue.record("Recorded the snapshot \(name).txt; check it and run the tests again without CONVTUTOR_RECORD_SNAPSHOTS.",
                     sourceLocation: sourceLocation)
        return
    }
    if expected != actual {
        Issue.record("""
            The output differs from the snapshot \(name).txt.
            --- expected
            \(expected ?? "")
            --- actual
            \(actual)
            """, sourceLocation: sourceLocation)
    }
}
