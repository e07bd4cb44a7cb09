import Foundation

/// Runs the real `convtutor` binary built beside the test bundle, with files for its output so a
/// large output can never block it.
public struct ConvTutorProcess {
    public struct Result: Sendable {
        public var status: Int32
        public var standardOutput: String
        public var standardError: String
    }

    /// Where the tests' runs keep progress unless a test says otherwise, so no test writes to the
    /// real home folder.
    public static let scratchDataDirectory = FileManager.default.temporaryDirectory
        .appendingPathComponent("convtutor-test-data-\(ProcessInfo.processInfo.processIdentifier)").path

    public static var binary: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("convtutor")
    }

    public static func run(_ arguments: [String], input: String? = nil, environment: [String: String] = [:],
                           executable: URL? = nil, workingDirectory: URL? = nil) throws -> Result {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("convtutor-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let outURL = directory.appendingPathComponent("out")
        let errURL = directory.appendingPathComponent("err")
        let inURL = directory.appendingPathComponent("in")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        FileManager.default.createFile(atPath: inURL.path, contents: Data((input ?? "").utf8))

        let process = Process()
        process.executableURL = executable ?? binary
        process.arguments = arguments
        if let workingDirectory { process.currentDirectoryURL = workingDirectory }
        var env = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "CONVTUTOR_DATA_DIR": ConvTutorProcess.scratchDataDirectory]
        env.merge(environment) { _, new in new }
        process.environment = env
        process.standardInput = try FileHandle(forReadingFrom: inURL)
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      standardOutput: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
                      standardError: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
    }
}
