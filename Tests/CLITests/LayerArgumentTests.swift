import Foundation
import Testing
import TestSupport

/// Layers given as arguments are taken aside before the argument parser reads the command line.
@Suite("layers as arguments")
struct LayerArgumentTests {
    @Test("layers between options keep their order, '-' and '--' keep their meaning")
    func order() throws {
        let mixed = try ConvTutorProcess.run(["summary", "Conv2D(10, 3)", "--input", "24x24x3", "Flatten()", "--width", "60",
                                              "Dense(10)", "--json"])
        #expect(mixed.status == 0, "\(mixed.standardError)")
        let separate = try ConvTutorProcess.run(["summary", "--input", "24x24x3", "--width", "60", "--json",
                                                 "Conv2D(10, 3)", "Flatten()", "Dense(10)"])
        #expect(mixed.standardOutput == separate.standardOutput)
        #expect(mixed.standardOutput.contains("\"total_params\": 48690"))

        let fromInput = try ConvTutorProcess.run(["explain", "--input", "24x24x3", "-"], input: "Conv2D(10, 3)\n")
        #expect(fromInput.status == 0)
        #expect(fromInput.standardOutput.contains("280"))

        let terminated = try ConvTutorProcess.run(["summary", "--input", "24x24x3", "Conv2D(10, 3)", "--", "--width"])
        #expect(terminated.status == 1, "after '--' everything is a layer")
        #expect(terminated.standardError.contains("layer 2"))

        let none = try ConvTutorProcess.run(["summary", "--input", "24x24x3"])
        #expect(none.status != 0)
        #expect(none.standardError.contains("give at least one layer"))
    }

    @Test("10,000 layers as arguments give what the same layers in a file give")
    func many() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("convtutor-many-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let layers = (0..<10_000).map { $0 % 2 == 0 ? "Dense(10)" : "Dropout(0.5)" }
        let file = folder.appendingPathComponent("model.py")
        try layers.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let asArguments = try ConvTutorProcess.run(["summary", "--json", "--input", "10"] + layers)
        let asFile = try ConvTutorProcess.run(["summary", "--json", "--input", "10", "--file", file.path])
        #expect(asArguments.status == 0)
        #expect(asArguments.standardOutput.contains("\"total_params\""))
        let figures = { (text: String) in text.split(separator: "\n").filter { $0.contains("params") } }
        #expect(figures(asArguments.standardOutput) == figures(asFile.standardOutput))
        #expect(figures(asArguments.standardOutput).count > 10_000 / 2)
    }
}
