import Foundation
import Testing
import TestSupport

/// man/convtutor.1 is generated from the command tree by `make manual`; these tests fail when the
/// tree has changed since.
@Suite("the manual page")
struct ManualPageTests {
    static let stale = "man/convtutor.1 does not match the commands: run 'make manual'"

    /// The manual page as text: roff's escapes read back, and each line without the quotes a macro
    /// argument is written in.
    static func manualText() throws -> String {
        let page = try String(contentsOf: Makefile.packageDirectory.appendingPathComponent("man/convtutor.1"), encoding: .utf8)
        return page.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var line = String(line).replacingOccurrences(of: "\\(dq", with: "\"").replacingOccurrences(of: "\\&", with: "")
                .replacingOccurrences(of: "\\e", with: "\\")
            if line.hasPrefix(".Nd \""), line.hasSuffix("\"") { line = String(line.dropFirst(5).dropLast()) }
            return line
        }.joined(separator: "\n")
    }

    /// The command tree as the binary describes it, in the C locale that `make manual` asks in.
    static func tree() throws -> [String: Any] {
        let dump = try ConvTutorProcess.run(["--experimental-dump-help"], environment: ["LANG": "C", "LC_ALL": "C"])
        #expect(dump.status == 0)
        let ascii = dump.standardOutput.unicodeScalars.allSatisfy(\.isASCII)
        #expect(ascii, "the help is plain ASCII in the C locale; the manual page's generator drops everything else")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(dump.standardOutput.utf8)) as? [String: Any])
        return try #require(object["command"] as? [String: Any])
    }

    @Test("every command, its abstract, its discussion with the examples, and every option's help are in it")
    func current() throws {
        let text = try Self.manualText()
        var missing: [String] = []
        var commands: Set<String> = []
        var options: Set<String> = ["version", "help"]
        func visit(_ command: [String: Any], isRoot: Bool) {
            let name = command["commandName"] as? String ?? ""
            commands.insert(name)
            var expected = isRoot ? [] : ["\n.It Em \(name)\n"]
            expected.append(command["abstract"] as? String ?? "")
            expected += (command["discussion"] as? String ?? "").split(separator: "\n").map(String.init)
            for argument in command["arguments"] as? [[String: Any]] ?? [] where argument["shouldDisplay"] as? Bool != false {
                expected.append(argument["abstract"] as? String ?? "")
                for spelling in argument["names"] as? [[String: Any]] ?? [] where spelling["kind"] as? String == "long" {
                    options.insert(spelling["name"] as? String ?? "")
                }
            }
            missing += expected.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty && !text.contains($0) }
                .map { "\(name): \($0.trimmingCharacters(in: .whitespacesAndNewlines))" }
            for subcommand in command["subcommands"] as? [[String: Any]] ?? [] { visit(subcommand, isRoot: false) }
        }
        visit(try Self.tree(), isRoot: true)
        #expect(missing.isEmpty, "\(Self.stale); it lacks \(missing)")

        var unknown: [String] = []
        for line in text.split(separator: "\n") {
            let words = line.split(separator: " ")
            if line.hasPrefix(".It Em "), words.count == 3, !commands.contains(String(words[2])) { unknown.append(String(line)) }
            if line.hasPrefix(".It Fl -"), words.count >= 3, !options.contains(String(words[2].dropFirst())) { unknown.append(String(line)) }
        }
        #expect(unknown.isEmpty, "\(Self.stale); it has commands or options that are gone: \(unknown)")
    }
}
