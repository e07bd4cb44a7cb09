import Foundation

// Writes a Swift file that holds each lesson file's name and text as a raw string literal.
// Usage: LessonsEmbedderTool OUTPUT LESSON...

let arguments = CommandLine.arguments.dropFirst()
guard let output = arguments.first else {
    FileHandle.standardError.write(Data("usage: LessonsEmbedderTool OUTPUT LESSON...\n".utf8))
    exit(2)
}
var source = """
    // Generated from the Lessons folder by the LessonsEmbedder plugin. Do not edit.

    /// The lesson files that ship with convtutor: file name and text.
    public enum EmbeddedLessons {
        public static let files: [(name: String, text: String)] = [

    """
for path in arguments.dropFirst() {
    let url = URL(fileURLWithPath: path)
    let text = try String(contentsOf: url, encoding: .utf8)
    var hashes = "#"
    while text.contains("\"" + hashes) || text.contains(hashes + "\"") { hashes += "#" }
    source += "        (name: \(String(reflecting: url.lastPathComponent)), text: \(hashes)\"\"\"\n"
    source += text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
        line.isEmpty ? "" : "        " + line
    }.joined(separator: "\n")
    source += (text.hasSuffix("\n") ? "" : "\n") + "        \"\"\"\(hashes)),\n"
}
source += "    ]\n}\n"
try source.write(to: URL(fileURLWithPath: output), atomically: true, encoding: .utf8)
